import type { Static } from '@sinclair/typebox';
import type { Datum } from '@weldcode/geofence';
import type { OpeningHoursSchema } from '../registry/crowded-places';
import type { Zone } from '../registry/zone';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';

/** One weekly opening rule of a crowded place. */
export type OpeningHours = Static<typeof OpeningHoursSchema>;

/** A machine with its bound chip, as a decision needs it. */
export interface MachineFacts {
  id: string;
  codeNo: number;
  status: string;
  siteId: string | null;
  chipId: string | null;
  chipCodeNo: number | null;
  chipStatus: string | null;
}

export interface WorkerFacts {
  id: string;
  codeNo: number;
}

export interface PermitFacts {
  id: string;
  codeNo: number;
  siteId: string;
  state: string;
  workKind: string;
  startsAtMs: number;
  endsAtMs: number;
  zone: Zone;
}

/** A crowded place with its site's position, for the forbidden-zone fences. */
export interface CrowdedPlaceFacts {
  id: string;
  siteId: string;
  openingHours: OpeningHours[];
  position: { lon: number; lat: number; datum: Datum } | null;
}

function permitFrom(row: SqlRow): PermitFacts {
  return {
    id: String(row.id),
    codeNo: Number(row.code_no),
    siteId: String(row.site_id),
    state: String(row.state),
    workKind: String(row.work_kind),
    startsAtMs: Number(row.starts_at),
    endsAtMs: Number(row.ends_at),
    zone: JSON.parse(String(row.zone)) as Zone,
  };
}

/** The registry reads of one decision: each a single indexed query. */
export class DecisionLookups {
  constructor(private readonly db: SqlDatabase) {}

  async machineByCodeNo(codeNo: number): Promise<MachineFacts | undefined> {
    const rows = await this.db.query(
      `SELECT machines.id, machines.code_no, machines.status, machines.site_id,
          chips.id AS chip_id, chips.code_no AS chip_code_no, chips.status AS chip_status
        FROM machines LEFT JOIN chips ON chips.machine_id = machines.id WHERE machines.code_no = ?`,
      [codeNo],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      id: String(row.id),
      codeNo: Number(row.code_no),
      status: String(row.status),
      siteId: row.site_id === null ? null : String(row.site_id),
      chipId: row.chip_id === null ? null : String(row.chip_id),
      chipCodeNo: row.chip_code_no === null ? null : Number(row.chip_code_no),
      chipStatus: row.chip_status === null ? null : String(row.chip_status),
    };
  }

  async workerByCodeNo(codeNo: number): Promise<WorkerFacts | undefined> {
    const rows = await this.db.query('SELECT id, code_no FROM workers WHERE code_no = ?', [codeNo]);
    const row = rows[0];
    return row === undefined ? undefined : { id: String(row.id), codeNo: Number(row.code_no) };
  }

  async permitByCodeNo(codeNo: number): Promise<PermitFacts | undefined> {
    const rows = await this.db.query('SELECT * FROM permits WHERE code_no = ?', [codeNo]);
    return rows[0] === undefined ? undefined : permitFrom(rows[0]);
  }

  /** The approved permit covering both worker and machine at `atMs`, latest start first. */
  async coveringPermit(workerId: string, machineId: string, atMs: number): Promise<PermitFacts | undefined> {
    const rows = await this.db.query(
      `SELECT permits.* FROM permits
        JOIN permit_workers ON permit_workers.permit_id = permits.id AND permit_workers.worker_id = ?
        JOIN permit_machines ON permit_machines.permit_id = permits.id AND permit_machines.machine_id = ?
        WHERE permits.state = 'approved' AND permits.starts_at <= ? AND permits.ends_at > ?
        ORDER BY permits.starts_at DESC LIMIT 1`,
      [workerId, machineId, atMs, atMs],
    );
    return rows[0] === undefined ? undefined : permitFrom(rows[0]);
  }

  /** Whether the permit lists the worker and the machine (one round trip). */
  async coverage(permitId: string, workerId: string | undefined, machineId: string | undefined) {
    const rows = await this.db.query(
      `SELECT
        (SELECT COUNT(*) FROM permit_workers WHERE permit_id = ? AND worker_id = ?) AS worker,
        (SELECT COUNT(*) FROM permit_machines WHERE permit_id = ? AND machine_id = ?) AS machine`,
      [permitId, workerId ?? '', permitId, machineId ?? ''],
    );
    return { worker: Number(rows[0]?.worker ?? 0) > 0, machine: Number(rows[0]?.machine ?? 0) > 0 };
  }

  async certificatesOf(workerId: string): Promise<SqlRow[]> {
    return this.db.query('SELECT * FROM certificates WHERE worker_id = ?', [workerId]);
  }

  /** Special periods in force at `atMs` over the site's town, its district or its city. */
  async specialPeriodsAt(siteId: string, atMs: number): Promise<{ id: string; name: string }[]> {
    const rows = await this.db.query(
      `SELECT special_periods.id, special_periods.name FROM sites
        JOIN areas AS town ON town.id = sites.town_id
        LEFT JOIN areas AS district ON district.id = town.parent_id
        JOIN special_periods ON special_periods.area_id IN (town.id, district.id, district.parent_id)
        WHERE sites.id = ? AND special_periods.starts_at <= ? AND special_periods.ends_at > ?`,
      [siteId, atMs, atMs],
    );
    return rows.map((row) => ({ id: String(row.id), name: String(row.name) }));
  }

  async crowdedPlaces(): Promise<CrowdedPlaceFacts[]> {
    const rows = await this.db.query(
      `SELECT crowded_places.id, crowded_places.site_id, crowded_places.opening_hours,
          sites.longitude, sites.latitude, sites.datum
        FROM crowded_places JOIN sites ON sites.id = crowded_places.site_id`,
    );
    return rows.map((row) => ({
      id: String(row.id),
      siteId: String(row.site_id),
      openingHours: JSON.parse(String(row.opening_hours)) as OpeningHours[],
      position:
        row.longitude === null || row.latitude === null || row.datum === null
          ? null
          : { lon: Number(row.longitude), lat: Number(row.latitude), datum: row.datum as Datum },
    }));
  }
}
