import type { Dialect } from '../storage/dialect';
import type { Migration } from '../storage/migrations';

/**
 * The rollup tables behind progress and 附件1, kept current by triggers in the same statement
 * (hence the same transaction) as every write to the registry, whatever code path makes it:
 *
 * - `rollup_sites`: one row per site (its owner, town, sector) with its machines in the
 *   inventory (not decommissioned), chipped (加芯), coded (赋码) and both;
 * - `rollup_owners`: one row per owner (its town) with its machines registered without a site;
 * - `rollup_workers`: one row per worker (employer, the employer's town), the latest expiry of
 *   its certificates (certification depends on the day of the figures, so the day is compared
 *   when reading) and whether it attended a training.
 *
 * A trigger never adds or subtracts: it recomputes the whole row of the site, owner or worker a
 * write touched from the base tables. A recomputation is idempotent, so the result does not
 * depend on how many times or in which order the triggers of a multi-row statement fire (a
 * PostgreSQL AFTER ROW trigger sees the whole statement's changes, SQLite's only the rows before
 * it). On PostgreSQL the rollup row is locked first, and the recomputation (a new statement, so
 * a fresh snapshot under READ COMMITTED) then sees whatever a concurrent writer committed.
 */

const MACHINE_FIGURES = `COUNT(m.id) AS machines,
      SUM(CASE WHEN m.status = 'retrofitted' THEN 1 ELSE 0 END) AS chipped,
      SUM(CASE WHEN m.plate_id IS NOT NULL THEN 1 ELSE 0 END) AS coded,
      SUM(CASE WHEN m.status = 'retrofitted' AND m.plate_id IS NOT NULL THEN 1 ELSE 0 END) AS chipped_coded`;

const MACHINE_COLUMNS = ['machines', 'chipped', 'coded', 'chipped_coded'] as const;

/** One rollup table: its key, the columns a recomputation sets, and that recomputation. */
interface RollupTable {
  name: 'rollup_sites' | 'rollup_owners' | 'rollup_workers';
  key: string;
  columns: readonly string[];
  /** The SELECT producing the rows (named as the table's columns) for which `where` holds. */
  select(where: string): string;
}

const SITES: RollupTable = {
  name: 'rollup_sites',
  key: 'site_id',
  columns: ['owner_id', 'town_id', 'sector', ...MACHINE_COLUMNS],
  select: (where) => `SELECT s.id AS site_id, s.owner_id, s.town_id, s.sector, ${MACHINE_FIGURES}
      FROM sites s LEFT JOIN machines m ON m.site_id = s.id AND m.status <> 'decommissioned'
     WHERE ${where}
     GROUP BY s.id, s.owner_id, s.town_id, s.sector`,
};

const OWNERS: RollupTable = {
  name: 'rollup_owners',
  key: 'owner_id',
  columns: ['town_id', ...MACHINE_COLUMNS],
  select: (where) => `SELECT o.id AS owner_id, o.town_id, ${MACHINE_FIGURES}
      FROM owners o LEFT JOIN machines m
        ON m.owner_id = o.id AND m.site_id IS NULL AND m.status <> 'decommissioned'
     WHERE ${where}
     GROUP BY o.id, o.town_id`,
};

const WORKERS: RollupTable = {
  name: 'rollup_workers',
  key: 'worker_id',
  columns: ['owner_id', 'town_id', 'certified_until', 'trained'],
  select: (where) => `SELECT w.id AS worker_id, w.employer_id AS owner_id, o.town_id,
        (SELECT MAX(c.expires_on) FROM certificates c WHERE c.worker_id = w.id) AS certified_until,
        CASE WHEN EXISTS (SELECT 1 FROM training_attendees a WHERE a.worker_id = w.id) THEN 1 ELSE 0 END AS trained
      FROM workers w LEFT JOIN owners o ON o.id = w.employer_id
     WHERE ${where}`,
};

/** The rollup tables, in the order a rebuild fills them. */
export const ROLLUP_TABLES: readonly RollupTable[] = [SITES, OWNERS, WORKERS];

/** Every row of `table` recomputed from the base tables: the reference a rollup must equal. */
export function recountSql(table: RollupTable): string {
  return table.select('1 = 1');
}

