import pg from 'pg';
import { ServerError } from '../server-error';
import { postgresDialect } from './dialect';
import type { SqlDatabase, SqlExecutor, SqlRow, SqlValue } from './sql-database';

const INT8_OID = 20;

/** BIGINT columns hold epoch milliseconds and sequence numbers, all below 2^53: plain numbers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  const run = (sql: string, params: readonly SqlValue[]) =>
    client.query(postgresDialect.placeholders(sql), params as unknown[]);
  return {
    dialect: postgresDialect,
    query: async <R extends SqlRow>(sql: string, params: readonly SqlValue[] = []) =>
      (await run(sql, params)).rows as R[],
    execute: async (sql: string, params: readonly SqlValue[] = []) => (await run(sql, params)).rowCount ?? 0,
  };
}

class PostgresDatabase implements SqlDatabase {
  readonly dialect = postgresDialect;
  private readonly direct: SqlExecutor;

  constructor(private readonly pool: pg.Pool) {
    this.direct = executor(pool);
  }

  query<R extends SqlRow = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
    return this.direct.query<R>(sql, params);
  }

  execute(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.direct.execute(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(executor(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** How to reach PostgreSQL. */
export interface PostgresOptions {
  /** A `postgres://user:password@host:port/database` URL. */
  url: string;
  /** Pool size (default 10). */
  maxConnections?: number;
}

/** Opens a connection pool and checks that the database answers. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<SqlDatabase> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    types,
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new ServerError('ERR_SRV_STORAGE_UNAVAILABLE', 'cannot connect to PostgreSQL', { cause: error });
  }
  return new PostgresDatabase(pool);
}
