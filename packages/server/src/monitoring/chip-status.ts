import type { SqlDatabase } from '../storage/sql-database';

/** A chip whose condition has lasted since `sinceMs`. */
export interface LastingCondition {
  chipId: string;
  sinceMs: number;
}

/**
 * Each chip's presence and energised state, written only when they change (never per record),
 * so the sweep's offline and on-too-long rules survive a restart.
 */
export class ChipStatusStore {
  constructor(private readonly db: SqlDatabase) {}

  /** Online: clears `offline_since`. */
  online(chipId: string, atMs: number): Promise<number> {
    return this.upsert(chipId, atMs, 'online = 1, offline_since = NULL', [1, null, null]);
  }

  /** Offline since `atMs`, unless already offline since earlier. */
  offline(chipId: string, atMs: number): Promise<number> {
    return this.upsert(
      chipId,
      atMs,
      'online = 0, offline_since = COALESCE(chip_status.offline_since, excluded.offline_since)',
      [0, atMs, null],
    );
  }

  /** Energised since `atMs` (kept if already energised), or not energised (`null`). */
  energised(chipId: string, atMs: number, on: boolean): Promise<number> {
    return on
      ? this.upsert(
          chipId,
          atMs,
          'energised_since = COALESCE(chip_status.energised_since, excluded.energised_since)',
          [1, null, atMs],
        )
      : this.upsert(chipId, atMs, 'energised_since = NULL', [1, null, null]);
  }

  /** Chips offline since before `beforeMs`. */
  async offlineSince(beforeMs: number): Promise<LastingCondition[]> {
    const rows = await this.db.query(
      'SELECT chip_id, offline_since FROM chip_status WHERE online = 0 AND offline_since < ?',
      [beforeMs],
    );
    return rows.map((row) => ({ chipId: String(row.chip_id), sinceMs: Number(row.offline_since) }));
  }

  /** Chips energised since before `beforeMs`. */
  async energisedSince(beforeMs: number): Promise<LastingCondition[]> {
    const rows = await this.db.query(
      'SELECT chip_id, energised_since FROM chip_status WHERE energised_since < ?',
      [beforeMs],
    );
    return rows.map((row) => ({ chipId: String(row.chip_id), sinceMs: Number(row.energised_since) }));
  }

  private upsert(
    chipId: string,
    atMs: number,
    update: string,
    [online, offlineSince, energisedSince]: [number, number | null, number | null],
  ): Promise<number> {
    return this.db.execute(
      `INSERT INTO chip_status (chip_id, online, offline_since, energised_since, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (chip_id) DO UPDATE SET ${update}, updated_at = excluded.updated_at`,
      [chipId, online, offlineSince, energisedSince, atMs],
    );
  }
}
