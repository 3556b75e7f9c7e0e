import { convertPosition, type Datum } from '@weldcode/geofence';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { textOrNull } from '../storage/table';

/** Where a chip or machine sits in the registry: what alerts carry for routing and scoping. */
export interface SubjectContext {
  chipId: string | null;
  machineId: string | null;
  siteId: string | null;
  townId: string | null;
  districtId: string | null;
  cityId: string | null;
  sector: string | null;
  /** The site's registered position in WGS-84 (what chips report), if the site has one. */
  sitePosition: { lon: number; lat: number } | null;
}

/** A context that knows nothing: an unknown chip, a machine not (yet) on a site. */
export function emptyContext(chipId: string | null = null): SubjectContext {
  return {
    chipId,
    machineId: null,
    siteId: null,
    townId: null,
    districtId: null,
    cityId: null,
    sector: null,
    sitePosition: null,
  };
}

const SELECT = `SELECT chips.id AS chip_id, machines.id AS machine_id, sites.id AS site_id,
    sites.town_id AS town_id, towns.parent_id AS district_id, districts.parent_id AS city_id,
    sites.sector AS sector, sites.longitude AS longitude, sites.latitude AS latitude, sites.datum AS datum`;
const JOINS = `LEFT JOIN sites ON sites.id = machines.site_id
  LEFT JOIN areas towns ON towns.id = sites.town_id
  LEFT JOIN areas districts ON districts.id = towns.parent_id`;

function sitePosition(row: SqlRow): SubjectContext['sitePosition'] {
  if (row.longitude === null || row.longitude === undefined || row.latitude === null) return null;
  try {
    const wgs = convertPosition(
      { lon: Number(row.longitude), lat: Number(row.latitude), datum: (row.datum ?? 'wgs84') as Datum },
      'wgs84',
    );
    return { lon: wgs.lon, lat: wgs.lat };
  } catch {
    return null;
  }
}

function fromRow(row: SqlRow | undefined, chipId: string | null): SubjectContext {
  if (row === undefined) return emptyContext(chipId);
  return {
    chipId: textOrNull(row.chip_id) ?? chipId,
    machineId: textOrNull(row.machine_id),
    siteId: textOrNull(row.site_id),
    townId: textOrNull(row.town_id),
    districtId: textOrNull(row.district_id),
    cityId: textOrNull(row.city_id),
    sector: textOrNull(row.sector),
    sitePosition: sitePosition(row),
  };
}

/** How long a looked-up context is reused: a retrofit or a site move shows within this. */
const TTL_MS = 30_000;
const MAX_ENTRIES = 50_000;

/**
 * Resolves chip → machine → site → town → district → city, cached briefly: every record of a
 * chip needs it, and the registry changes rarely.
 */
export class SubjectContexts {
  private readonly cache = new Map<string, { at: number; context: SubjectContext }>();

  constructor(
    private readonly db: SqlDatabase,
    private readonly clock: () => number,
  ) {}

  /** The context of a chip (its machine, if bound). */
  ofChip(chipId: string): Promise<SubjectContext> {
    return this.cached(`c:${chipId}`, async () => {
      const rows = await this.db.query(
        `${SELECT} FROM chips LEFT JOIN machines ON machines.id = chips.machine_id ${JOINS} WHERE chips.id = ?`,
        [chipId],
      );
      return fromRow(rows[0], chipId);
    });
  }

  /** The context of a machine (its chip, if fitted). */
  ofMachine(machineId: string): Promise<SubjectContext> {
    return this.cached(`m:${machineId}`, async () => {
      const rows = await this.db.query(
        `${SELECT} FROM machines LEFT JOIN chips ON chips.machine_id = machines.id ${JOINS} WHERE machines.id = ?`,
        [machineId],
      );
      const context = fromRow(rows[0], null);
      return rows[0] === undefined ? { ...context, machineId } : context;
    });
  }

  /** Forgets every cached context (tests change the registry between steps). */
  clear(): void {
    this.cache.clear();
  }

  private async cached(key: string, load: () => Promise<SubjectContext>): Promise<SubjectContext> {
    const now = this.clock();
    const hit = this.cache.get(key);
    if (hit !== undefined && now - hit.at < TTL_MS && now >= hit.at) return hit.context;
    const context = await load();
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(key, { at: now, context });
    return context;
  }
}
