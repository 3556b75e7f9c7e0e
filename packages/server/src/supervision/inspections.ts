import { createHash } from 'node:crypto';
import { type Static, Type } from '@sinclair/typebox';
import { Instant, ListQuery, Nullable, PageOf, RecordId, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import type { SqlDatabase, SqlExecutor, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, listRows, type Page, requireReference } from '../storage/table';

/** A client-generated inspection id (a UUID or similar), so an offline phone can retry safely. */
export const InspectionIdParams = Type.Object(
  { id: Type.String({ minLength: 8, maxLength: 80, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);

const Finding = Nullable(Type.Boolean());

export const InspectionInputSchema = Type.Object(
  {
    townId: RecordId,
    visitedAt: Instant,
    siteId: Type.Optional(RecordId),
    machineId: Type.Optional(RecordId),
    workerId: Type.Optional(RecordId),
    permitId: Type.Optional(RecordId),
    plate: Type.Optional(Text(2000, 'the machine plate as scanned (QR payload text)')),
    credential: Type.Optional(Text(2000, 'the worker credential as scanned')),
    findings: Type.Object(
      {
        certified: Finding,
        chipped: Finding,
        coded: Finding,
      },
      {
        additionalProperties: false,
        description:
          '持证 (worker certified), 加芯 (machine chipped), 赋码 (machine coded); null = not checked',
      },
    ),
    notes: Type.Optional(Text(2000)),
  },
  { $id: 'InspectionInput', additionalProperties: false },
);

export const InspectionSchema = Type.Object(
  {
    id: Type.String(),
    inspectorId: RecordId,
    townId: RecordId,
    visitedAt: Instant,
    siteId: Nullable(RecordId),
    machineId: Nullable(RecordId),
    workerId: Nullable(RecordId),
    permitId: Nullable(RecordId),
    plate: Nullable(Type.String()),
    credential: Nullable(Type.String()),
    findings: Type.Object({ certified: Finding, chipped: Finding, coded: Finding }),
    notes: Nullable(Type.String()),
    syncedAt: Instant,
  },
  { $id: 'Inspection' },
);

export const InspectionPageSchema = Type.Object(PageOf(Type.Ref(InspectionSchema)).properties, {
  $id: 'InspectionPage',
});
export const InspectionListQuery = ListQuery({
  townId: Type.Optional(RecordId),
  siteId: Type.Optional(RecordId),
});

export type InspectionInput = Static<typeof InspectionInputSchema>;
export type Inspection = Static<typeof InspectionSchema>;

const flag = (v: unknown): boolean | null => (v == null ? null : Number(v) === 1);
const text = (v: unknown): string | null => (v == null ? null : String(v));
const bit = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);

function fromRow(r: SqlRow): Inspection {
  return {
    id: String(r.id),
    inspectorId: String(r.inspector_id),
    townId: String(r.town_id),
    visitedAt: isoInstant(r.visited_at),
    siteId: text(r.site_id),
    machineId: text(r.machine_id),
    workerId: text(r.worker_id),
    permitId: text(r.permit_id),
    plate: text(r.plate),
    credential: text(r.credential),
    findings: { certified: flag(r.certified), chipped: flag(r.chipped), coded: flag(r.coded) },
    notes: text(r.notes),
    syncedAt: isoInstant(r.synced_at),
  };
}

/** Whether an inspection found something out of order (uncertified, unchipped or uncoded). */
export function hasFinding(inspection: Inspection): boolean {
  const f = inspection.findings;
  return f.certified === false || f.chipped === false || f.coded === false;
}

function fingerprint(inspectorId: string, input: InspectionInput): string {
  const canonical = JSON.stringify(input, Object.keys(input).sort());
  return createHash('sha256')
    .update(`${inspectorId}\n${canonical}\n${JSON.stringify(input.findings)}`)
    .digest('base64url');
}

async function townOf(tx: SqlExecutor, table: string, id: string, field: string): Promise<string> {
  const row = await requireReference(tx, table, id, field);
  if (table === 'sites') return String(row.town_id);
  const site =
    row.site_id == null ? undefined : await requireReference(tx, 'sites', String(row.site_id), field);
  return site === undefined ? '' : String(site.town_id);
}

/**
 * Inspections (检查) recorded on an inspector's phone, offline, and synced later with `PUT`
 * under the id the phone generated: a repeat of the same visit is answered with the stored
 * record and changes nothing; the same id with other content is a conflict.
 */
export class InspectionLog {
  constructor(private readonly db: SqlDatabase) {}

  sync(
    id: string,
    input: InspectionInput,
    inspectorId: string,
  ): Promise<{ inspection: Inspection; created: boolean }> {
    return this.db.transaction(async (tx) => {
      const print = fingerprint(inspectorId, input);
      const [existing] = await tx.query('SELECT * FROM inspections WHERE id = ?', [id]);
      if (existing !== undefined) {
        if (existing.fingerprint !== print) {
          throw new ServerError('ERR_SRV_CONFLICT', `inspection ${id} was synced with other content`, {
            details: { id },
          });
        }
        return { inspection: fromRow(existing), created: false };
      }
      const town = await requireReference(tx, 'areas', input.townId, 'townId');
      if (town.level !== 'town')
        throw new ServerError('ERR_SRV_REGISTRY_INVARIANT', 'townId must name a town (街镇)');
      for (const [field, table] of [
        ['siteId', 'sites'],
        ['machineId', 'machines'],
        ['permitId', 'permits'],
      ] as const) {
        const ref = input[field];
        if (ref === undefined) continue;
        const at = await townOf(tx, table, ref, field);
        if (at !== '' && at !== input.townId) {
          throw new ServerError('ERR_SRV_REGISTRY_INVARIANT', `${field} is not in town ${input.townId}`, {
            details: { field },
          });
        }
      }
      if (input.workerId !== undefined) await requireReference(tx, 'workers', input.workerId, 'workerId');
      await insertRow(
        tx,
        'inspections',
        {
          id,
          inspector_id: inspectorId,
          town_id: input.townId,
          site_id: input.siteId ?? null,
          machine_id: input.machineId ?? null,
          worker_id: input.workerId ?? null,
          permit_id: input.permitId ?? null,
          plate: input.plate ?? null,
          credential: input.credential ?? null,
          visited_at: Date.parse(input.visitedAt),
          certified: bit(input.findings.certified),
          chipped: bit(input.findings.chipped),
          coded: bit(input.findings.coded),
          notes: input.notes ?? null,
          fingerprint: print,
          synced_at: Date.now(),
        },
        'inspection',
      );
      const [row] = await tx.query('SELECT * FROM inspections WHERE id = ?', [id]);
      return { inspection: fromRow(row as SqlRow), created: true };
    });
  }

  async list(filter: Static<typeof InspectionListQuery>): Promise<Page<Inspection>> {
    const page = await listRows(
      this.db,
      'inspections',
      { town_id: filter.townId, site_id: filter.siteId },
      filter,
    );
    return { items: page.items.map(fromRow), nextCursor: page.nextCursor };
  }
}
