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
}

/** Everything the progress report and 附件1 count, read in two grouped queries. */
export interface InventorySnapshot {
  sites: SiteFigures[];
  owners: OwnerFigures[];
}

const MACHINE_COUNTS = `COUNT(*) AS machines,
      SUM(CASE WHEN status = 'retrofitted' THEN 1 ELSE 0 END) AS chipped,
      SUM(CASE WHEN plate_id IS NOT NULL THEN 1 ELSE 0 END) AS coded,
      SUM(CASE WHEN status = 'retrofitted' AND plate_id IS NOT NULL THEN 1 ELSE 0 END) AS chipped_coded`;

function machineTotals(r: Record<string, unknown>): Partial<Totals> {
  return {
    machines: n(r.machines),
    chippedMachines: n(r.chipped),
    codedMachines: n(r.coded),
    chippedAndCodedMachines: n(r.chipped_coded),
    notRetrofittedMachines: n(r.machines) - n(r.chipped),
  };
}

/**
 * The inventory of an area's towns: each site with its machine counts (machines are grouped per
 * site first, from a covering index, then joined to their sites), and each owner with its
 * workers (certified on `day`, trained) and machines registered without a site. Decommissioned
 * machines are out of the inventory; a sector officer's snapshot holds only its sectors.
 */
export async function inventorySnapshot(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  day: string,
): Promise<InventorySnapshot> {
  const siteTowns = townsOfArea('town_id', area);
  const sector = sectorClause('sector', sectors);
  const siteWhere = `${siteTowns.sql}${sector.sql}`;
  const siteParams = [...siteTowns.params, ...sector.params];
  const siteRows = await db.query(
    `SELECT s.town_id AS town_id, s.sector AS sector, s.owner_id AS owner_id,
        COUNT(DISTINCT s.id) AS sites, COUNT(m.site_id) AS machines,
        SUM(CASE WHEN m.status = 'retrofitted' THEN 1 ELSE 0 END) AS chipped,
        SUM(CASE WHEN m.plate_id IS NOT NULL THEN 1 ELSE 0 END) AS coded,
        SUM(CASE WHEN m.status = 'retrofitted' AND m.plate_id IS NOT NULL THEN 1 ELSE 0 END) AS chipped_coded
       FROM sites s LEFT JOIN machines m ON m.site_id = s.id AND m.status <> 'decommissioned'
      WHERE ${townsOfArea('s.town_id', area).sql}${sectorClause('s.sector', sectors).sql}
      GROUP BY s.town_id, s.sector, s.owner_id`,
    siteParams,
  );
  const ownerTowns = townsOfArea('town_id', area);
  const inSectors = (id: string) =>
    sectors === undefined ? '' : ` AND ${id} IN (SELECT owner_id FROM sites WHERE ${siteWhere})`;
  const ownerWhere = `${ownerTowns.sql}${inSectors('id')}`;
  const ownerParams = [...ownerTowns.params, ...(sectors === undefined ? [] : siteParams)];
  // Machines without a site count in their owner's town (not in a sector officer's figures).
  const unassigned =
    sectors === undefined
      ? `LEFT JOIN (SELECT owner_id, ${MACHINE_COUNTS} FROM machines
           WHERE site_id IS NULL AND status <> 'decommissioned' GROUP BY owner_id) u ON u.owner_id = o.id`
      : '';
  const ownerRows = await db.query(
    `SELECT o.id AS id, o.name AS name, o.credit_code AS credit_code, o.town_id AS town_id,
        w.workers AS workers, w.certified AS certified, w.trained AS trained
        ${sectors === undefined ? ', u.machines AS machines, u.chipped AS chipped, u.coded AS coded, u.chipped_coded AS chipped_coded' : ''}
       FROM owners o LEFT JOIN (
         SELECT employer_id, COUNT(*) AS workers,
            SUM(CASE WHEN EXISTS (SELECT 1 FROM certificates c WHERE c.worker_id = workers.id AND c.expires_on >= ?)
                THEN 1 ELSE 0 END) AS certified,
            SUM(CASE WHEN EXISTS (SELECT 1 FROM training_attendees a WHERE a.worker_id = workers.id)
                THEN 1 ELSE 0 END) AS trained
           FROM workers WHERE employer_id IN (SELECT id FROM owners WHERE ${ownerWhere})
          GROUP BY employer_id
       ) w ON w.employer_id = o.id ${unassigned}
      WHERE ${townsOfArea('o.town_id', area).sql}${inSectors('o.id')}`,
    [day, ...ownerParams, ...ownerParams],
  );
  return {
    sites: siteRows.map((r) => ({
      townId: String(r.town_id),
      sector: String(r.sector),
      ownerId: String(r.owner_id),
      totals: { sites: n(r.sites), ...machineTotals(r) },
    })),
    owners: ownerRows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      creditCode: r.credit_code == null ? '' : String(r.credit_code),
      townId: String(r.town_id),
      totals: {
        workers: n(r.workers),
        certifiedWorkers: n(r.certified),
        trainedWorkers: n(r.trained),
        ...(sectors === undefined ? machineTotals(r) : {}),
      },
    })),
  };
}

