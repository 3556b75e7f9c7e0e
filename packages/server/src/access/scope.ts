import type { SqlExecutor, SqlValue } from '../storage/sql-database';
import { DEPARTMENT_SECTORS, isPlatformAdmin, type Principal } from './roles';

/** A SQL boolean expression over one table's own columns, with its parameters. */
export interface Condition {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/** The kinds of record whose scope the platform checks, each with the table that holds it. */
export const RESOURCE_TABLES = {
  area: 'areas',
  owner: 'owners',
  site: 'sites',
  machine: 'machines',
  chip: 'chips',
  worker: 'workers',
  permit: 'permits',
  'crowded-place': 'crowded_places',
  'special-period': 'special_periods',
  user: 'users',
  training: 'trainings',
  inspection: 'inspections',
  alert: 'alerts',
  'arc-session': 'arc_sessions',
  'compliance-finding': 'compliance_findings',
  code: 'issued_codes',
} as const;
export type ResourceKind = keyof typeof RESOURCE_TABLES;

const ALL: Condition = { sql: '1 = 1', params: [] };
const NONE: Condition = { sql: '1 = 0', params: [] };

function cond(sql: string, ...params: SqlValue[]): Condition {
  return { sql, params };
}

function and(a: Condition, b: Condition): Condition {
  return { sql: `(${a.sql}) AND (${b.sql})`, params: [...a.params, ...b.params] };
}

function or(a: Condition, b: Condition): Condition {
  return { sql: `(${a.sql}) OR (${b.sql})`, params: [...a.params, ...b.params] };
}

/** `column IN (SELECT id FROM table WHERE c)`: a condition on a referenced record. */
function via(column: string, table: string, c: Condition): Condition {
  return { sql: `${column} IN (SELECT id FROM ${table} WHERE ${c.sql})`, params: c.params };
}

/** The area and everything under it. */
function subtree(areaId: string): Condition {
  return cond(
    'SELECT id FROM areas WHERE id = ? OR parent_id = ? OR parent_id IN (SELECT id FROM areas WHERE parent_id = ?)',
    areaId,
    areaId,
    areaId,
  );
}

/** The towns (街镇) of the principal's area, as a sub-select of ids. */
function towns(p: Principal & { areaId: string }): Condition {
  switch (p.areaLevel) {
    case 'town':
      return cond('SELECT id FROM areas WHERE id = ?', p.areaId);
    case 'district':
      return cond("SELECT id FROM areas WHERE parent_id = ? AND level = 'town'", p.areaId);
    default:
      return cond(
        "SELECT id FROM areas WHERE level = 'town' AND parent_id IN (SELECT id FROM areas WHERE parent_id = ?)",
        p.areaId,
      );
  }
}

function inTowns(column: string, p: Principal & { areaId: string }): Condition {
  const t = towns(p);
  return { sql: `${column} IN (${t.sql})`, params: t.params };
}

function sectorFilter(p: Principal): Condition | undefined {
  if (p.role !== 'sector-officer' || p.department === null) return undefined;
  const sectors = DEPARTMENT_SECTORS[p.department];
  return { sql: `sector IN (${sectors.map(() => '?').join(', ')})`, params: sectors };
}

function withSector(base: Condition, p: Principal, sectorOf: (c: Condition) => Condition): Condition {
  const sectors = sectorFilter(p);
  return sectors === undefined ? base : and(base, sectorOf(sectors));
}

type AreaBound = Principal & { areaId: string };

function siteCondition(p: Principal): Condition {
  if (p.ownerId !== null) return cond('owner_id = ?', p.ownerId);
  if (p.areaId === null) return NONE;
  return withSector(inTowns('town_id', p as AreaBound), p, (s) => s);
}

function ownerCondition(p: Principal): Condition {
  if (p.ownerId !== null) return cond('id = ?', p.ownerId);
  if (p.areaId === null) return NONE;
  // A sector officer sees the owners that have a site in its sectors.
  return withSector(inTowns('town_id', p as AreaBound), p, (s) => ({
    sql: `id IN (SELECT owner_id FROM sites WHERE ${s.sql})`,
    params: s.params,
  }));
}

function machineCondition(p: Principal): Condition {
  if (p.ownerId !== null) return cond('owner_id = ?', p.ownerId);
  if (p.areaId === null) return NONE;
  const atSite = via('site_id', 'sites', siteCondition(p));
  if (sectorFilter(p) !== undefined) return atSite;
  // A machine registered before its site is known belongs to its owner's town.
  return or(atSite, and(cond('site_id IS NULL'), via('owner_id', 'owners', ownerCondition(p))));
}

function workerCondition(p: Principal): Condition {
  if (p.workerId !== null) return cond('id = ?', p.workerId);
  if (p.ownerId !== null) return cond('employer_id = ?', p.ownerId);
  if (p.areaId === null) return NONE;
  const employed = via('employer_id', 'owners', ownerCondition(p));
  // Workers without an employer (流动作业人员) are the city's to supervise.
  return p.role === 'city-admin' ? or(cond('employer_id IS NULL'), employed) : employed;
}

function areaCondition(p: Principal, withAncestors: boolean, column: string): Condition {
  if (p.areaId === null) return NONE;
  const own = subtree(p.areaId);
  const inOwn = { sql: `${column} IN (${own.sql})`, params: own.params };
  if (!withAncestors) return inOwn;
  return or(
    inOwn,
    cond(
      `${column} IN (SELECT parent_id FROM areas WHERE id = ?) OR ${column} IN (SELECT parent_id FROM areas WHERE id IN (SELECT parent_id FROM areas WHERE id = ?))`,
      p.areaId,
      p.areaId,
    ),
  );
}

/**
 * Alerts, arc sessions and compliance findings carry the town and sector they were raised in:
 * officers see those of their towns (a sector officer of its sectors), an enterprise those of
 * its machines; a city administrator also the alerts no town could be found for (unknown chips).
 */
function monitoredCondition(kind: 'alert' | 'arc-session' | 'compliance-finding', p: Principal): Condition {
  if (p.ownerId !== null) return via('machine_id', 'machines', cond('owner_id = ?', p.ownerId));
  if (p.areaId === null) return NONE;
  const inArea = inTowns('town_id', p as AreaBound);
  const scoped =
    kind === 'arc-session'
      ? withSector(inArea, p, () => via('site_id', 'sites', siteCondition(p)))
      : withSector(inArea, p, (s) => s);
  return p.role === 'city-admin' ? or(cond('town_id IS NULL'), scoped) : scoped;
}

/**
 * The records of `kind` that `p` may see, as a condition over the kind's table. Writes use the
 * same scope: a principal changes only what it can see (and its role allows).
 */
export function scopeCondition(kind: ResourceKind, p: Principal): Condition {
  if (isPlatformAdmin(p)) return ALL;
  switch (kind) {
    case 'area':
      return p.workerId !== null || p.chipId !== null ? NONE : areaCondition(p, false, 'id');
    case 'special-period':
      return areaCondition(p, true, 'area_id');
    case 'user':
      // Worker and chip users carry no area: they are in scope with their worker or chip, so a
      // city administrator can issue its chips' API keys (WC-SUP-009).
      if (p.areaId === null) return NONE;
      return or(
        areaCondition(p, false, 'area_id'),
        or(
          via('worker_id', 'workers', workerCondition(p)),
          via('chip_id', 'chips', scopeCondition('chip', p)),
        ),
      );
    case 'owner':
      return ownerCondition(p);
    case 'site':
      return siteCondition(p);
    case 'crowded-place':
      return via('site_id', 'sites', siteCondition(p));
    case 'machine':
      return machineCondition(p);
    case 'chip': {
      if (p.chipId !== null) return cond('id = ?', p.chipId);
      const bound = via('machine_id', 'machines', machineCondition(p));
      // Unbound chips are stock: the city and its installers see them.
      return p.role === 'installer' || p.role === 'city-admin'
        ? or(cond('machine_id IS NULL'), bound)
        : bound;
    }
    case 'worker':
      return workerCondition(p);
    case 'permit':
      if (p.workerId !== null) {
        return cond(
          'fire_watcher_id = ? OR id IN (SELECT permit_id FROM permit_workers WHERE worker_id = ?)',
          p.workerId,
          p.workerId,
        );
      }
      return via('site_id', 'sites', siteCondition(p));
    case 'training':
      return via('owner_id', 'owners', ownerCondition(p));
    case 'code':
      // An issued code is in scope when the record it was issued for is.
      return or(
        and(cond("kind = 'plate'"), via('subject_id', 'machines', machineCondition(p))),
        or(
          and(cond("kind = 'credential'"), via('subject_id', 'workers', workerCondition(p))),
          and(cond("kind = 'permit'"), via('subject_id', 'permits', scopeCondition('permit', p))),
        ),
      );
    case 'alert':
    case 'arc-session':
    case 'compliance-finding':
      return monitoredCondition(kind, p);
    case 'inspection': {
      if (p.areaId === null || p.ownerId !== null) return NONE;
      const inArea = inTowns('town_id', p as AreaBound);
      if (sectorFilter(p) === undefined) return inArea;
      return and(inArea, or(via('site_id', 'sites', siteCondition(p)), cond('inspector_id = ?', p.userId)));
    }
  }
}

/**
 * Whether record `id` of `kind` is in `p`'s scope: `'missing'` when there is no such record (the
 * route then answers 404 or 422 as it would for anyone), else `'in'` or `'out'`.
 */
export async function recordScope(
  db: SqlExecutor,
  kind: ResourceKind,
  id: string,
  p: Principal,
): Promise<'in' | 'out' | 'missing'> {
  const c = scopeCondition(kind, p);
  const rows = await db.query(
    `SELECT CASE WHEN ${c.sql} THEN 1 ELSE 0 END AS ok FROM ${RESOURCE_TABLES[kind]} WHERE id = ?`,
    [...c.params, id],
  );
  const row = rows[0];
  if (row === undefined) return 'missing';
  return Number(row.ok) === 1 ? 'in' : 'out';
}

/** Whether `areaId` is the principal's area or under it. */
export async function areaInScope(
  db: SqlExecutor,
  areaId: string,
  p: Principal,
): Promise<'in' | 'out' | 'missing'> {
  return recordScope(db, 'area', areaId, p);
}
