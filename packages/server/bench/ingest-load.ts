import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@weldcode/crypto';
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

import type { FleetChip } from './chip-fleet';

export type { FleetChip };

/**
 * Registers `count` chips in one transaction with the engine's own client: 10,000 one-by-one
 * registrations would spend the setup waiting for 10,000 fsyncs, which is not what is measured.
 */
export async function seedChips(
  db: string,
  count: number,
  status: 'active' | 'provisioned' = 'active',
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
       SELECT id, code_no, key, $5, NULL, created FROM unnest($1::text[], $2::bigint[], $3::bytea[], $4::bigint[])
         AS t(id, code_no, key, created)`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), status],
    );
    await client.query(`UPDATE counters SET value = $1 WHERE name = 'chips'`, [65535 + count]);
    await client.end();
  } else {
    const sqlite = new Database(db);
    const insert = sqlite.prepare(
      'INSERT INTO chips (id, code_no, public_key, status, machine_id, created_at) VALUES (?, ?, ?, ?, NULL, ?)',
    );
    sqlite.transaction(() => {
      for (const [id, codeNo, key, created] of rows) insert.run(id, codeNo, key, status, created);
      sqlite.prepare("UPDATE counters SET value = ? WHERE name = 'chips'").run(65535 + count);
    })();
    sqlite.close();
  }
  return { chips, platformKey };
}
