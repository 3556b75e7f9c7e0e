import type { RevocableKind, RevocationEntry } from '@weldcode/qr';
import type { SqlDatabase, SqlExecutor, SqlRow } from '../storage/sql-database';

/** Where an issued code stands: the one in use, replaced by a newer one, or withdrawn. */
export type IssuedCodeState = 'current' | 'superseded' | 'revoked';

/** One signed code as the platform issued it. */
export interface IssuedCodeRow {
  id: string;
  kind: RevocableKind;
  /** The registry id of the machine, worker or permit it names. */
  subjectId: string;
  /** The subject's code number (what the code and revocation entries carry). */
  codeNo: number;
  /** Plate sequence, credential issue time (s); permits 0, +1 per re-issue (WC-SRV-083). */
  serial: number;
  text: string;
  cose: Uint8Array;
  /** Hex of the first 8 bytes of SHA-256 of the COSE bytes (WC-QR-053). */
  bindingHash: string;
  state: IssuedCodeState;
  issuedAt: number;
  revokedAt: number | null;
  revokeReason: string | null;
}

/** A published trust or revocation list. */
export interface PublishedList {
  number: number;
  issuedAt: number;
  cose: Uint8Array;
  /** Revocation lists: the delta from `number - 1` (absent on the first list). */
  delta: Uint8Array | null;
  entries: RevocationEntry[];
}

function bytesOf(value: unknown): Uint8Array {
  return new Uint8Array(value as Uint8Array);
}

function codeFromRow(row: SqlRow): IssuedCodeRow {
  return {
    id: String(row.id),
    kind: row.kind as RevocableKind,
    subjectId: String(row.subject_id),
    codeNo: Number(row.code_no),
    serial: Number(row.serial),
    text: String(row.text),
    cose: bytesOf(row.cose),
    bindingHash: String(row.binding_hash),
    state: row.state as IssuedCodeState,
    issuedAt: Number(row.issued_at),
    revokedAt: row.revoked_at === null || row.revoked_at === undefined ? null : Number(row.revoked_at),
    revokeReason:
      row.revoke_reason === null || row.revoke_reason === undefined ? null : String(row.revoke_reason),
  };
}

function listFromRow(row: SqlRow): PublishedList {
  return {
    number: Number(row.number),
    issuedAt: Number(row.issued_at),
    cose: bytesOf(row.cose),
    delta: row.delta === null || row.delta === undefined ? null : bytesOf(row.delta),
    entries: JSON.parse(String(row.entries)) as RevocationEntry[],
  };
}

/**
 * SQL of the code tables (migration 3): issued codes, the revocation entries in force and the
 * published lists. Writes take the caller's transaction, so a code, its revocation entry, the new
 * list and the audit entry commit together.
 */
export class CodeStore {
  constructor(readonly db: SqlDatabase) {}

