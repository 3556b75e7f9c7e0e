import type { CrowdedPlace } from '../registry/crowded-places';
import type { SqlDatabase } from '../storage/sql-database';
import { textOrNull } from '../storage/table';

/** A certificate the sweep looks at, with where its holder's employer is. */
export interface CertificateDue {
  id: string;
  workerId: string;
  type: string;
  expiresOn: string;
  townId: string | null;
  districtId: string | null;
}

/** The registry reads the monitoring rules need, in one place. */
export class RegistryLookups {
  constructor(private readonly db: SqlDatabase) {}

  /** Opening hours of the crowded places at `siteId`. */
  async crowdedPlaces(siteId: string): Promise<{ id: string; openingHours: CrowdedPlace['openingHours'] }[]> {
    const rows = await this.db.query('SELECT id, opening_hours FROM crowded_places WHERE site_id = ?', [
      siteId,
    ]);
    return rows.map((row) => ({
      id: String(row.id),
      openingHours: JSON.parse(String(row.opening_hours)) as CrowdedPlace['openingHours'],
    }));
  }

  /** Special periods of any of `areaIds` in force at `atMs`. */
  async activeSpecialPeriods(
    areaIds: readonly string[],
    atMs: number,
  ): Promise<{ id: string; name: string }[]> {
    if (areaIds.length === 0) return [];
    const rows = await this.db.query(
      `SELECT id, name FROM special_periods
       WHERE area_id IN (${areaIds.map(() => '?').join(', ')}) AND starts_at <= ? AND ends_at > ? ORDER BY id`,
      [...areaIds, atMs, atMs],
    );
    return rows.map((row) => ({ id: String(row.id), name: String(row.name) }));
  }

  /**
   * Certificates expiring on or before `day` (`YYYY-MM-DD`), leaving out those the holder has
   * already replaced by a later one of the same type.
   */
  async certificatesDueBy(day: string): Promise<CertificateDue[]> {
    const rows = await this.db.query(
      `SELECT c.id, c.worker_id, c.type, c.expires_on, owners.town_id, towns.parent_id AS district_id
       FROM certificates c
       JOIN workers ON workers.id = c.worker_id
       LEFT JOIN owners ON owners.id = workers.employer_id
       LEFT JOIN areas towns ON towns.id = owners.town_id
       WHERE c.expires_on <= ? AND NOT EXISTS (
         SELECT 1 FROM certificates later
         WHERE later.worker_id = c.worker_id AND later.type = c.type AND later.expires_on > c.expires_on)
       ORDER BY c.id`,
      [day],
    );
    return rows.map((row) => ({
      id: String(row.id),
      workerId: String(row.worker_id),
      type: String(row.type),
      expiresOn: String(row.expires_on),
      townId: textOrNull(row.town_id),
      districtId: textOrNull(row.district_id),
    }));
  }

  /** Expiry days of a worker's certificates. */
  async certificatesOf(workerId: string): Promise<{ id: string; expiresOn: string }[]> {
    const rows = await this.db.query(
      'SELECT id, expires_on FROM certificates WHERE worker_id = ? ORDER BY id',
      [workerId],
    );
    return rows.map((row) => ({ id: String(row.id), expiresOn: String(row.expires_on) }));
  }
}
