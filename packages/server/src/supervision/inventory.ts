import type { Principal } from '../access/roles';
import { DEPARTMENT_SECTORS } from '../access/roles';
import type { AreaLevel } from '../registry/areas';
import { ServerError } from '../server-error';
import type { SqlExecutor, SqlValue } from '../storage/sql-database';

/** The inventory (底数) and retrofit figures of one area, one sector or one owner. */
export interface Totals {
  sites: number;
  machines: number;
  /** 加芯: a chip is bound (`retrofitted`). */
  chippedMachines: number;
  /** 赋码: a plate has been issued. */
  codedMachines: number;
  /** Both: what the policy's targets count. */
  chippedAndCodedMachines: number;
  /** Registered (底数) but not yet retrofitted. */
  notRetrofittedMachines: number;
  workers: number;
  /** Holding an unexpired welding certificate on the day of the figures. */
  certifiedWorkers: number;
  /** Trained on the chip-and-code operation (边安装、边培训). */
  trainedWorkers: number;
  /** Inspection visits recorded, and those that found a worker uncertified or a machine unchipped or uncoded. */
  inspections: number;
  inspectionsWithFindings: number;
}

export const TOTAL_KEYS = [
  'sites',
  'machines',
  'chippedMachines',
  'codedMachines',
  'chippedAndCodedMachines',
  'notRetrofittedMachines',
  'workers',
  'certifiedWorkers',
  'trainedWorkers',
  'inspections',
  'inspectionsWithFindings',
] as const satisfies readonly (keyof Totals)[];

export function emptyTotals(): Totals {
  return Object.fromEntries(TOTAL_KEYS.map((key) => [key, 0])) as unknown as Totals;
}

export function addTotals(into: Totals, from: Partial<Totals>): Totals {
  for (const key of TOTAL_KEYS) into[key] += from[key] ?? 0;
  return into;
}

/** An area as figures name it. */
export interface AreaRef {
  id: string;
  name: string;
  level: AreaLevel;
  parentId: string | null;
}

/** The area and the towns under it, read once per report. */
export interface AreaTree {
  area: AreaRef;
  /** Its districts (a city) or towns (a district); none for a town. */
  children: AreaRef[];
  towns: AreaRef[];
  /** The child each town rolls up into (the town itself for a district's report). */
  childOfTown: Map<string, string>;
}

export async function areaTree(db: SqlExecutor, areaId: string): Promise<AreaTree> {
  const rows = await db.query(
    `SELECT id, name, level, parent_id FROM areas
      WHERE id = ? OR parent_id = ? OR parent_id IN (SELECT id FROM areas WHERE parent_id = ?)`,
    [areaId, areaId, areaId],
  );
  const refs = rows.map(
    (r): AreaRef => ({
      id: String(r.id),
      name: String(r.name),
      level: r.level as AreaLevel,
      parentId: r.parent_id == null ? null : String(r.parent_id),
    }),
  );
  const area = refs.find((r) => r.id === areaId);
  if (area === undefined) throw new ServerError('ERR_SRV_NOT_FOUND', `area ${areaId} does not exist`);
  const children = refs.filter((r) => r.parentId === areaId);
  const towns = area.level === 'town' ? [area] : refs.filter((r) => r.level === 'town');
  const childOfTown = new Map<string, string>();
  for (const town of towns) {
    childOfTown.set(town.id, area.level === 'city' ? (town.parentId ?? town.id) : town.id);
  }
  return { area, children, towns, childOfTown };
}

/** The sectors a principal's figures are limited to (a sector officer's department), if any. */
export function sectorsOf(principal: Principal | undefined): readonly string[] | undefined {
  if (principal?.role !== 'sector-officer' || principal.department === null) return undefined;
  return DEPARTMENT_SECTORS[principal.department];
}

/** `town_id IN (...)` for the towns of an area, as a sub-select. */
export function townsOfArea(column: string, area: AreaRef): { sql: string; params: SqlValue[] } {
  if (area.level === 'town') return { sql: `${column} = ?`, params: [area.id] };
  if (area.level === 'district') {
    return { sql: `${column} IN (SELECT id FROM areas WHERE parent_id = ?)`, params: [area.id] };
  }
  return {
    sql: `${column} IN (SELECT id FROM areas WHERE parent_id IN (SELECT id FROM areas WHERE parent_id = ?))`,
    params: [area.id],
  };
}

export function sectorClause(column: string, sectors: readonly string[] | undefined) {
  if (sectors === undefined) return { sql: '', params: [] as SqlValue[] };
  return { sql: ` AND ${column} IN (${sectors.map(() => '?').join(', ')})`, params: [...sectors] };
}

/** The day figures are counted on (Asia/Shanghai), for certificate validity. */
export function shanghaiDay(at: number): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 10);
}

const n = (value: unknown): number => Number(value ?? 0);

/** One row of machine and site figures per (town, sector, owner?) group. */
export interface MachineGroup {
  townId: string;
  sector: string;
  ownerId?: string;
  totals: Partial<Totals>;
}

/**
 * Machine counts per (town, sector), or per (town, sector, owner) for 附件1. A machine without a
 * site counts in its owner's town under the sector `unassigned`; decommissioned machines are
 * out of the inventory.
 */
