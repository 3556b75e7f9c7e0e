import { newId } from '../ids';
import { AuditLog } from '../registry/audit-log';
import { ServerError } from '../server-error';
import type { SqlDatabase, SqlExecutor, SqlRow, SqlValue } from '../storage/sql-database';
import { findRow, getRow, insertRow, isoInstant, listRows, type Page, textOrNull } from '../storage/table';
import type { AlertKind, AlertSeverity } from './alert-kinds';
import type {
  Alert,
  AlertAcknowledge,
  AlertClose,
  AlertListFilter,
  AlertSource,
  AlertState,
  SubjectType,
} from './alert-schemas';
import type { SubjectContext } from './subject-context';

/** A condition a rule observed, about to become (or bump) an alert. */
export interface AlertSignal {
  kind: AlertKind;
  severity: AlertSeverity;
  subjectType: SubjectType;
  subjectId: string;
  context: SubjectContext;
  workerId?: string | null;
  source: AlertSource;
  /** Platform time of the observation, Unix ms. */
  atMs: number;
  details: Record<string, unknown>;
  /**
   * Set by the sweep for a condition that lasts (offline since t, certificate expiring on d): a
   * still-true condition refreshes `lastSeenAt` without counting an occurrence, and once a person
   * has closed the alert for this episode the sweep does not raise it again (WC-SRV-136).
   */
  episode?: string;
}

/** What {@link AlertStore.raise} did. */
export type RaiseOutcome = 'opened' | 'repeated' | 'refreshed' | 'suppressed';

function transition(by: unknown, at: unknown, note: unknown): Alert['acknowledged'] {
  if (by === null || by === undefined) return null;
  return { by: String(by), at: isoInstant(at), note: textOrNull(note) };
}

function fromRow(row: SqlRow): Alert {
  return {
    id: String(row.id),
    kind: row.kind as AlertKind,
    severity: row.severity as AlertSeverity,
    state: row.state as AlertState,
    subjectType: row.subject_type as SubjectType,
    subjectId: String(row.subject_id),
    machineId: textOrNull(row.machine_id),
    chipId: textOrNull(row.chip_id),
    workerId: textOrNull(row.worker_id),
    siteId: textOrNull(row.site_id),
    townId: textOrNull(row.town_id),
    districtId: textOrNull(row.district_id),
    sector: textOrNull(row.sector),
    source: row.source as AlertSource,
    occurrences: Number(row.occurrences),
    firstSeenAt: isoInstant(row.first_seen_at),
    lastSeenAt: isoInstant(row.last_seen_at),
    details: JSON.parse(String(row.details)) as Record<string, unknown>,
    acknowledged: transition(row.acknowledged_by, row.acknowledged_at, row.acknowledged_note),
    closed: transition(row.closed_by, row.closed_at, row.closed_note),
  };
}

/** Who closes an alert whose condition ended (WC-SRV-144). */
export const SYSTEM_ACTOR = 'system';

function dedupKey(signal: Pick<AlertSignal, 'kind' | 'subjectType' | 'subjectId'>): string {
  return `${signal.kind}|${signal.subjectType}|${signal.subjectId}`;
}

/**
 * Alerts, deduplicated on (kind, subject) while not closed (WC-SRV-122) by a unique key that is
 * cleared on close, so two server instances raising at once still make one alert. Every opening
 * and every transition is written to the audit log in the same transaction (WC-SRV-124).
 */
export class AlertStore {
  constructor(private readonly db: SqlDatabase) {}

  /** Opens an alert for `signal`, or bumps the one already open for its kind and subject. */
  async raise(signal: AlertSignal): Promise<{ outcome: RaiseOutcome; alertId: string | null }> {
    try {
      return await this.db.transaction((tx) => this.raiseIn(tx, signal));
    } catch (error) {
      // Another instance opened the same alert between our update and insert: bump that one.
      if (error instanceof ServerError && error.code === 'ERR_SRV_CONFLICT') {
        return this.db.transaction((tx) => this.raiseIn(tx, signal));
      }
      throw error;
    }
  }