/** Figures grouped by (town, sector) or by town alone, as the progress report adds them up. */
export interface Group {
  townId: string;
  sector: string;
  totals: Partial<Totals>;
}

/**
 * The progress report's figures in small grouped results: machines and sites per (town, sector),
 * machines without a site per town (sector `unassigned`), workers per town and per sector (a
 * worker counts in every sector its employer has a site in). Each query walks covering indexes.
 */
export async function progressGroups(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  day: string,
): Promise<{ byTown: Group[]; workersBySector: Group[] }> {
  const sTowns = townsOfArea('s.town_id', area);
  const sSector = sectorClause('s.sector', sectors);
  const siteParams = [...sTowns.params, ...sSector.params];
  const machines = await db.query(
    `SELECT s.town_id AS town_id, s.sector AS sector, ${MACHINE_COUNTS.replaceAll('status', 'm.status').replaceAll('plate_id', 'm.plate_id')}
       FROM sites s JOIN machines m ON m.site_id = s.id
      WHERE ${sTowns.sql}${sSector.sql} AND m.status <> 'decommissioned'
      GROUP BY s.town_id, s.sector`,
    siteParams,
  );
  const sites = await db.query(
    `SELECT s.town_id AS town_id, s.sector AS sector, COUNT(*) AS sites FROM sites s
      WHERE ${sTowns.sql}${sSector.sql} GROUP BY s.town_id, s.sector`,
    siteParams,
  );
  const oTowns = townsOfArea('o.town_id', area);
  const unassigned =
    sectors === undefined
      ? await db.query(
          `SELECT o.town_id AS town_id, 'unassigned' AS sector, ${MACHINE_COUNTS}
             FROM owners o JOIN machines ON machines.owner_id = o.id
            WHERE ${oTowns.sql} AND machines.site_id IS NULL AND machines.status <> 'decommissioned'
            GROUP BY o.town_id`,
          oTowns.params,
        )
      : [];
  const inSectors =
    sectors === undefined
      ? ''
      : ` AND o.id IN (SELECT owner_id FROM sites s WHERE ${sTowns.sql}${sSector.sql})`;
  const ownerParams = [...oTowns.params, ...(sectors === undefined ? [] : siteParams)];
  const perOwner = await db.query(
    `SELECT o.id AS owner_id, o.town_id AS town_id, COUNT(*) AS workers,
        SUM(CASE WHEN EXISTS (SELECT 1 FROM certificates c WHERE c.worker_id = w.id AND c.expires_on >= ?)
            THEN 1 ELSE 0 END) AS certified,
        SUM(CASE WHEN EXISTS (SELECT 1 FROM training_attendees a WHERE a.worker_id = w.id)
            THEN 1 ELSE 0 END) AS trained
       FROM owners o JOIN workers w ON w.employer_id = o.id
      WHERE ${oTowns.sql}${inSectors}
      GROUP BY o.id, o.town_id`,
    [day, ...ownerParams],
  );
  const ownerSectors = await db.query(
    `SELECT DISTINCT s.owner_id AS owner_id, s.sector AS sector FROM sites s WHERE ${sTowns.sql}${sSector.sql}`,
    siteParams,
  );
  const byTown: Group[] = [
    ...machines.map((r) => ({
      townId: String(r.town_id),
      sector: String(r.sector),
      totals: machineTotals(r),
    })),
    ...sites.map((r) => ({
      townId: String(r.town_id),
      sector: String(r.sector),
      totals: { sites: n(r.sites) },
    })),
    ...unassigned.map((r) => ({ townId: String(r.town_id), sector: 'unassigned', totals: machineTotals(r) })),
  ];
  const workersOf = new Map<string, Partial<Totals>>();
  for (const r of perOwner) {
    const totals = { workers: n(r.workers), certifiedWorkers: n(r.certified), trainedWorkers: n(r.trained) };
    workersOf.set(String(r.owner_id), totals);
    byTown.push({ townId: String(r.town_id), sector: '', totals });
  }
  const workersBySector: Group[] = [];
  for (const r of ownerSectors) {
    const totals = workersOf.get(String(r.owner_id));
    if (totals !== undefined) workersBySector.push({ townId: '', sector: String(r.sector), totals });
  }
  return { byTown, workersBySector };
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
