import { ServerError } from '../server-error';
import type { Migration } from './migrations';
import type { SqlDatabase, SqlExecutor } from './sql-database';

/** Which migrations a database has and lacks. */
export interface MigrationStatus {
  applied: number[];
  pending: number[];
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

async function appliedMigrations(db: SqlExecutor): Promise<Map<number, string>> {
  const rows = await db.query<{ version: number; name: string }>(
    'SELECT version, name FROM schema_migrations ORDER BY version',
  );
  return new Map(rows.map((row) => [Number(row.version), row.name]));
}

/** Refuses a database written by a newer server or by a different migration history. */
function checkHistory(applied: Map<number, string>, migrations: readonly Migration[]): void {
  const known = new Map(migrations.map((migration) => [migration.version, migration.name]));
  for (const [version, name] of applied) {
    const expected = known.get(version);
    if (expected === undefined) {
      throw new ServerError(
        'ERR_SRV_STORAGE_SCHEMA_TOO_NEW',
        `the database has migration ${version} (${name}), which this server does not know; upgrade the server`,
        { details: { version, name } },
      );
    }
    if (expected !== name) {
      throw new ServerError(
        'ERR_SRV_STORAGE_MIGRATION_MISMATCH',
        `migration ${version} is "${name}" in the database but "${expected}" in this server`,
        { details: { version, name, expected } },
      );
    }
  }
}

/** Reports applied and pending migrations without changing anything. */
export async function migrationStatus(
  db: SqlDatabase,
  migrations: readonly Migration[],
): Promise<MigrationStatus> {
  await db.execute(CREATE_LEDGER);
  const applied = await appliedMigrations(db);
  checkHistory(applied, migrations);
  return {
    applied: [...applied.keys()],
    pending: migrations.filter((m) => !applied.has(m.version)).map((m) => m.version),
  };
}

/**
 * Applies every pending migration in version order, each in its own transaction together with
 * its ledger row, so a crash leaves the database at a whole version. Resolves to the versions it
 * applied.
 */
export async function migrate(db: SqlDatabase, migrations: readonly Migration[]): Promise<number[]> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  await db.execute(CREATE_LEDGER);
  const done: number[] = [];
  for (const migration of ordered) {
    const applied = await db.transaction(async (tx) => {
      if (tx.dialect.migrationLock !== null) await tx.query(tx.dialect.migrationLock);
      const history = await appliedMigrations(tx);
      checkHistory(history, ordered);
      if (history.has(migration.version)) return false;
      for (const statement of migration.statements(tx.dialect)) await tx.execute(statement);
      await tx.execute('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (applied) done.push(migration.version);
  }
  return done;
}
