import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ServerError } from '../server-error';
import { sqliteDialect } from './dialect';
import type { SqlDatabase, SqlExecutor, SqlRow, SqlValue } from './sql-database';

type Bindable = string | number | bigint | null | Buffer;

function bindable(params: readonly SqlValue[]): Bindable[] {
  return params.map((value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) {
      return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
    return value as Bindable;
  });
}

/** How long a writer waits for another connection's write lock before giving up (WC-SRV-157). */
const LOCK_WAIT_MS = 5000;
/** The longest pause between two attempts at the write lock. */
const LOCK_POLL_MAX_MS = 4;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY_'));
}

/** A standalone write waiting for its group's commit. */
interface GroupedWrite {
  sql: string;
  params: readonly SqlValue[];
  resolve(changes: number): void;
  reject(error: unknown): void;
}

/**
 * SQLite through better-sqlite3. The driver is synchronous and one connection serves the whole
 * process, so an asynchronous transaction must hold the connection exclusively until it ends:
 * every call is queued behind the transaction in progress.
 *
 * Standalone writes (`execute` outside a transaction) are group-committed: those issued in the
 * same turn of the event loop share one transaction, and each resolves only after that commit.
 * With `synchronous = FULL` every commit is an fsync that blocks the event loop (3-8 ms here), and
 * one per presence change or arc-session update capped a 10,000-chip fleet at a few hundred
 * writes/s. Each statement still succeeds or fails on its own (SQLite backs out only the failing
 * statement); reads and transactions close the open group, so operations keep their call order
 * (WC-SRV-147).
 *
 * Another connection (the ingest worker's, another process's) may hold the database's one write
 * lock. SQLite's own busy handler would sleep the whole thread meanwhile, freezing every request
 * for up to the busy timeout; instead the write lock is tried without waiting and retried from
 * timers, so the event loop keeps serving while a writer waits (WC-SRV-157).
 */
class SqliteDatabase implements SqlDatabase {
  readonly dialect = sqliteDialect;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  private group: GroupedWrite[] | undefined;

  constructor(private readonly db: Database.Database) {}

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private readonly direct: SqlExecutor = {
    dialect: sqliteDialect,
    query: async <R extends SqlRow>(sql: string, params: readonly SqlValue[] = []) =>
      this.statement(sql).all(...bindable(params)) as R[],
    execute: async (sql: string, params: readonly SqlValue[] = []) =>
      this.statement(sql).run(...bindable(params)).changes,
  };

  query<R extends SqlRow = SqlRow>(sql: string, params: readonly SqlValue[] = []): Promise<R[]> {
    this.group = undefined;
    return this.exclusive(() => this.direct.query<R>(sql, params));
  }

  execute(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      let group = this.group;
      if (group === undefined) {
        const opened: GroupedWrite[] = [];
        group = opened;
        this.group = opened;
        void this.exclusive(() => this.commitGroup(opened));
      }
      group.push({ sql, params, resolve, reject });
    });
  }

  /** Runs one group of standalone writes in one transaction, once the current turn has issued them all. */
  private async commitGroup(group: GroupedWrite[]): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.group === group) this.group = undefined;
    try {
      await this.begin();
    } catch (error) {
      for (const write of group) write.reject(error);
      return;
    }
    const outcomes: ({ changes: number } | { error: unknown })[] = [];
    try {
      for (const write of group) {
        try {
          outcomes.push({ changes: this.statement(write.sql).run(...bindable(write.params)).changes });
        } catch (error) {
          // an I/O or lock error may have rolled the whole transaction back: then nothing commits
          if (!this.db.inTransaction) throw error;
          outcomes.push({ error });
        }
      }
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const write of group) write.reject(error);
      return;
    }
    group.forEach((write, i) => {
      const outcome = outcomes[i] as { changes: number } | { error: unknown };
      if ('error' in outcome) write.reject(outcome.error);
      else write.resolve(outcome.changes);
    });
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    this.group = undefined;
    return this.exclusive(async () => {
      await this.begin();
      try {
        const result = await work(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /**
   * `BEGIN IMMEDIATE` (takes the write lock), tried without SQLite's sleeping busy handler and
   * retried from timers while another connection holds the lock.
   */
  private async begin(): Promise<void> {
    const deadline = performance.now() + LOCK_WAIT_MS;
    // the connection is held exclusively meanwhile: no other statement sees the 0
    this.statement('PRAGMA busy_timeout = 0').get();
    try {
      for (let pause = 1; ; pause = Math.min(pause * 2, LOCK_POLL_MAX_MS)) {
        try {
          this.db.exec('BEGIN IMMEDIATE');
          return;
        } catch (error) {
          if (!isBusy(error)) throw error;
          if (performance.now() >= deadline) {
            throw new ServerError('ERR_SRV_STORAGE_UNAVAILABLE', 'the SQLite write lock stayed taken', {
              cause: error,
              details: { reason: 'busy', waitedMs: LOCK_WAIT_MS },
            });
          }
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    } finally {
      // reads keep SQLite's own short waits (WAL recovery by another opener)
      this.statement(`PRAGMA busy_timeout = ${LOCK_WAIT_MS}`).get();
    }
  }

  async close(): Promise<void> {
    this.group = undefined;
    await this.exclusive(() => this.db.close());
  }
}

/**
 * How hard a SQLite commit is pushed to disk before it counts as committed (spec/server.md,
 * WC-SRV-025): `full` fsyncs the WAL on every commit, so an acked uplink survives a process kill
 * and a power cut alike; `normal` fsyncs only at checkpoints, so an acked uplink survives a process
 * kill (the WAL is in the OS page cache) but the last commits may be lost with a power cut or
 * kernel crash.
 */
export type SqliteSynchronous = 'full' | 'normal';

/** Where and how to open the SQLite database. */
export interface SqliteOptions {
  /** File path, or `:memory:` for a throw-away database (tests, OpenAPI generation). */
  path: string;
  /** Default `full`, or the `WELDCODE_SQLITE_SYNCHRONOUS` environment variable when set. */
  synchronous?: SqliteSynchronous;
}

function synchronousMode(options: SqliteOptions): SqliteSynchronous {
  const chosen = options.synchronous ?? process.env.WELDCODE_SQLITE_SYNCHRONOUS ?? 'full';
  if (chosen === 'full' || chosen === 'normal') return chosen;
  throw new ServerError('ERR_SRV_CONFIG', `SQLite synchronous must be full or normal, not ${chosen}`, {
    details: { synchronous: chosen },
  });
}

/**
 * Opens (creating if needed) a SQLite database in WAL mode with `synchronous = FULL` (or
 * `NORMAL`, see {@link SqliteSynchronous}), so by default a committed transaction survives a
 * process kill and a power cut alike.
 */
export function openSqliteDatabase(options: SqliteOptions): SqlDatabase {
  const synchronous = synchronousMode(options);
  try {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    const db = new Database(options.path);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    return new SqliteDatabase(db);
  } catch (error) {
    throw new ServerError('ERR_SRV_STORAGE_UNAVAILABLE', `cannot open SQLite database ${options.path}`, {
      cause: error,
      details: { path: options.path },
    });
  }
}