  async insertCode(tx: SqlExecutor, code: IssuedCodeRow): Promise<void> {
    await tx.execute(
      'INSERT INTO issued_codes (id, kind, subject_id, code_no, serial, text, cose, binding_hash, state, issued_at, revoked_at, revoke_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [
        code.id,
        code.kind,
        code.subjectId,
        code.codeNo,
        code.serial,
        code.text,
        code.cose,
        code.bindingHash,
        code.state,
        code.issuedAt,
        code.revokedAt,
        code.revokeReason,
      ],
    );
  }

  /** Marks every current code of a subject superseded (before a new one is inserted). */
  async supersede(tx: SqlExecutor, kind: RevocableKind, subjectId: string): Promise<number> {
    return tx.execute(
      "UPDATE issued_codes SET state = 'superseded' WHERE kind = ? AND subject_id = ? AND state = 'current'",
      [kind, subjectId],
    );
  }

  async setRevoked(tx: SqlExecutor, id: string, at: number, reason: string): Promise<number> {
    return tx.execute(
      "UPDATE issued_codes SET state = 'revoked', revoked_at = ?, revoke_reason = ? WHERE id = ? AND state <> 'revoked'",
      [at, reason, id],
    );
  }

  async get(db: SqlExecutor, id: string): Promise<IssuedCodeRow | undefined> {
    const rows = await db.query('SELECT * FROM issued_codes WHERE id = ?', [id]);
    return rows[0] === undefined ? undefined : codeFromRow(rows[0]);
  }

  async byBindingHash(hash: string): Promise<IssuedCodeRow | undefined> {
    const rows = await this.db.query('SELECT * FROM issued_codes WHERE binding_hash = ?', [hash]);
    return rows[0] === undefined ? undefined : codeFromRow(rows[0]);
  }

  /** The codes of one subject, newest first. */
  async ofSubject(db: SqlExecutor, kind: RevocableKind, subjectId: string): Promise<IssuedCodeRow[]> {
    const rows = await db.query(
      'SELECT * FROM issued_codes WHERE kind = ? AND subject_id = ? ORDER BY serial DESC, issued_at DESC',
      [kind, subjectId],
    );
    return rows.map(codeFromRow);
  }

  async current(db: SqlExecutor, kind: RevocableKind, subjectId: string): Promise<IssuedCodeRow | undefined> {
    const rows = await db.query(
      "SELECT * FROM issued_codes WHERE kind = ? AND subject_id = ? AND state = 'current'",
      [kind, subjectId],
    );
    return rows[0] === undefined ? undefined : codeFromRow(rows[0]);
  }

  async maxSerial(tx: SqlExecutor, kind: RevocableKind, subjectId: string): Promise<number> {
    const rows = await tx.query(
      'SELECT MAX(serial) AS serial FROM issued_codes WHERE kind = ? AND subject_id = ?',
      [kind, subjectId],
    );
    const value = rows[0]?.serial;
    return value === null || value === undefined ? 0 : Number(value);
  }

  /** Puts (or replaces) the revocation entry of (kind, code number). */
  async putRevocation(tx: SqlExecutor, entry: RevocationEntry, at: number): Promise<void> {
    await tx.execute('DELETE FROM revocations WHERE kind = ? AND code_no = ?', [entry.kind, entry.id]);
    await tx.execute(
      'INSERT INTO revocations (kind, code_no, before_serial, changed_at) VALUES (?, ?, ?, ?)',
      [entry.kind, entry.id, entry.before ?? null, at],
    );
  }

  async revocationEntry(
    tx: SqlExecutor,
    kind: RevocableKind,
    codeNo: number,
  ): Promise<RevocationEntry | undefined> {
    const rows = await tx.query('SELECT * FROM revocations WHERE kind = ? AND code_no = ?', [kind, codeNo]);
    const row = rows[0];
    if (row === undefined) return undefined;
    return row.before_serial === null || row.before_serial === undefined
      ? { kind, id: codeNo }
      : { kind, id: codeNo, before: Number(row.before_serial) };
  }

  /** Every entry in force, in a stable order (kind, code number). */
  async revocationEntries(tx: SqlExecutor): Promise<RevocationEntry[]> {
    const rows = await tx.query('SELECT * FROM revocations ORDER BY kind, code_no');
    return rows.map((row) => {
      const entry: RevocationEntry = { kind: row.kind as RevocableKind, id: Number(row.code_no) };
      if (row.before_serial !== null && row.before_serial !== undefined)
        entry.before = Number(row.before_serial);
      return entry;
    });
  }

  async latestList(db: SqlExecutor, list: 'trust' | 'revocation'): Promise<PublishedList | undefined> {
    const rows = await db.query('SELECT * FROM published_lists WHERE list = ? ORDER BY number DESC LIMIT 1', [
      list,
    ]);
    return rows[0] === undefined ? undefined : listFromRow(rows[0]);
  }

  async listNumber(
    db: SqlExecutor,
    list: 'trust' | 'revocation',
    number: number,
  ): Promise<PublishedList | undefined> {
    const rows = await db.query('SELECT * FROM published_lists WHERE list = ? AND number = ?', [
      list,
      number,
    ]);
    return rows[0] === undefined ? undefined : listFromRow(rows[0]);
  }

  /**
   * Stores a list; `false` when another writer published that number first (the caller reads the
   * winner back), so concurrent instances never publish two lists under one number.
   */
  async insertList(tx: SqlExecutor, list: 'trust' | 'revocation', value: PublishedList): Promise<boolean> {
    const changed = await tx.execute(
      'INSERT INTO published_lists (list, number, issued_at, cose, delta, entries) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (list, number) DO NOTHING',
      [list, value.number, value.issuedAt, value.cose, value.delta, JSON.stringify(value.entries)],
    );
    return changed === 1;
  }
}
