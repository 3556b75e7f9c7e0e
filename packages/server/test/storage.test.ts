import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BatchWriter, openStorage, ServerError, type Storage, type UplinkRecord } from '../src/index';
import { sqliteDialect } from '../src/storage/dialect';
import { migrate, migrationStatus } from '../src/storage/migrate';
import { MIGRATIONS, type Migration } from '../src/storage/migrations';
import { openPostgresDatabase } from '../src/storage/postgres-database';
import { openSqliteDatabase } from '../src/storage/sqlite-database';
import { BACKENDS, freshStorage } from './support/backends';

// Hang guards only (tests never assert durations): a loaded 2-core CI machine with PostgreSQL is slow.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const KNOWN = MIGRATIONS.map((m) => m.version);
const NEXT = Math.max(...KNOWN) + 1;

function uplink(chipId: string, bootEpoch: number, seq: number): UplinkRecord {
  return {
    chipId,
    bootEpoch,
    seq,
    kind: 'telemetry',
    receivedAt: 1_764_000_000_000 + seq,
    payload: Uint8Array.of(seq & 0xff, 1, 2),
  };
}

async function openRaw(db: string) {
  return db.startsWith('postgres') ? openPostgresDatabase({ url: db }) : openSqliteDatabase({ path: db });
}

describe.each(BACKENDS)('storage on $name', (backend) => {
  let storage: Storage;
  let db: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, db, close } = await freshStorage(backend));
  });
  afterAll(async () => close());

  it('WC-SRV-020 WC-SRV-021: applies every migration once and is ready', async () => {
    const status = await storage.migrations();
    expect(status.applied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(status.pending).toEqual([]);
    await expect(storage.ping()).resolves.toBeUndefined();
  });

  it('WC-SRV-023: stores an uplink once per (chip, boot epoch, seq), also within one batch', async () => {
    const first = await storage.uplinks.append([
      uplink('chip-a', 1, 0),
      uplink('chip-a', 1, 1),
      uplink('chip-a', 1, 1),
    ]);
    expect(first).toEqual(['stored', 'stored', 'duplicate']);
    const again = await storage.uplinks.append([
      uplink('chip-a', 1, 1),
      uplink('chip-a', 2, 1),
      uplink('chip-b', 1, 1),
    ]);
    expect(again).toEqual(['duplicate', 'stored', 'stored']);
    expect(await storage.uplinks.count('chip-a')).toBe(3);
    expect(await storage.uplinks.count()).toBe(4);
    expect(await storage.uplinks.lastSeq('chip-a', 1)).toBe(1);
    expect(await storage.uplinks.lastSeq('chip-a', 9)).toBe(-1);
  });

  it('WC-SRV-023 WC-SRV-024: a batch writer acks each uplink after its batch commits, duplicates reported', async () => {
    const writer = new BatchWriter({
      write: (items: readonly UplinkRecord[]) => storage.uplinks.append(items),
      maxBatch: 64,
    });
    const records = Array.from({ length: 300 }, (_, i) => uplink('chip-batch', 7, i % 200));
    const outcomes = await Promise.all(records.map((r) => writer.submit(r)));
    await writer.close();
    expect(outcomes.filter((o) => o === 'stored')).toHaveLength(200);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(100);
    expect(await storage.uplinks.count('chip-batch')).toBe(200);
  });

  it('WC-SRV-024: a failed batch rejects every item and stores none of them', async () => {
    const writer = new BatchWriter({
      write: async (items: readonly UplinkRecord[]) => {
        // A batch with a payload the column cannot take fails as a whole inside one transaction.
        const broken = items.map((item, i) =>
          i === items.length - 1 ? { ...item, payload: null as never } : item,
        );
        return storage.uplinks.append(broken);
      },
      maxBatch: 10,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => writer.submit(uplink('chip-fail', 1, i))),
    );
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(await storage.uplinks.count('chip-fail')).toBe(0);
    await writer.close();
    await expect(writer.submit(uplink('chip-fail', 1, 99))).rejects.toMatchObject({
      code: 'ERR_SRV_NOT_READY',
    });
  });

  it('WC-SRV-021: migrating an up-to-date database changes nothing', async () => {
    const raw = await openRaw(db);
    try {
      expect(await migrate(raw, MIGRATIONS)).toEqual([]);
      const extra: Migration = {
        version: NEXT,
        name: 'test-extra-table',
        statements: () => ['CREATE TABLE test_extra (id TEXT PRIMARY KEY)'],
      };
      expect(await migrate(raw, [...MIGRATIONS, extra])).toEqual([NEXT]);
      expect(await migrate(raw, [...MIGRATIONS, extra])).toEqual([]);
      expect((await migrationStatus(raw, [...MIGRATIONS, extra])).applied).toEqual([...KNOWN, NEXT]);
    } finally {
      await raw.close();
    }
  });

  it('WC-SRV-022: refuses a database with an unknown or renamed migration', async () => {
    // The previous test left migration 2 in this database, which the real list does not know.
    await expect(openStorage({ db })).rejects.toMatchObject({ code: 'ERR_SRV_STORAGE_SCHEMA_TOO_NEW' });
    const raw = await openRaw(db);
    try {
      const renamed = [{ ...MIGRATIONS[0], name: 'something-else' } as Migration];
      await expect(migrationStatus(raw, renamed)).rejects.toBeInstanceOf(ServerError);
      await expect(migrationStatus(raw, renamed)).rejects.toMatchObject({
        code: 'ERR_SRV_STORAGE_MIGRATION_MISMATCH',
      });
    } finally {
      await raw.close();
    }
  });

  it('WC-SRV-047 WC-SRV-021: upgrading a populated database numbers its records in creation order', async () => {
    const fresh = await backend.fresh();
    const raw = await openRaw(fresh.db);
    try {
      expect(await migrate(raw, MIGRATIONS.slice(0, 1))).toEqual([1]);
      const rows: [string, string[], (string | number | null)[]][] = [
        ['areas', ['id', 'level', 'parent_id', 'name', 'created_at'], ['area_c', 'city', null, '上海市', 1]],
        [
          'areas',
          ['id', 'level', 'parent_id', 'name', 'created_at'],
          ['area_d', 'district', 'area_c', '奉贤区', 1],
        ],
        [
          'areas',
          ['id', 'level', 'parent_id', 'name', 'created_at'],
          ['area_t', 'town', 'area_d', '青村镇', 1],
        ],
        [
          'owners',
          ['id', 'kind', 'name', 'credit_code', 'town_id', 'created_at'],
          ['own_1', 'enterprise', '厂', '91310120MA1H0000X1', 'area_t', 1],
        ],
        ...['mch_b', 'mch_a'].map((id): [string, string[], (string | number | null)[]] => [
          'machines',
          ['id', 'owner_id', 'brand', 'model', 'serial', 'kind', 'status', 'created_at'],
          [id, 'own_1', '瑞凌', 'ZX7', id, 'arc', 'registered', 1],
        ]),
      ];
      for (const [table, columns, values] of rows) {
        await raw.execute(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          values,
        );
      }
      expect(await migrate(raw, MIGRATIONS)).toEqual(KNOWN.slice(1));
    } finally {
      await raw.close();
    }
    const upgraded = await openStorage({ db: fresh.db });
    try {
      const machines = await upgraded.machines.list({ limit: 10 });
      expect(machines.items.map((m) => [m.id, m.codeNo])).toEqual([
        ['mch_a', 65536],
        ['mch_b', 65537],
      ]);
      const next = await upgraded.machines.create({
        ownerId: 'own_1',
        brand: '瑞凌',
        model: 'ZX7',
        serial: 'new',
        kind: 'tig',
      });
      expect(next.codeNo).toBe(65538);
      // A refused creation gives its number back: numbers stay dense and are never shared.
      await expect(
        upgraded.machines.create({
          ownerId: 'own_1',
          brand: '瑞凌',
          model: 'ZX7',
          serial: 'new',
          kind: 'tig',
        }),
      ).rejects.toMatchObject({ code: 'ERR_SRV_CONFLICT' });
      const after = await upgraded.machines.create({
        ownerId: 'own_1',
        brand: '瑞凌',
        model: 'ZX7',
        serial: 'newer',
        kind: 'tig',
      });
      expect(after.codeNo).toBe(65539);
      expect((await upgraded.chips.create({ id: 'chip-1', publicKey: 'A'.repeat(43) })).codeNo).toBe(65536);
    } finally {
      await upgraded.close();
      await fresh.drop();
    }
  });

  it('WC-SRV-021: a failing migration leaves no trace (statements and ledger roll back together)', async () => {
    const fresh = await backend.fresh();
    const raw = await openRaw(fresh.db);
    try {
      const broken: Migration = {
        version: NEXT,
        name: 'broken',
        statements: () => ['CREATE TABLE half_done (id TEXT)', 'THIS IS NOT SQL'],
      };
      await expect(migrate(raw, [...MIGRATIONS, broken])).rejects.toThrow();
      const status = await migrationStatus(raw, [...MIGRATIONS, broken]);
      expect(status).toEqual({ applied: KNOWN, pending: [NEXT] });
      await expect(raw.query('SELECT * FROM half_done')).rejects.toThrow();
    } finally {
      await raw.close();
      await fresh.drop();
    }
  });
});

