import type { SqlDatabase, SqlRow } from '../storage/sql-database';

/** A chip's latest live fix, WGS-84 as chips report (spec/protocol.md Location). */
export interface ChipFix {
  lat: number;
  lon: number;
  /** Metres; 0 = unknown. */
  accuracyM: number;
  /** When the chip took the fix (Unix ms). */
  atMs: number;
}

/** What the platform last knew of a chip: its fix and whether it reported tampering. */
export interface ChipState {
  fix?: ChipFix;
  /** Set by a tamper alarm (enclosure opened, chip removed, arc without a grant) until cleared. */
  tamper?: { atMs: number; reason: string };
}

function fromRow(row: SqlRow): ChipState {
  const state: ChipState = {};
  if (row.latitude !== null && row.latitude !== undefined) {
    state.fix = {
      lat: Number(row.latitude),
      lon: Number(row.longitude),
      accuracyM: Number(row.accuracy_m ?? 0),
      atMs: Number(row.fix_at),
    };
  }
  if (row.tampered_at !== null && row.tampered_at !== undefined) {
    state.tamper = { atMs: Number(row.tampered_at), reason: String(row.tamper_reason) };
  }
  return state;
}

/**
 * The `chip_state` table (migration 3): the storage behind the in-memory view the decision
 * pipeline keeps, so a restarted server still knows where each chip was and which reported
 * tampering.
 */
export class ChipStateStore {
  constructor(private readonly db: SqlDatabase) {}

  async get(chipId: string): Promise<ChipState> {
    const rows = await this.db.query('SELECT * FROM chip_state WHERE chip_id = ?', [chipId]);
    return rows[0] === undefined ? {} : fromRow(rows[0]);
  }

  /** Keeps `fix` unless the stored one is newer (records can arrive out of order). */
  async putFix(chipId: string, fix: ChipFix): Promise<void> {
    await this.db.execute(
      `INSERT INTO chip_state (chip_id, latitude, longitude, accuracy_m, fix_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (chip_id) DO UPDATE SET latitude = excluded.latitude, longitude = excluded.longitude,
          accuracy_m = excluded.accuracy_m, fix_at = excluded.fix_at
        WHERE chip_state.fix_at IS NULL OR chip_state.fix_at <= excluded.fix_at`,
      [chipId, fix.lat, fix.lon, fix.accuracyM, fix.atMs],
    );
  }

  async putTamper(chipId: string, atMs: number, reason: string): Promise<void> {
    await this.db.execute(
      `INSERT INTO chip_state (chip_id, tampered_at, tamper_reason) VALUES (?, ?, ?)
        ON CONFLICT (chip_id) DO UPDATE SET tampered_at = excluded.tampered_at, tamper_reason = excluded.tamper_reason`,
      [chipId, atMs, reason],
    );
  }

  async clearTamper(chipId: string): Promise<void> {
    await this.db.execute(
      'UPDATE chip_state SET tampered_at = NULL, tamper_reason = NULL WHERE chip_id = ?',
      [chipId],
    );
  }
}
