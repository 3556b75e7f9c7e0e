import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStorage, type Storage, type StorageOptions } from '../../src/index';

/** A storage engine the suites run against, with a fresh empty database per call. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A URL or path for a fresh, empty database, and a cleanup for it. */
  fresh(): Promise<{ db: string; drop(): Promise<void> }>;
}

const PG_URL = process.env.WELDCODE_TEST_PG_URL;

/** A file, not `:memory:`, so a test can reopen the same database. */
const sqlite: Backend = {
  name: 'sqlite',
  fresh: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'weldcode-srv-'));
    return { db: join(dir, 'test.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

/** Each PostgreSQL database is a schema of its own, selected through the connection's search_path. */
export const postgres: Backend = {
  name: 'postgres',
  fresh: async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const url = new URL(PG_URL as string);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      db: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      },
    };
  },
};

if (PG_URL === undefined) {
  console.warn(
    '[weldcode server tests] WELDCODE_TEST_PG_URL is not set: PostgreSQL storage tests are SKIPPED (SQLite only)',
  );
}

/** SQLite always; PostgreSQL when WELDCODE_TEST_PG_URL is set. */
export const BACKENDS: Backend[] = PG_URL === undefined ? [sqlite] : [sqlite, postgres];

/** Opens migrated storage on a fresh database of `backend`; `close` also drops the database. */
export async function freshStorage(
  backend: Backend,
  options: Omit<StorageOptions, 'db'> = {},
): Promise<{ storage: Storage; db: string; close(): Promise<void> }> {
  const fresh = await backend.fresh();
  const storage = await openStorage({ ...options, db: fresh.db });
  return {
    storage,
    db: fresh.db,
    close: async () => {
      await storage.close();
      await fresh.drop();
    },
  };
}
