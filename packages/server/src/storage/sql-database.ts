import type { Dialect } from './dialect';

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | bigint | boolean | null | Uint8Array;

/** A row as the driver returns it: column name to value. */
export type SqlRow = Record<string, unknown>;

/** Runs statements on one connection or inside one transaction. */
export interface SqlExecutor {
  readonly dialect: Dialect;
  /** Runs a statement that returns rows. */
  query<R extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<R[]>;
  /** Runs a statement and resolves to the number of rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

/**
 * The engine-neutral connection the repositories are written against. A transaction commits when
 * `work` resolves and rolls back when it rejects; nothing is acknowledged before the commit.
 */
export interface SqlDatabase extends SqlExecutor {
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Releases the connection(s); further calls fail. */
  close(): Promise<void>;
}
