import type { SqlExecutor, SqlValue } from '../storage/sql-database';
import {
  type AreaRef,
  type FigureSource,
  type Group,
  type InventorySnapshot,
  machineTotals,
  n,
  type ProgressGroups,
  sectorClause,
  type Totals,
  townsOfArea,
} from './inventory';

const SUMS = `SUM(machines) AS machines, SUM(chipped) AS chipped, SUM(coded) AS coded,
        SUM(chipped_coded) AS chipped_coded`;

/** The site rows of an area (and a sector officer's sectors), as a WHERE clause over rollup_sites. */
function siteFilter(area: AreaRef, sectors: readonly string[] | undefined) {
  const towns = townsOfArea('town_id', area);
  const sector = sectorClause('sector', sectors);
  return { sql: `${towns.sql}${sector.sql}`, params: [...towns.params, ...sector.params] };
}

/**
 * Workers per owner of the area's owners: how many, certified on `day` (an unexpired
 * certificate), trained; a sector officer's only count owners with a site in its sectors.
 */
async function workersPerOwner(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  day: string,
): Promise<{ ownerId: string; townId: string; totals: Partial<Totals> }[]> {
  const towns = townsOfArea('town_id', area);
  const sites = siteFilter(area, sectors);
  const inSectors =
    sectors === undefined ? '' : ` AND owner_id IN (SELECT owner_id FROM rollup_sites WHERE ${sites.sql})`;
  const params: SqlValue[] = [day, ...towns.params, ...(sectors === undefined ? [] : sites.params)];
  const rows = await db.query(
    `SELECT owner_id, town_id, COUNT(*) AS workers,
        SUM(CASE WHEN certified_until >= ? THEN 1 ELSE 0 END) AS certified, SUM(trained) AS trained
       FROM rollup_workers WHERE ${towns.sql}${inSectors}
      GROUP BY town_id, owner_id`,
    params,
  );
  return rows.map((r) => ({
    ownerId: String(r.owner_id),
    townId: String(r.town_id),
    totals: { workers: n(r.workers), certifiedWorkers: n(r.certified), trainedWorkers: n(r.trained) },
  }));
}

async function snapshot(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  day: string,
): Promise<InventorySnapshot> {
  const sites = siteFilter(area, sectors);
  const siteRows = await db.query(
    `SELECT town_id, sector, owner_id, COUNT(*) AS sites, ${SUMS}
       FROM rollup_sites WHERE ${sites.sql} GROUP BY town_id, sector, owner_id`,
    sites.params,
  );
  const towns = townsOfArea('o.town_id', area);
  const inSectors =
    sectors === undefined ? '' : ` AND o.id IN (SELECT owner_id FROM rollup_sites WHERE ${sites.sql})`;
  const ownerRows = await db.query(
    `SELECT o.id AS id, o.name AS name, o.credit_code AS credit_code, o.town_id AS town_id,
        r.machines AS machines, r.chipped AS chipped, r.coded AS coded, r.chipped_coded AS chipped_coded
       FROM owners o LEFT JOIN rollup_owners r ON r.owner_id = o.id
      WHERE ${towns.sql}${inSectors}`,
    [...towns.params, ...(sectors === undefined ? [] : sites.params)],
  );
  const workers = new Map((await workersPerOwner(db, area, sectors, day)).map((w) => [w.ownerId, w.totals]));
  return {
    sites: siteRows.map((r) => ({
      townId: String(r.town_id),
      sector: String(r.sector),
      ownerId: String(r.owner_id),
      totals: { sites: n(r.sites), ...machineTotals(r) },
    })),
    owners: ownerRows.map((r) => {
      const id = String(r.id);
      return {
        id,
        name: String(r.name),
        creditCode: r.credit_code == null ? '' : String(r.credit_code),
        townId: String(r.town_id),
        totals: {
          workers: 0,
          certifiedWorkers: 0,
          trainedWorkers: 0,
          ...workers.get(id),
          ...(sectors === undefined ? machineTotals(r) : {}),
        },
      };
    }),
  };
}

async function groups(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  day: string,
): Promise<ProgressGroups> {
  const sites = siteFilter(area, sectors);
  const siteGroups = await db.query(
    `SELECT town_id, sector, COUNT(*) AS sites, ${SUMS}
       FROM rollup_sites WHERE ${sites.sql} GROUP BY town_id, sector`,
    sites.params,
  );
  const towns = townsOfArea('town_id', area);
  const unassigned =
    sectors === undefined
      ? await db.query(
          `SELECT town_id, ${SUMS} FROM rollup_owners
            WHERE ${towns.sql} AND machines > 0 GROUP BY town_id`,
          towns.params,
        )
      : [];
  const ownerSectors = await db.query(
    `SELECT DISTINCT owner_id, sector FROM rollup_sites WHERE ${sites.sql}`,
    sites.params,
  );
  const byTown: Group[] = [
    ...siteGroups.map((r) => ({
      townId: String(r.town_id),
      sector: String(r.sector),
      totals: { sites: n(r.sites), ...machineTotals(r) },
    })),
    ...unassigned.map((r) => ({ townId: String(r.town_id), sector: 'unassigned', totals: machineTotals(r) })),
  ];
  const workersOf = new Map<string, Partial<Totals>>();
  for (const w of await workersPerOwner(db, area, sectors, day)) {
    workersOf.set(w.ownerId, w.totals);
    byTown.push({ townId: w.townId, sector: '', totals: w.totals });
  }
  const workersBySector: Group[] = [];
  for (const r of ownerSectors) {
    const totals = workersOf.get(String(r.owner_id));
    if (totals !== undefined) workersBySector.push({ townId: '', sector: String(r.sector), totals });
  }
  return { byTown, workersBySector };
}

/**
 * The figures read from the rollup tables (rollup-schema.ts): a city's progress sums one row per
 * site, owner and worker from covering indexes instead of joining every machine, certificate
 * and training attendance.
 */
export const ROLLUP_FIGURES: FigureSource = { snapshot, groups };
