import { ServerError } from '../server-error';
import type { SqlDatabase, SqlExecutor, SqlRow } from './sql-database';

/**
 * One uplink as ingest stores it. `(chipId, bootEpoch, seq)` is its idempotency key: the chip
 * numbers uplinks from 0 after each boot and stamps the boot epoch, so a retransmission after a
 * lost ack carries the same key.
 */
export interface UplinkRecord {
  chipId: string;
  bootEpoch: number;
  seq: number;
  /** Message type as the protocol names it (telemetry, arc-session, tamper, ...). */
  kind: string;
  /** When the platform received it, epoch milliseconds. */
  receivedAt: number;
  /** The message exactly as authenticated on the wire. */
  payload: Uint8Array;
}

/** What became of one appended uplink: newly stored, or a repeat of one stored before. */
export type UplinkOutcome = 'stored' | 'duplicate';

function key(record: UplinkRecord): string {
  return `${record.chipId}\u0000${record.bootEpoch}\u0000${record.seq}`;
}

async function appendSqlite(tx: SqlExecutor, records: readonly UplinkRecord[]): Promise<UplinkOutcome[]> {
  const outcomes: UplinkOutcome[] = [];
  for (const r of records) {
    const changed = await tx.execute(
      'INSERT INTO uplinks (chip_id, boot_epoch, seq, kind, received_at, payload) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      [r.chipId, r.bootEpoch, r.seq, r.kind, r.receivedAt, r.payload],
    );
    outcomes.push(changed === 1 ? 'stored' : 'duplicate');
  }
  return outcomes;
}

/** One statement for the whole batch: a round trip per uplink would cap PostgreSQL's throughput. */
async function appendPostgres(tx: SqlExecutor, records: readonly UplinkRecord[]): Promise<UplinkOutcome[]> {
  const rows = await tx.query<{ chip_id: string; boot_epoch: number; seq: number }>(
    `INSERT INTO uplinks (chip_id, boot_epoch, seq, kind, received_at, payload)
     SELECT * FROM unnest(?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::bytea[])
     ON CONFLICT DO NOTHING RETURNING chip_id, boot_epoch, seq`,
    [
      records.map((r) => r.chipId),
      records.map((r) => r.bootEpoch),
      records.map((r) => r.seq),
      records.map((r) => r.kind),
      records.map((r) => r.receivedAt),
      records.map((r) => Buffer.from(r.payload)),
    ] as never,
  );
  const inserted = new Set(rows.map((row) => `${row.chip_id}\u0000${row.boot_epoch}\u0000${row.seq}`));
  // A key repeated inside the batch was inserted once: its first occurrence is the stored one.
  return records.map((record) => (inserted.delete(key(record)) ? 'stored' : 'duplicate'));
}

function uplinkRow(row: SqlRow): UplinkRecord {
  return {
    chipId: String(row.chip_id),
    bootEpoch: Number(row.boot_epoch),
    seq: Number(row.seq),
    kind: String(row.kind),
    receivedAt: Number(row.received_at),
    payload: new Uint8Array(row.payload as Uint8Array),
  };
}

function decodeUplinkCursor(cursor: string): { epoch: number; seq: number } {
  const match = /^(\d{1,10})\.(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match === null || Buffer.from(`${match[1]}.${match[2]}`).toString('base64url') !== cursor) {
    throw new ServerError('ERR_SRV_VALIDATION', 'the cursor is not one this server issued', {
      details: { cursor },
    });
  }
  return { epoch: Number(match[1]), seq: Number(match[2]) };
}

/** The durable, idempotent uplink log that ingest writes in batches. */
export class UplinkStore {
  constructor(private readonly db: SqlDatabase) {}

  /**
   * Appends `records` in one transaction and resolves, after the commit, to each record's
   * outcome in input order. A record whose key is already stored is dropped as a duplicate.
   */
  append(records: readonly UplinkRecord[]): Promise<UplinkOutcome[]> {
    if (records.length === 0) return Promise.resolve([]);
    return this.db.transaction((tx) =>
      tx.dialect.name === 'postgres' ? appendPostgres(tx, records) : appendSqlite(tx, records),
    );
  }

