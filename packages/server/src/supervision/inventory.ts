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

// A literal, not built from TOTAL_KEYS: 附件1 of a city makes tens of thousands of these.
export function emptyTotals(): Totals {
  return {
    sites: 0,
    machines: 0,
    chippedMachines: 0,
    codedMachines: 0,
    chippedAndCodedMachines: 0,
    notRetrofittedMachines: 0,
    workers: 0,
    certifiedWorkers: 0,
    trainedWorkers: 0,
    inspections: 0,
    inspectionsWithFindings: 0,
  };
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

export const n = (value: unknown): number => Number(value ?? 0);

/** The sites of one owner in one town and sector, with their machine counts. */
export interface SiteFigures {
  townId: string;
  sector: string;
  ownerId: string;
  totals: Partial<Totals>;
}

/** One owner with its workers and the machines registered without a site. */
export interface OwnerFigures {
  id: string;
  name: string;
  creditCode: string;
  townId: string;
  totals: Partial<Totals>;
  /** Its sites in the area, already summed (else they come as {@link InventorySnapshot.sites}). */
  sites?: { sectors: string[]; totals: Partial<Totals> };
}

/** Everything the progress report and 附件1 count, read in two grouped queries. */
export interface InventorySnapshot {
  sites: SiteFigures[];
  owners: OwnerFigures[];
}

export const MACHINE_COUNTS = `COUNT(*) AS machines,
      SUM(CASE WHEN status = 'retrofitted' THEN 1 ELSE 0 END) AS chipped,
      SUM(CASE WHEN plate_id IS NOT NULL THEN 1 ELSE 0 END) AS coded,
      SUM(CASE WHEN status = 'retrofitted' AND plate_id IS NOT NULL THEN 1 ELSE 0 END) AS chipped_coded`;

export function machineTotals(r: Record<string, unknown>): Partial<Totals> {
  return {
    machines: n(r.machines),
    chippedMachines: n(r.chipped),
    codedMachines: n(r.coded),
    chippedAndCodedMachines: n(r.chipped_coded),
    notRetrofittedMachines: n(r.machines) - n(r.chipped),
  };
}

/** Figures grouped by (town, sector) or by town alone, as the progress report adds them up. */
export interface Group {
  townId: string;
  sector: string;
  totals: Partial<Totals>;
}

/** The progress report's grouped figures (see {@link FigureSource.groups}). */
export interface ProgressGroups {
  byTown: Group[];
  workersBySector: Group[];
}

/**
 * Where progress and 附件1 read their figures from: the rollup tables (what the server serves)
 * or a recount from the registry's own tables (the reference the rollups are checked against).
 */
export interface FigureSource {
  /** Per site group (town, sector, owner) and per owner: what 附件1 lists. */
  snapshot(
    db: SqlExecutor,
    area: AreaRef,
    sectors: readonly string[] | undefined,
    day: string,
  ): Promise<InventorySnapshot>;
  /**
   * The progress report's figures in small grouped results: machines and sites per (town,
   * sector), machines without a site per town (sector `unassigned`), workers per town and per
   * sector (a worker counts in every sector its employer has a site in).
   */
  groups(
    db: SqlExecutor,
    area: AreaRef,
    sectors: readonly string[] | undefined,
    day: string,
  ): Promise<ProgressGroups>;
}

/** Inspection visits per town, and those with a finding (持证 or 加芯赋码 not in order). */
export async function inspectionGroups(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
): Promise<{ townId: string; totals: Partial<Totals> }[]> {
  const towns = townsOfArea('town_id', area);
  const sector = sectorClause('sector', sectors);
  const inSectors =
    sectors === undefined ? '' : ` AND site_id IN (SELECT id FROM sites WHERE 1 = 1${sector.sql})`;
  const rows = await db.query(
    `SELECT town_id, COUNT(*) AS visits,
        SUM(CASE WHEN certified = 0 OR chipped = 0 OR coded = 0 THEN 1 ELSE 0 END) AS findings
       FROM inspections WHERE ${towns.sql}${inSectors} GROUP BY town_id`,
    [...towns.params, ...(sectors === undefined ? [] : sector.params)],
  );
  return rows.map((r) => ({
    townId: String(r.town_id),
    totals: { inspections: n(r.visits), inspectionsWithFindings: n(r.findings) },
  }));
}
