import { type Static, Type } from '@sinclair/typebox';
import { IgnoredActor } from '../access/acting-user';
import { newId } from '../ids';
import type { ServerPolicy } from '../policy';
import { Instant, ListQuery, Nullable, PageOf, RecordId, StringEnum, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import { CodeNumber, nextCodeNumber } from '../storage/code-numbers';
import type { SqlDatabase, SqlExecutor, SqlRow } from '../storage/sql-database';
import {
  getRow,
  insertRow,
  isoInstant,
  listRows,
  type Page,
  requireReference,
  textOrNull,
} from '../storage/table';
import { PERMIT_LEVELS, type PermitLevel, WORK_KINDS, type WorkKind } from '../vocabulary';
import { AuditLog } from './audit-log';
import { checkZone, ZoneSchema } from './zone';

export const PERMIT_STATES = ['pending', 'approved', 'rejected', 'revoked'] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

export const PERMIT_DECISIONS = ['approve', 'reject', 'revoke'] as const;
export type PermitDecisionKind = (typeof PERMIT_DECISIONS)[number];

/** From which state each decision moves a permit, and to which. */
const TRANSITIONS: Record<PermitDecisionKind, { from: PermitState; to: PermitState }> = {
  approve: { from: 'pending', to: 'approved' },
  reject: { from: 'pending', to: 'rejected' },
  revoke: { from: 'approved', to: 'revoked' },
};

const Level = StringEnum(
  PERMIT_LEVELS.map((l) => l.id) as unknown as readonly PermitLevel[],
  `permit level: ${PERMIT_LEVELS.map((l) => `${l.id} ${l.label}`).join(', ')}`,
);
const Kind = StringEnum(
  WORK_KINDS.map((k) => k.id) as unknown as readonly WorkKind[],
  `work kind: ${WORK_KINDS.map((k) => `${k.id} ${k.label}`).join(', ')}`,
);
const Ids = Type.Array(RecordId, { minItems: 1, maxItems: 100, uniqueItems: true });

export const PermitInputSchema = Type.Object(
  {
    siteId: RecordId,
    level: Level,
    workKind: Kind,
    startsAt: Instant,
    endsAt: Instant,
    zone: Type.Ref(ZoneSchema),
    fireWatcherId: RecordId,
    machineIds: Ids,
    workerIds: Ids,
    applicant: IgnoredActor('who applied'),
  },
  { $id: 'PermitInput', additionalProperties: false },
);

/** A permit as stored: what was applied for, plus its id and approval state. */
export const PermitSchema = Type.Object(
  {
    id: RecordId,
    codeNo: CodeNumber,
    ...PermitInputSchema.properties,
    applicant: Type.String({ description: 'who applied: the signed-in user who created the permit' }),
    state: StringEnum(PERMIT_STATES),
    decidedBy: Nullable(Type.String()),
    decidedAt: Nullable(Instant),
    decisionNote: Nullable(Type.String()),
    createdAt: Instant,
  },
  { $id: 'Permit' },
);

export const PermitPageSchema = Type.Object(PageOf(Type.Ref(PermitSchema)).properties, { $id: 'PermitPage' });

export const PermitDecisionSchema = Type.Object(
  {
    decision: StringEnum(PERMIT_DECISIONS, 'approve or reject a pending permit; revoke an approved one'),
    by: IgnoredActor('the approver (审批人)'),
    note: Type.Optional(Text(1000)),
  },
  { $id: 'PermitDecision', additionalProperties: false },
);

export const PermitListQuery = ListQuery({
  siteId: Type.Optional(RecordId),
  state: Type.Optional(StringEnum(PERMIT_STATES)),
  level: Type.Optional(Level),
});

/** What a permit is created from; `applicant` is the signed-in user over HTTP (WC-SUP-040). */
export type PermitInput = Static<typeof PermitInputSchema> & { applicant: string };
export type Permit = Static<typeof PermitSchema>;
/** A decision; `by` is the signed-in user over HTTP (WC-SUP-040). */
export type PermitDecision = Static<typeof PermitDecisionSchema> & { by: string };
export type PermitListFilter = Static<typeof PermitListQuery>;

async function linkedIds(
  db: SqlExecutor,
  table: string,
  column: string,
  permitId: string,
): Promise<string[]> {
  const rows = await db.query(`SELECT ${column} AS id FROM ${table} WHERE permit_id = ? ORDER BY ${column}`, [
    permitId,
  ]);
  return rows.map((row) => String(row.id));
}

async function fromRow(db: SqlExecutor, row: SqlRow): Promise<Permit> {
  const id = String(row.id);
  return {
    id,
    codeNo: Number(row.code_no),
    siteId: String(row.site_id),
    level: row.level as PermitLevel,
    workKind: row.work_kind as WorkKind,
    startsAt: isoInstant(row.starts_at),
    endsAt: isoInstant(row.ends_at),
    zone: JSON.parse(String(row.zone)) as Permit['zone'],
    fireWatcherId: String(row.fire_watcher_id),
    machineIds: await linkedIds(db, 'permit_machines', 'machine_id', id),
    workerIds: await linkedIds(db, 'permit_workers', 'worker_id', id),
    applicant: String(row.applicant),
    state: row.state as PermitState,
    decidedBy: textOrNull(row.decided_by),
    decidedAt: row.decided_at === null || row.decided_at === undefined ? null : isoInstant(row.decided_at),
    decisionNote: textOrNull(row.decision_note),
    createdAt: isoInstant(row.created_at),
  };
}

/** Checks the window against the policy's longest window for the level (GB 30871-2022). */
function checkWindow(input: PermitInput, policy: ServerPolicy): { startsAt: number; endsAt: number } {
  const startsAt = Date.parse(input.startsAt);
  const endsAt = Date.parse(input.endsAt);
  if (!(endsAt > startsAt)) {
    throw new ServerError('ERR_SRV_POLICY_VIOLATION', 'endsAt must be after startsAt', {
      details: { rule: 'window-order', startsAt: input.startsAt, endsAt: input.endsAt },
    });
  }
  const maxMinutes = policy.permitMaxMinutes[input.level];
  if (endsAt - startsAt > maxMinutes * 60_000) {
    throw new ServerError(
      'ERR_SRV_POLICY_VIOLATION',
      `a ${input.level} permit may last at most ${maxMinutes} minutes`,
      {
        details: {
          rule: 'window-length',
          level: input.level,
          maxMinutes,
          minutes: (endsAt - startsAt) / 60_000,
        },
      },
    );
  }
  return { startsAt, endsAt };
}

/** 动火作业许可: hot-work permits and their approval. */
export class PermitRepository {
  constructor(
    private readonly db: SqlDatabase,
    private readonly policy: ServerPolicy,
  ) {}

  create(input: PermitInput): Promise<Permit> {
    checkZone(input.zone);
    const { startsAt, endsAt } = checkWindow(input, this.policy);
    if (input.workerIds.includes(input.fireWatcherId)) {
      throw new ServerError(
        'ERR_SRV_POLICY_VIOLATION',
        'the fire watcher (监护人) cannot be one of the workers',
        {
          details: { rule: 'watcher-not-worker', fireWatcherId: input.fireWatcherId },
        },
      );
    }
    return this.db.transaction(async (tx) => {
      await requireReference(tx, 'sites', input.siteId, 'siteId');
      await requireReference(tx, 'workers', input.fireWatcherId, 'fireWatcherId');
      for (const id of input.machineIds) await requireReference(tx, 'machines', id, 'machineIds');
      for (const id of input.workerIds) await requireReference(tx, 'workers', id, 'workerIds');
      const id = newId('pmt');
      const createdAt = Date.now();
      await insertRow(
        tx,
        'permits',
        {
          id,
          code_no: await nextCodeNumber(tx, 'permits'),
          site_id: input.siteId,
          level: input.level,
          work_kind: input.workKind,
          starts_at: startsAt,
          ends_at: endsAt,
          zone: JSON.stringify(input.zone),
          fire_watcher_id: input.fireWatcherId,
          applicant: input.applicant,
          state: 'pending',
          created_at: createdAt,
        },
        'permit',
      );
      for (const machineId of input.machineIds) {
        await tx.execute('INSERT INTO permit_machines (permit_id, machine_id) VALUES (?, ?)', [
          id,
          machineId,
        ]);
      }
      for (const workerId of input.workerIds) {
        await tx.execute('INSERT INTO permit_workers (permit_id, worker_id) VALUES (?, ?)', [id, workerId]);
      }
      return fromRow(tx, await getRow(tx, 'permits', id, 'permit'));
    });
  }

  /** A permit; `db` lets a caller read it inside its own transaction. */
  async get(id: string, db: SqlExecutor = this.db): Promise<Permit> {
    return fromRow(db, await getRow(db, 'permits', id, 'permit'));
  }

  async list(filter: PermitListFilter): Promise<Page<Permit>> {
    const page = await listRows(
      this.db,
      'permits',
      { site_id: filter.siteId, state: filter.state, level: filter.level },
      filter,
    );
    const items: Permit[] = [];
    for (const row of page.items) items.push(await fromRow(this.db, row));
    return { items, nextCursor: page.nextCursor };
  }

  /** Applies an approver's decision if the permit's state allows it, with its audit entry. */
  decide(id: string, decision: PermitDecision): Promise<Permit> {
    return this.db.transaction((tx) => this.decideIn(tx, id, decision));
  }

  /** {@link decide} inside the caller's transaction (a revocation also withdraws the permit's code). */
  async decideIn(tx: SqlExecutor, id: string, decision: PermitDecision): Promise<Permit> {
    const row = await getRow(tx, 'permits', id, 'permit');
    const { from, to } = TRANSITIONS[decision.decision];
    if (row.state !== from) {
      throw new ServerError(
        'ERR_SRV_INVALID_STATE',
        `cannot ${decision.decision} a permit that is ${String(row.state)} (must be ${from})`,
        { details: { id, state: row.state, decision: decision.decision } },
      );
    }
    const at = Date.now();
    const changed = await tx.execute(
      'UPDATE permits SET state = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ? AND state = ?',
      [to, decision.by, at, decision.note ?? null, id, from],
    );
    if (changed !== 1) {
      throw new ServerError('ERR_SRV_INVALID_STATE', `permit ${id} changed while deciding; retry`);
    }
    await AuditLog.append(
      tx,
      {
        actor: decision.by,
        action: `permit.${decision.decision}`,
        subjectType: 'permit',
        subjectId: id,
        outcome: 'accepted',
        reasons: [],
        details: { from, to, ...(decision.note === undefined ? {} : { note: decision.note }) },
      },
      at,
    );
    return fromRow(tx, await getRow(tx, 'permits', id, 'permit'));
  }
}
