import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStorage, type Storage } from '../src/index';

/** One storage engine a benchmark runs against, and how to remove its data afterwards. */
export interface BenchEngine {
  name: string;
  storage: Storage;
  cleanup(): Promise<void>;
}

/**
 * SQLite in a fresh temporary folder (a real file, WAL, synchronous FULL), and PostgreSQL in a
 * fresh schema when WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL is set.
 */
export async function benchEngines(): Promise<BenchEngine[]> {
  const dir = mkdtempSync(join(tmpdir(), 'weldcode-bench-'));
  const engines: BenchEngine[] = [
    {
      name: 'SQLite',
      storage: await openStorage({ dataDir: dir }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    },
  ];
  const pgUrl = process.env.WELDCODE_BENCH_PG_URL ?? process.env.WELDCODE_TEST_PG_URL;
  if (pgUrl === undefined) {
    console.log('(PostgreSQL skipped: set WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL)');
    return engines;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  engines.push({
    name: 'PostgreSQL',
    storage: await openStorage({ db: url.toString() }),
    cleanup: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  });
  return engines;
}