  /** How many uplinks are stored, for one chip or in all. */
  async count(chipId?: string): Promise<number> {
    const rows =
      chipId === undefined
        ? await this.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM uplinks')
        : await this.db.query<{ n: number }>('SELECT COUNT(*) AS n FROM uplinks WHERE chip_id = ?', [chipId]);
    return Number(rows[0]?.n ?? 0);
  }

  /** The stored uplinks of a chip in key order (audits and tests). */
  async list(chipId: string): Promise<UplinkRecord[]> {
    const rows = await this.db.query(
      'SELECT chip_id, boot_epoch, seq, kind, received_at, payload FROM uplinks WHERE chip_id = ? ORDER BY boot_epoch, seq',
      [chipId],
    );
    return rows.map(uplinkRow);
  }

  /**
   * One page of a chip's stored uplinks in key order (boot epoch, seq): the read side of the
   * idempotency key, for audits and the conformance suite (WC-SRV-148). The cursor is the last
   * key of the previous page.
   */
  async page(
    chipId: string,
    request: { limit: number; cursor?: string | undefined },
  ): Promise<{ items: UplinkRecord[]; nextCursor: string | null }> {
    const after = request.cursor === undefined ? undefined : decodeUplinkCursor(request.cursor);
    const rows = await this.db.query(
      `SELECT chip_id, boot_epoch, seq, kind, received_at, payload FROM uplinks WHERE chip_id = ?${
        after === undefined ? '' : ' AND (boot_epoch > ? OR (boot_epoch = ? AND seq > ?))'
      } ORDER BY boot_epoch, seq LIMIT ?`,
      [chipId, ...(after === undefined ? [] : [after.epoch, after.epoch, after.seq]), request.limit + 1],
    );
    const items = rows.slice(0, request.limit).map(uplinkRow);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        rows.length > request.limit && last !== undefined
          ? Buffer.from(`${last.bootEpoch}.${last.seq}`).toString('base64url')
          : null,
    };
  }

  /**
   * The highest seq such that every seq from 1 to it of the chip's boot is stored (0 when seq 1
   * is missing): what an ack may claim cumulatively (WC-PROTO-035).
   */
  async contiguousFloor(chipId: string, bootEpoch: number): Promise<number> {
    const stats = await this.db.query<{ n: number; lo: number | null; hi: number | null }>(
      'SELECT COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi FROM uplinks WHERE chip_id = ? AND boot_epoch = ?',
      [chipId, bootEpoch],
    );
    const { n, lo, hi } = stats[0] ?? { n: 0, lo: null, hi: null };
    if (lo === null || Number(lo) !== 1) return 0;
    if (Number(n) === Number(hi)) return Number(hi);
    const gaps = await this.db.query<{ floor: number }>(
      `SELECT MIN(u.seq) AS floor FROM uplinks u WHERE u.chip_id = ? AND u.boot_epoch = ? AND NOT EXISTS
         (SELECT 1 FROM uplinks v WHERE v.chip_id = u.chip_id AND v.boot_epoch = u.boot_epoch AND v.seq = u.seq + 1)`,
      [chipId, bootEpoch],
    );
    return Number(gaps[0]?.floor ?? 0);
  }

  /** The highest stored seq of a chip's boot, or -1: where a reconnecting chip resumes. */
  async lastSeq(chipId: string, bootEpoch: number): Promise<number> {
    const rows = await this.db.query<{ last: number | null }>(
      'SELECT MAX(seq) AS last FROM uplinks WHERE chip_id = ? AND boot_epoch = ?',
      [chipId, bootEpoch],
    );
    const last = rows[0]?.last;
    return last === null || last === undefined ? -1 : Number(last);
  }
}
