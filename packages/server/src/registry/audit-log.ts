import { type Static, Type } from '@sinclair/typebox';
import { Instant, Nullable, pageQuery, StringEnum, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import type { SqlDatabase, SqlExecutor, SqlRow, SqlValue } from '../storage/sql-database';
import { isoInstant, type Page } from '../storage/table';

export const AUDIT_OUTCOMES = ['accepted', 'refused'] as const;

export const AuditEntrySchema = Type.Object(
  {
    seq: Type.Integer({ minimum: 1, description: 'position in the log; increases with every entry' }),
    at: Instant,
    actor: Type.String(),
    action: Type.String({ description: 'e.g. retrofit, permit.approve, scan-to-start' }),
    subjectType: Type.String(),
    subjectId: Type.String(),
    outcome: StringEnum(AUDIT_OUTCOMES),
    reasons: Type.Array(Type.String(), { description: 'reason codes of a refusal (empty when accepted)' }),
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: 'AuditEntry' },
);

export const AuditPageSchema = Type.Object(
  { items: Type.Array(Type.Ref(AuditEntrySchema)), nextCursor: Nullable(Type.String()) },
  { $id: 'AuditPage' },
);

export const AuditListQuery = Type.Object(
  {
    ...pageQuery,
    subjectType: Type.Optional(Text(50)),
    subjectId: Type.Optional(Text(80)),
    action: Type.Optional(Text(50)),
  },
  { additionalProperties: false },
);

export type AuditEntry = Static<typeof AuditEntrySchema>;
export type AuditListFilter = Static<typeof AuditListQuery>;

/** What a caller records; the log adds `seq` and `at`. */
export type AuditRecord = Omit<AuditEntry, 'seq' | 'at'>;

function fromRow(row: SqlRow): AuditEntry {
  return {
    seq: Number(row.seq),
    at: isoInstant(row.at),
    actor: String(row.actor),
    action: String(row.action),
    subjectType: String(row.subject_type),
    subjectId: String(row.subject_id),
    outcome: row.outcome as AuditEntry['outcome'],
    reasons: JSON.parse(String(row.reasons)) as string[],
    details: JSON.parse(String(row.details)) as Record<string, unknown>,
  };
}

/**
 * The append-only log of decisions (retrofits, permit approvals, later every scan-to-start). An
 * entry is written in the same transaction as the change it explains, so neither exists alone.
 */
export class AuditLog {
  constructor(private readonly db: SqlDatabase) {}

  /** Appends `record` inside the caller's transaction `tx`. */
  static async append(tx: SqlExecutor, record: AuditRecord, at: number = Date.now()): Promise<void> {
    await tx.execute(
      'INSERT INTO audit_log (at, actor, action, subject_type, subject_id, outcome, reasons, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [
        at,
        record.actor,
        record.action,
        record.subjectType,
        record.subjectId,
        record.outcome,
        JSON.stringify(record.reasons),
        JSON.stringify(record.details),
      ],
    );
  }

  /** Appends `record` in a transaction of its own. */
  record(record: AuditRecord): Promise<void> {
    return this.db.transaction((tx) => AuditLog.append(tx, record));
  }

  async list(filter: AuditListFilter): Promise<Page<AuditEntry>> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const filters: [string, string | undefined][] = [
      ['subject_type', filter.subjectType],
      ['subject_id', filter.subjectId],
      ['action', filter.action],
    ];
    for (const [column, value] of filters) {
      if (value === undefined) continue;
      where.push(`${column} = ?`);
      params.push(value);
    }
    if (filter.cursor !== undefined) {
      if (!/^[1-9][0-9]{0,15}$/.test(filter.cursor)) {
        throw new ServerError('ERR_SRV_VALIDATION', 'the cursor is not one this server issued');
      }
      where.push('seq > ?');
      params.push(Number(filter.cursor));
    }
    params.push(filter.limit + 1);
    const clause = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
    const rows = await this.db.query(`SELECT * FROM audit_log${clause} ORDER BY seq LIMIT ?`, params);
    const items = rows.slice(0, filter.limit).map(fromRow);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > filter.limit && last ? String(last.seq) : null };
  }
}
