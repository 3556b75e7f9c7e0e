/** The SQL engines the server stores its data in. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * The few places where SQLite and PostgreSQL differ for our schema. Everything else (table
 * shapes, constraints, queries) is written once in portable SQL with `?` placeholders.
 */
export interface Dialect {
  readonly name: DialectName;
  /** 64-bit integer column (epoch milliseconds, sequence numbers, counters). */
  readonly integer: string;
  /** Opaque bytes (public keys, uplink payloads). */
  readonly bytes: string;
  /** Floating-point column (coordinates). */
  readonly real: string;
  /** An auto-incrementing primary key column definition, for append-only logs. */
  readonly serialKey: string;
  /** Run first inside the migration transaction so concurrent starters migrate one at a time. */
  readonly migrationLock: string | null;
  /** Rewrites `?` placeholders into the engine's syntax. */
  placeholders(sql: string): string;
}

export const sqliteDialect: Dialect = {
  name: 'sqlite',
  integer: 'INTEGER',
  bytes: 'BLOB',
  real: 'REAL',
  serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  // BEGIN IMMEDIATE already takes the database's single write lock.
  migrationLock: null,
  placeholders: (sql) => sql,
};

export const postgresDialect: Dialect = {
  name: 'postgres',
  integer: 'BIGINT',
  bytes: 'BYTEA',
  real: 'DOUBLE PRECISION',
  serialKey: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  migrationLock: 'SELECT pg_advisory_xact_lock(2025083020)',
  placeholders: (sql) => {
    let index = 0;
    return sql.replace(/\?/g, () => `$${++index}`);
  },
};