function upsert(table: RollupTable, where: string): string {
  const columns = [table.key, ...table.columns];
  return `INSERT INTO ${table.name} (${columns.join(', ')})
    ${table.select(where)}
    ON CONFLICT (${table.key}) DO UPDATE SET ${table.columns.map((c) => `${c} = excluded.${c}`).join(', ')}`;
}

/** Recomputes the row of `table` whose key is `id` (an expression over NEW/OLD), if `condition`. */
function recompute(dialect: Dialect, table: RollupTable, id: string, condition = ''): string[] {
  const alias = table === SITES ? 's' : table === OWNERS ? 'o' : 'w';
  const guard = condition === '' ? '' : ` AND ${condition}`;
  const statement = upsert(table, `${alias}.id = ${id}${guard}`);
  if (dialect.name === 'sqlite') return [statement];
  return [`PERFORM 1 FROM ${table.name} WHERE ${table.key} = ${id}${guard} FOR UPDATE`, statement];
}

/** Rebuilds every rollup row from the base tables (the migration's backfill, and the repair). */
export function rebuildStatements(): string[] {
  return ROLLUP_TABLES.flatMap((table) => [
    `DELETE FROM ${table.name}`,
    `INSERT INTO ${table.name} (${[table.key, ...table.columns].join(', ')}) ${recountSql(table)}`,
  ]);
}

type Event = 'INSERT' | 'UPDATE' | 'DELETE';

interface Trigger {
  table: string;
  event: Event;
  /** For UPDATE: the columns whose change matters (a trigger on other columns would be waste). */
  columns?: readonly string[];
  body(dialect: Dialect): string[];
}

const changed = (columns: readonly string[]) =>
  columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');

const MACHINE_KEYS = ['site_id', 'status', 'plate_id', 'owner_id'] as const;

/**
 * Which rows each write touches. A machine counts in its site's row, or in its owner's when it
 * has no site; a site's row follows its owner, town and sector; a worker's follows its
 * employer, the employer's town, its certificates and its training attendance.
 */
const TRIGGERS: readonly Trigger[] = [
  {
    table: 'machines',
    event: 'INSERT',
    body: (d) => [
      ...recompute(d, SITES, 'NEW.site_id'),
      ...recompute(d, OWNERS, 'NEW.owner_id', 'NEW.site_id IS NULL'),
    ],
  },
  {
    table: 'machines',
    event: 'UPDATE',
    columns: MACHINE_KEYS,
    body: (d) => [
      ...recompute(d, SITES, 'NEW.site_id'),
      ...recompute(d, SITES, 'OLD.site_id', 'OLD.site_id IS DISTINCT FROM NEW.site_id'),
      ...recompute(d, OWNERS, 'NEW.owner_id', '(NEW.site_id IS NULL OR OLD.site_id IS NULL)'),
      ...recompute(
        d,
        OWNERS,
        'OLD.owner_id',
        'OLD.site_id IS NULL AND OLD.owner_id IS DISTINCT FROM NEW.owner_id',
      ),
    ],
  },
  {
    table: 'machines',
    event: 'DELETE',
    body: (d) => [
      ...recompute(d, SITES, 'OLD.site_id'),
      ...recompute(d, OWNERS, 'OLD.owner_id', 'OLD.site_id IS NULL'),
    ],
  },
  { table: 'sites', event: 'INSERT', body: (d) => recompute(d, SITES, 'NEW.id') },
  {
    table: 'sites',
    event: 'UPDATE',
    columns: ['owner_id', 'town_id', 'sector'],
    body: (d) => recompute(d, SITES, 'NEW.id'),
  },
  { table: 'sites', event: 'DELETE', body: () => ['DELETE FROM rollup_sites WHERE site_id = OLD.id'] },
  { table: 'owners', event: 'INSERT', body: (d) => recompute(d, OWNERS, 'NEW.id') },
  {
    table: 'owners',
    event: 'UPDATE',
    columns: ['town_id'],
    body: (d) => [
      ...recompute(d, OWNERS, 'NEW.id'),
      'UPDATE rollup_workers SET town_id = NEW.town_id WHERE owner_id = NEW.id',
    ],
  },
  { table: 'owners', event: 'DELETE', body: () => ['DELETE FROM rollup_owners WHERE owner_id = OLD.id'] },
  { table: 'workers', event: 'INSERT', body: (d) => recompute(d, WORKERS, 'NEW.id') },
  {
    table: 'workers',
    event: 'UPDATE',
    columns: ['employer_id'],
    body: (d) => recompute(d, WORKERS, 'NEW.id'),
  },
  {
    table: 'workers',
    event: 'DELETE',
    body: () => ['DELETE FROM rollup_workers WHERE worker_id = OLD.id'],
  },
  ...(['certificates', 'training_attendees'] as const).flatMap((table): Trigger[] => [
    { table, event: 'INSERT', body: (d) => recompute(d, WORKERS, 'NEW.worker_id') },
    {
      table,
      event: 'UPDATE',
      columns: table === 'certificates' ? ['worker_id', 'expires_on'] : ['worker_id'],
      body: (d) => [
        ...recompute(d, WORKERS, 'NEW.worker_id'),
        ...recompute(d, WORKERS, 'OLD.worker_id', 'OLD.worker_id IS DISTINCT FROM NEW.worker_id'),
      ],
    },
    { table, event: 'DELETE', body: (d) => recompute(d, WORKERS, 'OLD.worker_id') },
  ]),
];

