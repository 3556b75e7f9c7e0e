import { BatchWriter } from './batch-writer';
import type { SqlDatabase, SqlExecutor, SqlRow } from './sql-database';

/** A handshake transcript from which any instance re-derives the same session keys. */
export interface HandshakeTranscript {
  /** Random id naming this handshake (machine connections and session ids use it). */
  id: string;
  /** The chip's hello envelope as received. */
  hello: Uint8Array;
  /** Every random byte the platform drew answering it (ephemeral X25519 secret, server nonce). */
  entropy: Uint8Array;
  /** The platform clock it put in the challenge, Unix ms. */
  ms: number;
}

/** The latest authenticated session of a chip. */
export interface EstablishedSession extends HandshakeTranscript {
  transport: string;
  /** The chip's auth response envelope. */
  auth: Uint8Array;
  epoch: number;
  /** False once the session ended (Last Will, socket closed). */
  live: boolean;
}

/** What storage knows about a chip's sessions. */
export interface ChipSessionRow {
  chipId: string;
  pending?: HandshakeTranscript;
  session?: EstablishedSession;
  highestEpoch: number;
}

const bytes = (value: unknown): Uint8Array => new Uint8Array(value as Uint8Array);

function fromRow(row: SqlRow): ChipSessionRow {
  const result: ChipSessionRow = { chipId: String(row.chip_id), highestEpoch: Number(row.highest_epoch) };
  if (row.pending_id !== null && row.pending_id !== undefined) {
    result.pending = {
      id: String(row.pending_id),
      hello: bytes(row.pending_hello),
      entropy: bytes(row.pending_entropy),
      ms: Number(row.pending_ms),
    };
  }
  if (row.session_id !== null && row.session_id !== undefined) {
    result.session = {
      id: String(row.session_id),
      transport: String(row.session_transport),
      hello: bytes(row.session_hello),
      entropy: bytes(row.session_entropy),
      ms: Number(row.session_ms),
      auth: bytes(row.session_auth),
      epoch: Number(row.session_epoch),
      live: Number(row.session_live) === 1,
    };
  }
  return result;
}

/**
 * Chip sessions kept in storage so that every server instance sharing the database can verify a
 * chip's uplinks, and a restarted instance still refuses stale boot epochs (spec/server.md,
 * WC-SRV-052). The rows hold session secrets' inputs: protect the database like the platform keys
 * it already holds.
 */
export class ChipSessionStore {
  /** Handshakes come in storms (a broker restart reconnects every chip): group their commits. */
  private readonly writes: BatchWriter<(tx: SqlExecutor) => Promise<unknown>, void>;

  constructor(private readonly db: SqlDatabase) {
    this.writes = new BatchWriter({
      write: (ops) =>
        db.transaction(async (tx) => {
          for (const op of ops) await op(tx);
          return ops.map(() => undefined);
        }),
      maxBatch: 200,
      maxDelayMs: 2,
    });
  }

  async get(chipId: string): Promise<ChipSessionRow | undefined> {
    const rows = await this.db.query('SELECT * FROM chip_sessions WHERE chip_id = ?', [chipId]);
    return rows[0] === undefined ? undefined : fromRow(rows[0]);
  }

  /** Records a handshake in progress; it replaces an older pending one, never the live session. */
  async savePending(chipId: string, pending: HandshakeTranscript, now: number): Promise<void> {
    await this.writes.submit((tx) =>
      tx.execute(
        `INSERT INTO chip_sessions (chip_id, pending_id, pending_hello, pending_entropy, pending_ms, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (chip_id) DO UPDATE SET pending_id = excluded.pending_id,
         pending_hello = excluded.pending_hello, pending_entropy = excluded.pending_entropy,
         pending_ms = excluded.pending_ms, updated_at = excluded.updated_at`,
        [chipId, pending.id, pending.hello, pending.entropy, pending.ms, now],
      ),
    );
  }

  /** Makes `session` the chip's live session and raises its highest authenticated epoch. */
  async establish(chipId: string, session: Omit<EstablishedSession, 'live'>, now: number): Promise<void> {
    await this.writes.submit((tx) =>
      tx.execute(
        `INSERT INTO chip_sessions (chip_id, session_id, session_transport, session_hello, session_entropy,
         session_ms, session_auth, session_epoch, session_live, highest_epoch, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (chip_id) DO UPDATE SET session_id = excluded.session_id,
         session_transport = excluded.session_transport, session_hello = excluded.session_hello,
         session_entropy = excluded.session_entropy, session_ms = excluded.session_ms,
         session_auth = excluded.session_auth, session_epoch = excluded.session_epoch, session_live = 1,
         highest_epoch = CASE WHEN chip_sessions.highest_epoch > excluded.highest_epoch
           THEN chip_sessions.highest_epoch ELSE excluded.highest_epoch END,
         pending_id = CASE WHEN chip_sessions.pending_id = excluded.session_id THEN NULL
           ELSE chip_sessions.pending_id END,
         updated_at = excluded.updated_at`,
        [
          chipId,
          session.id,
          session.transport,
          session.hello,
          session.entropy,
          session.ms,
          session.auth,
          session.epoch,
          session.epoch,
          now,
        ],
      ),
    );
  }

  /** Marks the session `sessionId` ended (a newer one is left alone). */
  async end(chipId: string, sessionId: string | undefined, now: number): Promise<void> {
    if (sessionId === undefined) {
      await this.db.execute('UPDATE chip_sessions SET session_live = 0, updated_at = ? WHERE chip_id = ?', [
        now,
        chipId,
      ]);
      return;
    }
    await this.db.execute(
      'UPDATE chip_sessions SET session_live = 0, updated_at = ? WHERE chip_id = ? AND session_id = ?',
      [now, chipId, sessionId],
    );
  }
}
