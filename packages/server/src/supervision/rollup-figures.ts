import type { SqlExecutor } from '../storage/sql-database';
import {
  type AreaRef,
  type FigureSource,
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

const WORKER_SUMS = `COUNT(*) AS workers, SUM(CASE WHEN certified_until >= ? THEN 1 ELSE 0 END) AS certified,
        SUM(trained) AS trained`;

function workerTotals(r: Record<string, unknown>): Partial<Totals> {
  return { workers: n(r.workers), certifiedWorkers: n(r.certified), trainedWorkers: n(r.trained) };
}

/** The site rows of an area (and a sector officer's sectors), as a WHERE clause over rollup_sites. */
function siteFilter(area: AreaRef, sectors: readonly string[] | undefined) {
  const towns = townsOfArea('town_id', area);
  const sector = sectorClause('sector', sectors);
  return { sql: `${towns.sql}${sector.sql}`, params: [...towns.params, ...sector.params] };
}

async function snapshot(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  day: string,
): Promise<InventorySnapshot> {
  const sites = siteFilter(area, sectors);
  // Each owner's sites summed by the database, with their sectors as one string.
  const sectorList =
    db.dialect.name === 'sqlite' ? 'GROUP_CONCAT(DISTINCT sector)' : "STRING_AGG(DISTINCT sector, ',')";
  const towns = townsOfArea('o.town_id', area);
  const inSectors =
    sectors === undefined ? '' : ` AND o.id IN (SELECT owner_id FROM rollup_sites WHERE ${sites.sql})`;
  const workerTowns = townsOfArea('town_id', area);
  // Owners with their machines without a site and their workers (certified on `day`, trained).
  const ownerRows = await db.query(
    `SELECT o.id AS id, o.name AS name, o.credit_code AS credit_code, o.town_id AS town_id,
        r.machines AS machines, r.chipped AS chipped, r.coded AS coded, r.chipped_coded AS chipped_coded,
        w.workers AS workers, w.certified AS certified, w.trained AS trained,
        s.sites AS s_sites, s.machines AS s_machines, s.chipped AS s_chipped, s.coded AS s_coded,
        s.chipped_coded AS s_chipped_coded, s.sectors AS s_sectors
       FROM owners o LEFT JOIN rollup_owners r ON r.owner_id = o.id
       LEFT JOIN (SELECT owner_id, ${WORKER_SUMS} FROM rollup_workers WHERE ${workerTowns.sql}
                   GROUP BY town_id, owner_id) w ON w.owner_id = o.id
       LEFT JOIN (SELECT owner_id, COUNT(*) AS sites, ${SUMS}, ${sectorList} AS sectors
                    FROM rollup_sites WHERE ${sites.sql} GROUP BY owner_id) s ON s.owner_id = o.id
      WHERE ${towns.sql}${inSectors}`,
    [
      day,
      ...workerTowns.params,
      ...sites.params,
      ...towns.params,
      ...(sectors === undefined ? [] : sites.params),
    ],
  );
  // Plain literals, no spreads: a city's 附件1 builds tens of thousands of these.
  return {
    sites: [],
    owners: ownerRows.map((r) => {
      const totals: Partial<Totals> = sectors === undefined ? machineTotals(r) : {};
      totals.workers = n(r.workers);
      totals.certifiedWorkers = n(r.certified);
      totals.trainedWorkers = n(r.trained);
      return {
        id: String(r.id),
        name: String(r.name),
        creditCode: r.credit_code == null ? '' : String(r.credit_code),
        townId: String(r.town_id),
        totals,
        sites: {
          sectors: r.s_sectors == null ? [] : String(r.s_sectors).split(','),
          totals: {
            sites: n(r.s_sites),
            ...machineTotals({
              machines: r.s_machines,
              chipped: r.s_chipped,
              coded: r.s_coded,
              chipped_coded: r.s_chipped_coded,
            }),
          },
        },
      };
    }),
  };
}

/**
 * The progress report's groups, summed by the database: a few thousand rows for a city whatever
 * its number of sites, owners and workers.
 */
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
  const inSectors =
    sectors === undefined ? '' : ` AND owner_id IN (SELECT owner_id FROM rollup_sites WHERE ${sites.sql})`;
  const ownerParams = [...towns.params, ...(sectors === undefined ? [] : sites.params)];
  const workersByTown = await db.query(
    `SELECT town_id, ${WORKER_SUMS} FROM rollup_workers WHERE ${towns.sql}${inSectors} GROUP BY town_id`,
    [day, ...ownerParams],
  );
  // A worker counts once in every sector its employer has a site in (within the area).
  const workersBySector = await db.query(
    `SELECT s.sector AS sector, SUM(w.workers) AS workers, SUM(w.certified) AS certified,
        SUM(w.trained) AS trained
       FROM (SELECT DISTINCT owner_id, sector FROM rollup_sites WHERE ${sites.sql}) s
       JOIN (SELECT owner_id, ${WORKER_SUMS} FROM rollup_workers WHERE ${towns.sql}${inSectors}
              GROUP BY owner_id) w ON w.owner_id = s.owner_id
      GROUP BY s.sector`,
    [...sites.params, day, ...ownerParams],
  );
  return {
    byTown: [
      ...siteGroups.map((r) => ({
        townId: String(r.town_id),
        sector: String(r.sector),
        totals: { sites: n(r.sites), ...machineTotals(r) },
      })),
      ...unassigned.map((r) => ({
        townId: String(r.town_id),
        sector: 'unassigned',
        totals: machineTotals(r),
      })),
      ...workersByTown.map((r) => ({ townId: String(r.town_id), sector: '', totals: workerTotals(r) })),
    ],
    workersBySector: workersBySector.map((r) => ({
      townId: '',
      sector: String(r.sector),
      totals: workerTotals(r),
    })),
  };
}

/**
 * The figures read from the rollup tables (rollup-schema.ts): a city's progress sums one row per
 * site, owner and worker from covering indexes instead of joining every machine, certificate
 * and training attendance.
 */
export const ROLLUP_FIGURES: FigureSource = { snapshot, groups };