  private async raiseIn(
    tx: SqlExecutor,
    signal: AlertSignal,
  ): Promise<{ outcome: RaiseOutcome; alertId: string | null }> {
    const key = dedupKey(signal);
    const lasting = signal.episode !== undefined;
    const existing = await findRow(tx, 'alerts', key, 'dedup_key');
    if (existing !== undefined) {
      await tx.execute(
        `UPDATE alerts SET occurrences = occurrences + ?,
           last_seen_at = CASE WHEN last_seen_at > ? THEN last_seen_at ELSE ? END
         WHERE id = ?`,
        [lasting ? 0 : 1, signal.atMs, signal.atMs, String(existing.id)],
      );
      return { outcome: lasting ? 'refreshed' : 'repeated', alertId: String(existing.id) };
    }
    if (lasting) {
      const closed = await tx.query(
        'SELECT id FROM alerts WHERE subject_id = ? AND kind = ? AND subject_type = ? AND episode = ?',
        [signal.subjectId, signal.kind, signal.subjectType, signal.episode ?? null],
      );
      if (closed.length > 0) return { outcome: 'suppressed', alertId: String(closed[0]?.id) };
    }
    const id = newId('alt');
    const c = signal.context;
    await insertRow(
      tx,
      'alerts',
      {
        id,
        kind: signal.kind,
        severity: signal.severity,
        state: 'open',
        subject_type: signal.subjectType,
        subject_id: signal.subjectId,
        dedup_key: key,
        episode: signal.episode ?? null,
        machine_id: c.machineId,
        chip_id: c.chipId,
        worker_id: signal.workerId ?? null,
        site_id: c.siteId,
        town_id: c.townId,
        district_id: c.districtId,
        sector: c.sector,
        source: signal.source,
        occurrences: 1,
        first_seen_at: signal.atMs,
        last_seen_at: signal.atMs,
        details: JSON.stringify(signal.details),
      },
      'alert',
    );
    await AuditLog.append(
      tx,
      {
        actor: 'monitoring',
        action: 'alert.open',
        subjectType: 'alert',
        subjectId: id,
        outcome: 'accepted',
        reasons: [signal.kind],
        details: { subjectType: signal.subjectType, subjectId: signal.subjectId, source: signal.source },
      },
      signal.atMs,
    );
    return { outcome: 'opened', alertId: id };
  }

  /** The alert with `id`; `ERR_SRV_NOT_FOUND` if there is none. */
  async get(id: string): Promise<Alert> {
    return fromRow(await getRow(this.db, 'alerts', id, 'alert'));
  }

  /** One page of alerts matching `filter`, oldest first (WC-SRV-141). */
  async list(filter: AlertListFilter): Promise<Page<Alert>> {
    const page = await listRows(
      this.db,
      'alerts',
      {
        state: filter.state,
        kind: filter.kind,
        severity: filter.severity,
        machine_id: filter.machineId,
        chip_id: filter.chipId,
        worker_id: filter.workerId,
        site_id: filter.siteId,
        town_id: filter.townId,
        district_id: filter.districtId,
      },
      filter,
    );
    return { items: page.items.map(fromRow), nextCursor: page.nextCursor };
  }

  /**
   * Closes the unclosed alert of (kind, subject), if there is one, because its condition ended
   * (WC-SRV-144): who is `system`, when is the observation's platform time. Resolves to its id.
   */
  resolve(
    signal: Pick<AlertSignal, 'kind' | 'subjectType' | 'subjectId'>,
    atMs: number,
    note: string,
  ): Promise<string | undefined> {
    return this.db.transaction(async (tx) => {
      const rows = await tx.query<{ id: string }>(
        `UPDATE alerts SET state = 'closed', closed_by = ?, closed_at = ?, closed_note = ?, dedup_key = NULL
         WHERE dedup_key = ? RETURNING id`,
        [SYSTEM_ACTOR, atMs, note, dedupKey(signal)],
      );
      const id = rows[0]?.id;
      if (id === undefined) return undefined;
      await AuditLog.append(
        tx,
        {
          actor: SYSTEM_ACTOR,
          action: 'alert.close',
          subjectType: 'alert',
          subjectId: String(id),
          outcome: 'accepted',
          reasons: [signal.kind],
          details: { note, automatic: true },
        },
        atMs,
      );
      return String(id);
    });
  }

  /** open → acknowledged (WC-SRV-123). */
  acknowledge(id: string, input: AlertAcknowledge, atMs: number): Promise<Alert> {
    return this.move(id, ['open'], 'acknowledged', input.actor, input.note ?? null, atMs);
  }

  /** open or acknowledged → closed, with a note of what was verified and done (WC-SRV-123). */
  close(id: string, input: AlertClose, atMs: number): Promise<Alert> {
    return this.move(id, ['open', 'acknowledged'], 'closed', input.actor, input.note, atMs);
  }

  private move(
    id: string,
    from: readonly AlertState[],
    to: 'acknowledged' | 'closed',
    actor: string,
    note: string | null,
    atMs: number,
  ): Promise<Alert> {
    return this.db.transaction(async (tx) => {
      const prefix = to === 'acknowledged' ? 'acknowledged' : 'closed';
      const params: SqlValue[] = [to, actor, atMs, note, id, ...from];
      const clearKey = to === 'closed' ? ', dedup_key = NULL' : '';
      const changed = await tx.execute(
        `UPDATE alerts SET state = ?, ${prefix}_by = ?, ${prefix}_at = ?, ${prefix}_note = ?${clearKey}
         WHERE id = ? AND state IN (${from.map(() => '?').join(', ')})`,
        params,
      );
      const row = await getRow(tx, 'alerts', id, 'alert');
      if (changed === 0) {
        throw new ServerError(
          'ERR_SRV_INVALID_STATE',
          `alert ${id} is ${String(row.state)}: it cannot be ${to}`,
          {
            details: { state: row.state, to },
          },
        );
      }
      await AuditLog.append(
        tx,
        {
          actor,
          action: `alert.${to === 'acknowledged' ? 'acknowledge' : 'close'}`,
          subjectType: 'alert',
          subjectId: id,
          outcome: 'accepted',
          reasons: [String(row.kind)],
          details: note === null ? {} : { note },
        },
        atMs,
      );
      return fromRow(row);
    });
  }
}