/** The statements creating one trigger: a trigger body in SQLite, a PL/pgSQL function in PostgreSQL. */
function createTrigger(dialect: Dialect, trigger: Trigger): string[] {
  const name = `rollup_${trigger.table}_${trigger.event.toLowerCase()}`;
  const columns = trigger.columns;
  const event = columns === undefined ? trigger.event : `UPDATE OF ${columns.join(', ')}`;
  const when = columns === undefined ? '' : ` WHEN (${changed(columns)})`;
  const body = trigger.body(dialect).map((statement) => `${statement};`);
  if (dialect.name === 'sqlite') {
    return [
      `CREATE TRIGGER ${name} AFTER ${event} ON ${trigger.table} FOR EACH ROW${when}
      BEGIN
        ${body.join('\n        ')}
      END`,
    ];
  }
  return [
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${body.join('\n        ')}
        RETURN NULL;
      END
    $$`,
    `CREATE TRIGGER ${name} AFTER ${event} ON ${trigger.table} FOR EACH ROW${when} EXECUTE FUNCTION ${name}()`,
  ];
}

/**
 * Migration 8: the rollup tables, their triggers, and a backfill from the rows already stored
 * (an existing database gets correct figures on upgrade). Inspections stay counted from their
 * table, through a covering index.
 */
export const supervisionRollups: Migration = {
  version: 8,
  name: 'supervision-rollups',
  statements: (dialect) => {
    const int = dialect.integer;
    const machineColumns = MACHINE_COLUMNS.map((c) => `${c} ${int} NOT NULL`).join(',\n      ');
    return [
      `CREATE TABLE rollup_sites (
      site_id TEXT PRIMARY KEY,
      owner_id TEXT NOT NULL,
      town_id TEXT NOT NULL,
      sector TEXT NOT NULL,
      ${machineColumns}
    )`,
      `CREATE INDEX rollup_sites_town ON rollup_sites (town_id, sector, owner_id, machines, chipped, coded, chipped_coded)`,
      `CREATE TABLE rollup_owners (
      owner_id TEXT PRIMARY KEY,
      town_id TEXT NOT NULL,
      ${machineColumns}
    )`,
      `CREATE INDEX rollup_owners_town ON rollup_owners (town_id)`,
      `CREATE TABLE rollup_workers (
      worker_id TEXT PRIMARY KEY,
      owner_id TEXT,
      town_id TEXT,
      certified_until TEXT,
      trained ${int} NOT NULL
    )`,
      `CREATE INDEX rollup_workers_town ON rollup_workers (town_id, owner_id, certified_until, trained)`,
      `CREATE INDEX rollup_workers_owner ON rollup_workers (owner_id)`,
      `CREATE INDEX inspections_rollup ON inspections (town_id, site_id, certified, chipped, coded)`,
      ...TRIGGERS.flatMap((trigger) => createTrigger(dialect, trigger)),
      ...rebuildStatements(),
    ];
  },
};
