import { type Static, Type } from '@sinclair/typebox';
import { Instant, ListQuery, Nullable, PageOf, RecordId, StringEnum } from '../schemas/common';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, isoInstant, listRows, type Page, textOrNull } from '../storage/table';
import type { ArcRun } from './arc-tracker';
import type { SubjectContext } from './subject-context';

export const ARC_END_REASONS = ['arc-stopped', 'gap', 'death', 'offline', 'restart'] as const;

/** Why an arc session ended. */
export type ArcEndReason = (typeof ARC_END_REASONS)[number];

const Id = Type.String();

export const ArcSessionSchema = Type.Object(
  {
    id: RecordId,
    chipId: Id,
    machineId: Nullable(Id),
    siteId: Nullable(Id),
    townId: Nullable(Id),
    workerId: Nullable(Id),
    state: StringEnum(['open', 'closed'] as const),
    historical: Type.Boolean({ description: 'built from backfilled records (WC-PROTO-038)' }),
    startedAt: Instant,
    endedAt: Nullable(Instant),
    durationS: Type.Number({ description: 'end (while open: last sample checkpointed) minus start' }),
    arcS: Type.Number({ description: 'seconds with arc current at or above the threshold' }),
    samples: Type.Integer(),
    peakCurrentA: Type.Number(),
    meanCurrentA: Type.Number(),
    endReason: Nullable(StringEnum(ARC_END_REASONS)),
  },
  { $id: 'ArcSession' },
);

export const ArcSessionPageSchema = Type.Object(PageOf(Type.Ref(ArcSessionSchema)).properties, {
  $id: 'ArcSessionPage',
});

export const ArcSessionListQuery = ListQuery({
  machineId: Type.Optional(RecordId),
  chipId: Type.Optional(RecordId),
  state: Type.Optional(StringEnum(['open', 'closed'] as const)),
});

export type ArcSession = Static<typeof ArcSessionSchema>;
export type ArcSessionListFilter = Static<typeof ArcSessionListQuery>;

function fromRow(row: SqlRow): ArcSession {
  const started = Number(row.started_at);
  const ended = row.ended_at === null || row.ended_at === undefined ? null : Number(row.ended_at);
  const last = Number(row.last_sample_at);
  const samples = Number(row.samples);
  return {
    id: String(row.id),
    chipId: String(row.chip_id),
    machineId: textOrNull(row.machine_id),
    siteId: textOrNull(row.site_id),
    townId: textOrNull(row.town_id),
    workerId: textOrNull(row.worker_id),
    state: row.state as ArcSession['state'],
    historical: Number(row.historical) === 1,
    startedAt: isoInstant(started),
    endedAt: ended === null ? null : isoInstant(ended),
    durationS: ((ended ?? last) - started) / 1000,
    arcS: Number(row.arc_ms) / 1000,
    samples,
    peakCurrentA: Number(row.peak_current_da) / 10,
    meanCurrentA: Number(row.mean_current_da) / 10,
    endReason: textOrNull(row.end_reason) as ArcEndReason | null,
  };
}

function stats(run: ArcRun) {
  return {
    ended_at: run.endMs,
    arc_ms: run.arcMs,
    samples: run.samples,
    peak_current_da: run.peakDa,
    mean_current_da: Math.round(run.sumDa / Math.max(1, run.samples)),
  };
}

/** Arc sessions: written when a run opens and again when it closes, never per sample. */
export class ArcSessionStore {
  constructor(private readonly db: SqlDatabase) {}

  async open(run: ArcRun, context: SubjectContext, workerId: string | null): Promise<void> {
    const { ended_at: lastSampleAt, ...rest } = stats(run);
    await insertRow(
      this.db,
      'arc_sessions',
      {
        id: run.id,
        chip_id: run.chipId,
        machine_id: context.machineId,
        site_id: context.siteId,
        town_id: context.townId,
        worker_id: workerId,
        state: 'open',
        historical: run.historical ? 1 : 0,
        started_at: run.startMs,
        ended_at: null,
        last_sample_at: lastSampleAt,
        checkpoint_at: run.touchedMs,
        ...rest,
        end_reason: null,
      },
      'arc session',
    );
  }

  async close(run: ArcRun, reason: ArcEndReason): Promise<void> {
    const s = stats(run);
    await this.db.execute(
      `UPDATE arc_sessions SET state = 'closed', ended_at = ?, last_sample_at = ?, arc_ms = ?, samples = ?, peak_current_da = ?,
         mean_current_da = ?, end_reason = ? WHERE id = ?`,
      [s.ended_at, s.ended_at, s.arc_ms, s.samples, s.peak_current_da, s.mean_current_da, reason, run.id],
    );
  }

  /** Writes an open session's figures so far (the sweep does, so a restart loses at most one interval). */
  async checkpoint(run: ArcRun, nowMs: number): Promise<void> {
    const s = stats(run);
    await this.db.execute(
      `UPDATE arc_sessions SET last_sample_at = ?, checkpoint_at = ?, arc_ms = ?, samples = ?, peak_current_da = ?,
         mean_current_da = ? WHERE id = ? AND state = 'open'`,
      [s.ended_at, nowMs, s.arc_ms, s.samples, s.peak_current_da, s.mean_current_da, run.id],
    );
  }

  /**
   * Closes, at their last sample, the open sessions last checkpointed (platform time) before
   * `idleBeforeMs`: runs a stopped process left open. A session another instance is still
   * building is checkpointed at its every sweep, so it stays open (WC-SRV-146).
   */
  async closeAbandoned(idleBeforeMs: number): Promise<number> {
    return this.db.execute(
      `UPDATE arc_sessions SET state = 'closed', ended_at = last_sample_at, end_reason = 'restart'
       WHERE state = 'open' AND COALESCE(checkpoint_at, last_sample_at) < ?`,
      [idleBeforeMs],
    );
  }

  /** One page of arc sessions, oldest first; `machineId` lists one machine's (WC-SRV-143). */
  async list(filter: ArcSessionListFilter): Promise<Page<ArcSession>> {
    const page = await listRows(
      this.db,
      'arc_sessions',
      { machine_id: filter.machineId, chip_id: filter.chipId, state: filter.state },
      filter,
    );
    return { items: page.items.map(fromRow), nextCursor: page.nextCursor };
  }
}