describe('SQLite durability', () => {
  it('WC-SRV-025: runs in WAL mode with synchronous FULL, and data survives close and reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weldcode-srv-'));
    try {
      const first = await openStorage({ dataDir: dir });
      const city = await first.areas.create({ level: 'city', name: '上海市' });
      expect(await first.uplinks.append([uplink('chip-d', 1, 0)])).toEqual(['stored']);
      await first.close();

      const raw = new Database(join(dir, 'weldcode.sqlite'));
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      raw.close();
      const probe = openSqliteDatabase({ path: join(dir, 'weldcode.sqlite') });
      const sync = await probe.query<{ synchronous: number }>('PRAGMA synchronous');
      expect(sync[0]?.synchronous).toBe(2); // FULL
      await probe.close();

      const second = await openStorage({ dataDir: dir });
      expect((await second.areas.get(city.id)).name).toBe('上海市');
      expect(await second.uplinks.append([uplink('chip-d', 1, 0)])).toEqual(['duplicate']);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('WC-SRV-011: a database opened without migrating reports them pending', async () => {
    const storage = await openStorage({ db: ':memory:', migrate: false });
    expect((await storage.migrations()).pending).toEqual(KNOWN);
    await storage.close();
  });

  it('refuses a db option that is neither a postgres URL nor a file', async () => {
    await expect(openStorage({ db: 'mysql://localhost/x' })).rejects.toMatchObject({
      code: 'ERR_SRV_CONFIG',
    });
    expect(sqliteDialect.placeholders('a = ? AND b = ?')).toBe('a = ? AND b = ?');
  });
});
