import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import { Instant, ListQuery, Nullable, PageOf, RecordId, StringEnum } from '../schemas/common';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { isoInstant, listRows, type Page, textOrNull } from '../storage/table';
import { ALERT_KINDS, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from './alert-kinds';
import type { SubjectContext } from './subject-context';

const Id = Type.String();

export const ComplianceFindingSchema = Type.Object(
  {
    id: RecordId,
    kind: StringEnum(ALERT_KINDS),
    severity: StringEnum(ALERT_SEVERITIES),
    chipId: Id,
    bootEpoch: Type.Integer(),
    seq: Type.Integer({ description: 'the historical record the finding comes from' }),
    machineId: Nullable(Id),
    workerId: Nullable(Id),
    siteId: Nullable(Id),
    townId: Nullable(Id),
    districtId: Nullable(Id),
    sector: Nullable(Type.String()),
    occurredAt: Instant,
    recordedAt: Instant,
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: 'ComplianceFinding' },
);

export const ComplianceFindingPageSchema = Type.Object(PageOf(Type.Ref(ComplianceFindingSchema)).properties, {
  $id: 'ComplianceFindingPage',
});

export const ComplianceFindingListQuery = ListQuery({
  kind: Type.Optional(StringEnum(ALERT_KINDS)),
  machineId: Type.Optional(RecordId),
  chipId: Type.Optional(RecordId),
  townId: Type.Optional(RecordId),
});

export type ComplianceFinding = Static<typeof ComplianceFindingSchema>;
export type ComplianceFindingListFilter = Static<typeof ComplianceFindingListQuery>;

/** What a rule found in a historical record. */
export interface FindingInput {
  kind: AlertKind;
  severity: AlertSeverity;
  chipId: string;
  bootEpoch: number;
  seq: number;
  context: SubjectContext;
  workerId?: string | null;
  occurredMs: number;
  recordedMs: number;
  details: Record<string, unknown>;
}

function fromRow(row: SqlRow): ComplianceFinding {
  return {
    id: String(row.id),
    kind: row.kind as AlertKind,
    severity: row.severity as AlertSeverity,
    chipId: String(row.chip_id),
    bootEpoch: Number(row.boot_epoch),
    seq: Number(row.seq),
    machineId: textOrNull(row.machine_id),
    workerId: textOrNull(row.worker_id),
    siteId: textOrNull(row.site_id),
    townId: textOrNull(row.town_id),
    districtId: textOrNull(row.district_id),
    sector: textOrNull(row.sector),
    occurredAt: isoInstant(row.occurred_at),
    recordedAt: isoInstant(row.recorded_at),
    details: JSON.parse(String(row.details)) as Record<string, unknown>,
  };
}

/**
 * Compliance findings: what the alert rules find in historical (backfilled or out-of-order)
 * records, kept for review instead of raising a real-time alert (WC-SRV-125, WC-PROTO-038).
 * One finding per (kind, record): a re-delivered record adds nothing.
 */
export class ComplianceFindings {
  constructor(private readonly db: SqlDatabase) {}

  async record(input: FindingInput): Promise<void> {
    const c = input.context;
    await this.db.execute(
      `INSERT INTO compliance_findings (id, kind, severity, chip_id, boot_epoch, seq, machine_id, worker_id,
         site_id, town_id, district_id, sector, occurred_at, recorded_at, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, chip_id, boot_epoch, seq) DO NOTHING`,
      [
        newId('cpf'),
        input.kind,
        input.severity,
        input.chipId,
        input.bootEpoch,
        input.seq,
        c.machineId,
        input.workerId ?? null,
        c.siteId,
        c.townId,
        c.districtId,
        c.sector,
        input.occurredMs,
        input.recordedMs,
        JSON.stringify(input.details),
      ],
    );
  }

  async list(filter: ComplianceFindingListFilter): Promise<Page<ComplianceFinding>> {
    const page = await listRows(
      this.db,
      'compliance_findings',
      { kind: filter.kind, machine_id: filter.machineId, chip_id: filter.chipId, town_id: filter.townId },
      filter,
    );
    return { items: page.items.map(fromRow), nextCursor: page.nextCursor };
  }
}
