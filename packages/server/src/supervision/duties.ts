import { type Static, Type } from '@sinclair/typebox';
import type { Principal } from '../access/roles';
import { Instant, Nullable, RecordId, StringEnum, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import type { SqlDatabase, SqlExecutor } from '../storage/sql-database';
import { getRow, isoInstant } from '../storage/table';

/** The five duties of every hot-work job (五到位): 审批 → 清理 → 动火 → 监护 → 处置. */
export const DUTIES = ['approval', 'clearance', 'hot-work', 'watch', 'closing'] as const;
export type Duty = (typeof DUTIES)[number];

const ChecklistItem = Type.Object(
  {
    item: Text(200, 'what was cleared, e.g. 清除10米内可燃物'),
    done: Type.Boolean(),
    note: Type.Optional(Text(1000)),
    photo: Type.Optional(Text(500, 'a reference to a stored photo (URL or object key)')),
  },
  { additionalProperties: false },
);

/** One step a person records. Approval is the permit decision itself (`POST /v1/permits/:id/decision`). */
export const DutyEventInputSchema = Type.Union(
  [
    Type.Object(
      {
        duty: Type.Literal('clearance'),
        action: Type.Literal('complete'),
        checklist: Type.Array(ChecklistItem, { minItems: 1, maxItems: 50 }),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      { duty: Type.Literal('hot-work'), action: StringEnum(['start', 'end'] as const) },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        duty: Type.Literal('watch'),
        action: StringEnum(
          ['present', 'absent'] as const,
          'present: the watcher co-scanned in; absent: left',
        ),
        workerId: RecordId,
        method: Type.Optional(StringEnum(['co-scan', 'manual'] as const)),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        duty: Type.Literal('closing'),
        action: Type.Literal('complete'),
        residualFireCleared: Type.Boolean({ description: '现场无遗留火种' }),
        note: Type.Optional(Text(1000)),
        photo: Type.Optional(Text(500)),
      },
      { additionalProperties: false },
    ),
  ],
  { $id: 'DutyEventInput' },
);
export type DutyEventInput = Static<typeof DutyEventInputSchema>;

const DutyEventSchema = Type.Object({
  seq: Type.Integer(),
  duty: StringEnum(DUTIES),
  action: Type.String(),
  actor: Type.String(),
  at: Instant,
  details: Type.Record(Type.String(), Type.Unknown()),
});

const DutyStatus = Type.Object({
  duty: StringEnum(DUTIES),
  status: StringEnum(['pending', 'in-progress', 'done', 'refused'] as const),
  at: Nullable(Instant),
  by: Nullable(Type.String()),
});

export const PermitDutiesSchema = Type.Object(
  {
    permitId: RecordId,
    duties: Type.Array(DutyStatus),
    watcherPresent: Type.Boolean({ description: 'the fire watcher (监护人) co-scanned in and has not left' }),
    hotWorkActive: Type.Boolean(),
    events: Type.Array(DutyEventSchema),
  },
  { $id: 'PermitDuties' },
);
export type PermitDuties = Static<typeof PermitDutiesSchema>;

interface DutyEvent {
  seq: number;
  duty: Duty;
  action: string;
  actor: string;
  at: string;
  details: Record<string, unknown>;
}

/** A change of the fire watcher's presence, for the alerts engine ("fire watcher absent"). */
export interface FireWatchChange {
  permitId: string;
  watcherId: string;
  present: boolean;
  hotWorkActive: boolean;
  atMs: number;
}

function refuse(message: string, details: Record<string, unknown> = {}): ServerError {
  return new ServerError('ERR_SRV_INVALID_STATE', message, { details });
}

function derive(permit: Record<string, unknown>, events: DutyEvent[]): PermitDuties {
  const last = (duty: Duty, action?: string) =>
    [...events].reverse().find((e) => e.duty === duty && (action === undefined || e.action === action));
  const cleared = last('clearance');
  const started = last('hot-work', 'start');
  const ended = last('hot-work', 'end');
  const watch = last('watch');
  const closed = last('closing');
  const hotWorkActive = started !== undefined && (ended === undefined || ended.seq < started.seq);
  const watcherPresent = watch?.action === 'present';
  const decided = permit.decided_at == null ? null : isoInstant(permit.decided_at);
  const approval =
    permit.state === 'approved' || permit.state === 'revoked'
      ? 'done'
      : permit.state === 'rejected'
        ? 'refused'
        : 'pending';
  const status = (e: DutyEvent | undefined, inProgress = false) => ({
    status: (e === undefined ? 'pending' : inProgress ? 'in-progress' : 'done') as
      | 'pending'
      | 'in-progress'
      | 'done',
    at: e?.at ?? null,
    by: e?.actor ?? null,
  });
  return {
    permitId: String(permit.id),
    duties: [
      {
        duty: 'approval',
        status: approval,
        at: decided,
        by: permit.decided_by == null ? null : String(permit.decided_by),
      },
      { duty: 'clearance', ...status(cleared) },
      { duty: 'hot-work', ...status(hotWorkActive ? started : (ended ?? started), hotWorkActive) },
      { duty: 'watch', ...status(watch, hotWorkActive || watcherPresent) },
      { duty: 'closing', ...status(closed) },
    ],
    watcherPresent,
    hotWorkActive,
    events,
  };
}

/** The permit duty workflow: each step checked against the ones before it, with who and when. */
export class DutyLog {
  constructor(private readonly db: SqlDatabase) {}

  private async events(db: SqlExecutor, permitId: string): Promise<DutyEvent[]> {
    const rows = await db.query('SELECT * FROM duty_events WHERE permit_id = ? ORDER BY seq', [permitId]);
    return rows.map((r) => ({
      seq: Number(r.seq),
      duty: r.duty as Duty,
      action: String(r.action),
      actor: String(r.actor),
      at: isoInstant(r.at),
      details: JSON.parse(String(r.details)) as Record<string, unknown>,
    }));
  }

  async get(permitId: string): Promise<PermitDuties> {
    const permit = await getRow(this.db, 'permits', permitId, 'permit');
    return derive(permit, await this.events(this.db, permitId));
  }

  /**
   * Records one step. Clearance needs an approved permit; hot work starts only inside the
   * permit's window, after clearance and with the watcher present; closing needs the hot work
   * ended. A worker may record only its own presence as the watcher, or hot work it is on.
   */
  record(
    permitId: string,
    input: DutyEventInput,
    by: Principal,
    now = Date.now(),
  ): Promise<{ duties: PermitDuties; watch?: FireWatchChange }> {
    return this.db.transaction(async (tx) => {
      const permit = await getRow(tx, 'permits', permitId, 'permit');
      const before = derive(permit, await this.events(tx, permitId));
      await this.check(tx, permit, before, input, by, now);
      const { duty, action, ...details } = input;
      await tx.execute(
        'INSERT INTO duty_events (permit_id, duty, action, actor, at, details) VALUES (?, ?, ?, ?, ?, ?)',
        [permitId, duty, action, by.username, now, JSON.stringify(details)],
      );
      const duties = derive(permit, await this.events(tx, permitId));
      const watchChanged =
        duties.watcherPresent !== before.watcherPresent || duties.hotWorkActive !== before.hotWorkActive;
      return watchChanged
        ? {
            duties,
            watch: {
              permitId,
              watcherId: String(permit.fire_watcher_id),
              present: duties.watcherPresent,
              hotWorkActive: duties.hotWorkActive,
              atMs: now,
            },
          }
        : { duties };
    });
  }

  private async check(
    tx: SqlExecutor,
    permit: Record<string, unknown>,
    before: PermitDuties,
    input: DutyEventInput,
    by: Principal,
    now: number,
  ): Promise<void> {
    if (permit.state !== 'approved') throw refuse(`the permit is ${String(permit.state)}, not approved`);
    if (before.duties[4]?.status === 'done') throw refuse('the permit is closed (处置 done)');
    await this.checkWorker(tx, permit, input, by);
    if (input.duty === 'clearance') {
      const open = input.checklist.filter((item) => !item.done);
      if (open.length > 0)
        throw refuse('every clearance item must be done', { open: open.map((i) => i.item) });
    } else if (input.duty === 'hot-work' && input.action === 'start') {
      if (before.hotWorkActive) throw refuse('hot work is already in progress');
      if (before.duties[1]?.status !== 'done') throw refuse('clearance (清理) comes before hot work');
      if (!before.watcherPresent) throw refuse('the fire watcher (监护人) must be present (co-scan) first');
      if (now < Number(permit.starts_at) || now >= Number(permit.ends_at))
        throw refuse('outside the permit window');
    } else if (input.duty === 'hot-work') {
      if (!before.hotWorkActive) throw refuse('no hot work in progress');
    } else if (input.duty === 'watch') {
      if (input.workerId !== permit.fire_watcher_id)
        throw refuse('only the permit’s fire watcher keeps watch');
    } else if (input.duty === 'closing') {
      if (before.hotWorkActive || before.duties[2]?.status !== 'done')
        throw refuse('closing follows the end of hot work');
      if (!input.residualFireCleared)
        throw refuse('closing requires the site free of residual fire (无遗留火种)');
    }
  }

  private async checkWorker(
    tx: SqlExecutor,
    permit: Record<string, unknown>,
    input: DutyEventInput,
    by: Principal,
  ) {
    // Presence is the watcher's own co-scan; anyone allowed on the permit may report it gone.
    if (input.duty === 'watch' && input.action === 'present' && by.role !== 'worker')
      throw new ServerError('ERR_SRV_FORBIDDEN', 'only the fire watcher records its own presence (co-scan)');
    if (by.role !== 'worker') return;
    if (input.duty === 'watch') {
      if (input.workerId !== by.workerId)
        throw new ServerError('ERR_SRV_FORBIDDEN', 'a worker co-scans only as itself');
      return;
    }
    if (input.duty === 'hot-work') {
      const rows = await tx.query(
        'SELECT 1 AS ok FROM permit_workers WHERE permit_id = ? AND worker_id = ?',
        [String(permit.id), by.workerId ?? ''],
      );
      if (rows.length > 0) return;
    }
    throw new ServerError('ERR_SRV_FORBIDDEN', `a worker may not record ${input.duty}`);
  }

  /** Permits with hot work in progress and no fire watcher present: what raises "fire watcher absent". */
  async unwatched(): Promise<string[]> {
    const rows = await this.db.query(
      `SELECT DISTINCT permit_id FROM duty_events d WHERE duty = 'hot-work' AND action = 'start'
         AND NOT EXISTS (SELECT 1 FROM duty_events e WHERE e.permit_id = d.permit_id AND e.seq > d.seq AND e.duty = 'hot-work')`,
    );
    const out: string[] = [];
    for (const row of rows) {
      const duties = await this.get(String(row.permit_id));
      if (duties.hotWorkActive && !duties.watcherPresent) out.push(duties.permitId);
    }
    return out;
  }
}
