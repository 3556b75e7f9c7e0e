import type { SqlExecutor } from '../storage/sql-database';
import {
  type AreaRef,
  type FigureSource,
  type Group,
  type InventorySnapshot,
  MACHINE_COUNTS,
  machineTotals,
  n,
  type ProgressGroups,
  sectorClause,
  type Totals,
  townsOfArea,
} from './inventory';

/**
 * The inventory of an area's towns: each site with its machine counts (machines are grouped per
 * site first, from a covering index, then joined to their sites), and each owner with its
 * workers (certified on `day`, trained) and machines registered without a site. Decommissioned
 * machines are out of the inventory; a sector officer's snapshot holds only its sectors.
 */
async function inventorySnapshot(
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

/**
 * The progress report's figures in small grouped results: machines and sites per (town, sector),
 * machines without a site per town (sector `unassigned`), workers per town and per sector (a
 * worker counts in every sector its employer has a site in). Each query walks covering indexes.
 */
async function progressGroups(
  db: SqlExecutor,
  area: AreaRef,
  sectors: readonly string[] | undefined,
  day: string,
): Promise<ProgressGroups> {
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

/**
 * The figures counted from scratch from the registry's tables (sites, machines, owners, workers,
 * certificates, training attendance): slow on a city, kept as the reference the rollup tables
 * must agree with (the property tests compare every report both ways).
 */
export const RECOUNT_FIGURES: FigureSource = { snapshot: inventorySnapshot, groups: progressGroups };
