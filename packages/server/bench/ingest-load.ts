import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@weldcode/crypto';
import { ChipMachine, type EnvelopeBody } from '@weldcode/protocol';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStorage, type Storage } from '../src/index';

/** A fresh database: a SQLite file, or a new PostgreSQL schema. */
export async function freshDatabase(engine: 'sqlite' | 'postgres'): Promise<string> {
  if (engine === 'sqlite') return join(mkdtempSync(join(tmpdir(), 'weldcode-bench-')), 'bench.sqlite');
  const base = process.env.WELDCODE_TEST_PG_URL as string;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A registered chip of the bench fleet. */
export interface FleetChip {
  chipId: string;
  secretKey: Uint8Array;
}

/**
 * Registers `count` chips in one transaction with the engine's own client: 10,000 one-by-one
 * registrations would spend the setup waiting for 10,000 fsyncs, which is not what is measured.
 */
export async function seedChips(
  db: string,
  count: number,
): Promise<{ chips: FleetChip[]; platformKey: Uint8Array }> {
  const storage: Storage = await openStorage({ db });
  const platformKey = storage.keys.directive.publicKey;
  await storage.close();
  const chips: FleetChip[] = [];
  const rows: [string, number, Buffer, number][] = [];
  const now = Date.now();
  for (let i = 0; i < count; i++) {
    const keys = generateKeyPair();
    const chipId = `B-${i.toString().padStart(5, '0')}`;
    chips.push({ chipId, secretKey: keys.secretKey });
    rows.push([chipId, 65536 + i, Buffer.from(keys.publicKey), now]);
  }
  if (db.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    await client.query(
      `INSERT INTO chips (id, code_no, public_key, status, machine_id, created_at)
       SELECT id, code_no, key, 'active', NULL, created FROM unnest($1::text[], $2::bigint[], $3::bytea[], $4::bigint[])
         AS t(id, code_no, key, created)`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
    );
    await client.query(`UPDATE counters SET value = $1 WHERE name = 'chips'`, [65535 + count]);
    await client.end();
  } else {
    const sqlite = new Database(db);
    const insert = sqlite.prepare(
      "INSERT INTO chips (id, code_no, public_key, status, machine_id, created_at) VALUES (?, ?, ?, 'active', NULL, ?)",
    );
    sqlite.transaction(() => {
      for (const row of rows) insert.run(...row);
      sqlite.prepare("UPDATE counters SET value = ? WHERE name = 'chips'").run(65535 + count);
    })();
    sqlite.close();
  }
  return { chips, platformKey };
}

/** A chip's protocol machine for the bench (short ack timeout, default window of 32). */
export function benchMachine(chip: FleetChip, platformKey: Uint8Array): ChipMachine {
  return new ChipMachine({
    chipId: chip.chipId,
    secretKey: chip.secretKey,
    platformKeys: [platformKey],
    bootEpoch: 1,
    now: Date.now,
    bufferCapacity: 256,
  });
}

let sample = 0;
/** A one-sample telemetry record, as a chip sends every few seconds while a machine runs. */
export function telemetryRecord(): EnvelopeBody {
  sample++;
  return {
    kind: 'telemetry',
    value: {
      startS: Math.floor(Date.now() / 1000),
      currentDa: [1200 + (sample % 50)],
      voltageDv: [240],
      states: 3,
    },
  };
}

/** Records a chip sent and still waits to have acked. */
export function unacked(machine: ChipMachine): number {
  let n = 0;
  for (const record of machine.buffer.records) if (!record.acked) n++;
  return n;
}

/**
 * Drives `machines` for `seconds`: each round every chip with fewer than `inFlight` unacked records
 * creates one; returns durable (acked) records per second, measured from acks the chips received.
 */
export async function drive(
  machines: { machine: ChipMachine; send(bytes: Uint8Array): void; created: number }[],
  seconds: number,
  inFlight: number,
): Promise<{ acked: number; perSecond: number; seconds: number }> {
  const ackedNow = () => machines.reduce((sum, m) => sum + m.created - unacked(m.machine), 0);
  const start = Date.now();
  const before = ackedNow();
  while (Date.now() - start < seconds * 1000) {
    for (const m of machines) {
      if (unacked(m.machine) >= inFlight) continue;
      m.created++;
      for (const bytes of m.machine.record(telemetryRecord()).send) m.send(bytes);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const elapsed = (Date.now() - start) / 1000;
  const acked = ackedNow() - before;
  return { acked, perSecond: acked / elapsed, seconds: elapsed };
}