export async function machineGroups(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  byOwner: boolean,
): Promise<MachineGroup[]> {
  const towns = townsOfArea('s.town_id', area);
  const ownerTowns = townsOfArea('o.town_id', area);
  const sector = sectorClause('s.sector', sectors);
  const counts = `COUNT(*) AS machines,
      SUM(CASE WHEN m.status = 'retrofitted' THEN 1 ELSE 0 END) AS chipped,
      SUM(CASE WHEN m.plate_id IS NOT NULL THEN 1 ELSE 0 END) AS coded,
      SUM(CASE WHEN m.status = 'retrofitted' AND m.plate_id IS NOT NULL THEN 1 ELSE 0 END) AS chipped_coded`;
  const ownerColumn = byOwner ? ', m.owner_id AS owner_id' : '';
  const ownerGroup = byOwner ? ', m.owner_id' : '';
  const parts = [
    `SELECT s.town_id AS town_id, s.sector AS sector${ownerColumn}, ${counts}
       FROM machines m JOIN sites s ON s.id = m.site_id
      WHERE m.status <> 'decommissioned' AND ${towns.sql}${sector.sql}
      GROUP BY s.town_id, s.sector${ownerGroup}`,
  ];
  const params: SqlValue[] = [...towns.params, ...sector.params];
  if (sectors === undefined) {
    parts.push(
      `SELECT o.town_id AS town_id, 'unassigned' AS sector${ownerColumn}, ${counts}
         FROM machines m JOIN owners o ON o.id = m.owner_id
        WHERE m.site_id IS NULL AND m.status <> 'decommissioned' AND ${ownerTowns.sql}
        GROUP BY o.town_id${ownerGroup}`,
    );
    params.push(...ownerTowns.params);
  }
  const rows = await db.query(parts.join(' UNION ALL '), params);
  return rows.map((r) => ({
    townId: String(r.town_id),
    sector: String(r.sector),
    ...(byOwner ? { ownerId: String(r.owner_id) } : {}),
    totals: {
      machines: n(r.machines),
      chippedMachines: n(r.chipped),
      codedMachines: n(r.coded),
      chippedAndCodedMachines: n(r.chipped_coded),
      notRetrofittedMachines: n(r.machines) - n(r.chipped),
    },
  }));
}

/** Site counts per (town, sector[, owner]). */
export async function siteGroups(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  byOwner: boolean,
): Promise<MachineGroup[]> {
  const towns = townsOfArea('town_id', area);
  const sector = sectorClause('sector', sectors);
  const owner = byOwner ? ', owner_id' : '';
  const rows = await db.query(
    `SELECT town_id, sector${owner}, COUNT(*) AS sites FROM sites WHERE ${towns.sql}${sector.sql}
      GROUP BY town_id, sector${owner}`,
    [...towns.params, ...sector.params],
  );
  return rows.map((r) => ({
    townId: String(r.town_id),
    sector: String(r.sector),
    ...(byOwner ? { ownerId: String(r.owner_id) } : {}),
    totals: { sites: n(r.sites) },
  }));
}

/** Worker figures per (town of the employer[, employer]), optionally only employers active in `sectors`. */
export async function workerGroups(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  day: string,
  by: 'town' | 'owner' | 'sector',
): Promise<MachineGroup[]> {
  const towns = townsOfArea('o.town_id', area);
  const sector = sectorClause('sector', sectors);
  const inSectors =
    sectors === undefined ? '' : ` AND w.employer_id IN (SELECT owner_id FROM sites WHERE 1 = 1${sector.sql})`;
  const bySector = by === 'sector';
  const join = bySector ? ' JOIN (SELECT DISTINCT owner_id, sector FROM sites) os ON os.owner_id = o.id' : '';
  const groupColumn = by === 'owner' ? 'o.id' : bySector ? 'os.sector' : "''";
  const rows = await db.query(
    `SELECT o.town_id AS town_id, ${groupColumn} AS grp, COUNT(*) AS workers,
        SUM(CASE WHEN EXISTS (SELECT 1 FROM certificates c WHERE c.worker_id = w.id AND c.expires_on >= ?)
            THEN 1 ELSE 0 END) AS certified,
        SUM(CASE WHEN EXISTS (SELECT 1 FROM training_attendees a WHERE a.worker_id = w.id)
            THEN 1 ELSE 0 END) AS trained
       FROM workers w JOIN owners o ON o.id = w.employer_id${join}
      WHERE ${towns.sql}${inSectors}${bySector ? sectorClause('os.sector', sectors).sql : ''}
      GROUP BY o.town_id, ${groupColumn}`,
    [
      day,
      ...towns.params,
      ...(sectors === undefined ? [] : sector.params),
      ...(bySector ? sectorClause('os.sector', sectors).params : []),
    ],
  );
  return rows.map((r) => ({
    townId: String(r.town_id),
    sector: bySector ? String(r.grp) : '',
    ...(by === 'owner' ? { ownerId: String(r.grp) } : {}),
    totals: { workers: n(r.workers), certifiedWorkers: n(r.certified), trainedWorkers: n(r.trained) },
  }));
}

/** Inspection visits per town, and those with a finding (持证 or 加芯赋码 not in order). */
export async function inspectionGroups(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
): Promise<MachineGroup[]> {
  const towns = townsOfArea('town_id', area);
  const sector = sectorClause('sector', sectors);
  const inSectors = sectors === undefined ? '' : ` AND site_id IN (SELECT id FROM sites WHERE 1 = 1${sector.sql})`;
  const rows = await db.query(
    `SELECT town_id, COUNT(*) AS visits,
        SUM(CASE WHEN certified = 0 OR chipped = 0 OR coded = 0 THEN 1 ELSE 0 END) AS findings
       FROM inspections WHERE ${towns.sql}${inSectors} GROUP BY town_id`,
    [...towns.params, ...(sectors === undefined ? [] : sector.params)],
  );
  return rows.map((r) => ({
    townId: String(r.town_id),
    sector: '',
    totals: { inspections: n(r.visits), inspectionsWithFindings: n(r.findings) },
  }));
}
