import { distanceMetres } from '@weldcode/geofence';
import type { BodyOf, EnvelopeBody } from '@weldcode/protocol';
import { newId } from '../ids';
import type {
  ChipAlertEvent,
  ChipMessageEvent,
  ChipPresenceEvent,
  DurableRecordEvent,
  PlatformEvents,
  ScanDecisionEvent,
} from '../platform/platform-events';
import type { Storage } from '../storage/storage';
import { type AlertKind, severityOf } from './alert-kinds';
import type { AlertSource, SubjectType } from './alert-schemas';
import type { ArcRun } from './arc-tracker';
import { ArcTracker } from './arc-tracker';
import { KeyedQueues } from './chip-queues';
import {
  alarmAlert,
  deathAlert,
  deathDeEnergises,
  EVENT_GRANT_REJECTED,
  EVENT_RELAY_CLOSED,
  EVENT_RELAY_OPENED,
  protocolAlert,
  refusalAlerts,
} from './event-rules';
import { type MonitoringPolicy, monitoringPolicy } from './monitoring-policy';
import type { MonitoringStore } from './monitoring-store';
import { emptyContext, type SubjectContext } from './subject-context';
import { type SweepReport, sweep } from './sweep';
import { isOpenAt, shanghaiDay, validInstant } from './time-rules';

/** Where the logs of failed handlers go (Fastify's pino logger fits). */
export interface MonitoringLogger {
  error(details: object, message: string): void;
}

/** Options of {@link MonitoringEngine}. */
export interface MonitoringEngineOptions {
  storage: Pick<Storage, 'monitoring'>;
  /** Thresholds; defaults {@link DEFAULT_MONITORING_POLICY}. */
  policy?: Partial<MonitoringPolicy>;
  /** Platform clock, Unix ms (tests inject one). Default `Date.now`. */
  clock?: () => number;
  logger?: MonitoringLogger;
}

/** Counters of what the engine did with the events it saw. */
export interface MonitoringStats {
  handled: number;
  /** Events that were not understood (malformed, unknown kinds); dropped. */
  ignored: number;
  /** Handlers that failed (storage errors); logged. */
  failed: number;
}

/** The record an observation came from, when it came from one. */
export interface Origin {
  chipId: string;
  epoch: number;
  seq: number;
  historical: boolean;
  occurredMs: number;
}

/** One observation of a rule, before it becomes an alert or a compliance finding. */
export interface Observation {
  kind: AlertKind;
  context: SubjectContext;
  source: AlertSource;
  atMs: number;
  details: Record<string, unknown>;
  workerId?: string | null;
  subject?: { type: SubjectType; id: string };
  episode?: string;
  origin?: Origin;
}

/**
 * The kinds that close themselves when their condition ends (WC-SRV-144), with the note the
 * closing records. Every other kind needs a person to verify and close it (核实处置).
 */
export const AUTO_CLOSING = {
  CHIP_OFFLINE: 'condition ended: the chip is online again',
  LONG_OFFLINE: 'condition ended: the chip is online again',
  ON_TOO_LONG: 'condition ended: the machine was de-energised',
  MOBILE_WELDING: 'condition ended: a precise fix back inside the registered site',
} as const satisfies Partial<Record<AlertKind, string>>;
type AutoClosingKind = keyof typeof AUTO_CLOSING;

/** Who worked a machine last: attributes its alerts to a worker for the length of a permit. */
const WORKER_ATTRIBUTION_MS = 8 * 3_600_000;

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A chip-reported time in seconds as Unix ms, or `fallback` when absent or not a usable instant. */
function chipTime(seconds: unknown, fallback: number): number {
  return typeof seconds === 'number' && seconds > 0 ? validInstant(seconds * 1000, fallback) : fallback;
}

/** A chip, machine or worker id an alert can name: 1 to 80 characters. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 80;
}

function isRecordEvent(event: unknown): event is DurableRecordEvent {
  const e = event as DurableRecordEvent | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    isId(e.chipId) &&
    typeof e.body === 'object' &&
    e.body !== null &&
    typeof e.body.kind === 'string' &&
    typeof e.body.value === 'object' &&
    e.body.value !== null
  );
}

/**
 * Monitoring (以智管焊): listens to the platform bus, builds arc sessions from telemetry, raises
 * deduplicated alerts for live observations and records compliance findings for historical ones,
 * and runs the time-based rules from {@link MonitoringEngine.sweep} (spec/server.md section 8).
 *
 * @example
 * ```ts
 * import { MonitoringEngine, openStorage, PlatformEvents } from '@weldcode/server';
 *
 * const storage = await openStorage({ db: ':memory:' });
 * const events = new PlatformEvents();
 * const monitoring = new MonitoringEngine({ storage, policy: { offlineAlertMinutes: 60 } });
 * monitoring.attach(events);
 * events.emit('chip-alert', { kind: 'unknown-chip', chipId: 'WC-9', details: {}, receivedMs: Date.now() });
 * await monitoring.idle();
 * console.log((await storage.monitoring.alerts.list({ limit: 10 })).items[0]?.kind); // 'UNKNOWN_CHIP'
 * ```
 */
export class MonitoringEngine {
  readonly policy: MonitoringPolicy;
  readonly clock: () => number;
  readonly stats: MonitoringStats = { handled: 0, ignored: 0, failed: 0 };
  private readonly store: MonitoringStore;
  private readonly tracker: ArcTracker;
  private readonly queues: KeyedQueues;
  private readonly energised = new Map<string, boolean>();
  private readonly lastWorker = new Map<string, { workerId: string; atMs: number }>();
  private readonly runContext = new Map<string, SubjectContext>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: MonitoringEngineOptions) {
    this.policy = monitoringPolicy(options.policy);
    this.clock = options.clock ?? Date.now;
    this.store = options.storage.monitoring;
    this.tracker = new ArcTracker({
      thresholdDa: this.policy.arcThresholdDa,
      gapMs: this.policy.arcGapSeconds * 1000,
      newId: () => newId('arc'),
    });
    this.queues = new KeyedQueues((error) => {
      this.stats.failed++;
      options.logger?.error({ err: error }, 'monitoring handler failed');
    });
  }

  /** Subscribes to `events`; returns the function that unsubscribes. */
  attach(events: PlatformEvents): () => void {
    const guard =
      <T>(handle: (event: T) => void) =>
      (event: T) => {
        try {
          handle(event);
        } catch (error) {
          // A listener runs inside the emitter (ingest): it must never throw into it (WC-SRV-142).
          this.stats.ignored++;
          this.options.logger?.error({ err: error }, 'monitoring dropped a malformed event');
        }
      };
    const listeners = {
      record: guard((e: DurableRecordEvent) => this.onRecord(e)),
      message: guard((e: ChipMessageEvent) => this.onMessage(e)),
      'chip-alert': guard((e: ChipAlertEvent) => this.onChipAlert(e)),
      presence: guard((e: ChipPresenceEvent) => this.onPresence(e)),
      'scan-decision': guard((e: ScanDecisionEvent) => this.onScanDecision(e)),
    };
    events.on('record', listeners.record);
    events.on('message', listeners.message);
    events.on('chip-alert', listeners['chip-alert']);
    events.on('presence', listeners.presence);
    events.on('scan-decision', listeners['scan-decision']);
    return () => {
      events.off('record', listeners.record);
      events.off('message', listeners.message);
      events.off('chip-alert', listeners['chip-alert']);
      events.off('presence', listeners.presence);
      events.off('scan-decision', listeners['scan-decision']);
    };
  }

  /**
   * How long an open arc session may go without a checkpoint before it counts as abandoned: the
   * silence that ends a run plus two sweeps (live runs are checkpointed at every sweep of the
   * instance building them, so another instance's live session is never taken for abandoned).
   */
  get abandonedAfterMs(): number {
    return (this.policy.arcGapSeconds + 2 * this.policy.sweepIntervalSeconds) * 1000;
  }

  /** Closes abandoned arc sessions (WC-SRV-146) and, if `intervalMs`, sweeps on a timer. */
  async start(intervalMs: number | false = this.policy.sweepIntervalSeconds * 1000): Promise<void> {
    await this.store.arcSessions.closeAbandoned(this.clock() - this.abandonedAfterMs);
    if (intervalMs === false || intervalMs <= 0) return;
    this.timer = setInterval(() => {
      this.sweep().catch((error) => {
        this.stats.failed++;
        this.options.logger?.error({ err: error }, 'monitoring sweep failed');
      });
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the sweep timer and waits for queued work. */
  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    await this.idle();
  }

  /** Resolves when every event seen so far has been handled. */
  idle(): Promise<void> {
    return this.queues.idle();
  }

  /** Runs the time-based rules at the clock's now (WC-SRV-136 to WC-SRV-139). */
  async sweep(): Promise<SweepReport> {
    await this.idle();
    const report = await sweep(this, this.store, this.clock());
    await this.idle();
    return report;
  }

  // ---- bus handlers (synchronous part; I/O goes to the chip's queue) ----

  private onRecord(event: DurableRecordEvent): void {
    if (!isRecordEvent(event)) return void this.stats.ignored++;
    this.stats.handled++;
    const atMs = validInstant(event.receivedMs, this.clock());
    const origin: Origin = {
      chipId: event.chipId,
      epoch: Number.isSafeInteger(event.epoch) ? event.epoch : 0,
      seq: Number.isSafeInteger(event.seq) ? event.seq : 0,
      historical: event.historical !== false,
      occurredMs: atMs,
    };
    // Anything not explicitly live is treated as historical (WC-PROTO-038): never alert on doubt.
    const body = event.body as EnvelopeBody;
    if (body.kind === 'telemetry') this.onTelemetry(origin, body.value, atMs);
    else if (body.kind === 'alarm') this.onAlarm(origin, body.value, atMs);
    else if (body.kind === 'event') this.onChipEvent(origin, body.value, atMs);
    else if (body.kind === 'arcSession') this.onArcSession(origin, body.value, atMs);
    else if (body.kind === 'location') this.onLocation(origin, body.value, atMs);
  }

  private onTelemetry(origin: Origin, telemetry: BodyOf<'telemetry'>, atMs: number): void {
    const step = this.tracker.feed(origin.chipId, origin.historical, telemetry, atMs);
    origin.occurredMs = chipTime(telemetry.startS, atMs);
    this.onChip(origin.chipId, async (context) => {
      for (const { run, reason } of step.closed) await this.closeRun(run, reason);
      for (const run of step.opened) await this.openRun(run, context, origin, atMs);
      if (step.bypassSamples > 0) {
        await this.observe({
          kind: 'BYPASS',
          context,
          source: 'record',
          atMs,
          origin,
          details: { rule: 'arc-with-relay-open', samples: step.bypassSamples },
        });
      }
      if (!origin.historical && step.energised !== undefined)
        await this.setEnergised(origin.chipId, step.energised, atMs, context);
    });
  }

  private onAlarm(origin: Origin, alarm: BodyOf<'alarm'>, atMs: number): void {
    const kind = alarmAlert(alarm);
    if (kind === undefined) return;
    origin.occurredMs = chipTime(alarm.timeS, atMs);
    this.onChip(origin.chipId, (context) =>
      this.observe({
        kind,
        context,
        source: 'record',
        atMs,
        origin,
        details: { alarmKind: alarm.kind ?? 0, value: alarm.value ?? 0, timeS: alarm.timeS ?? 0 },
      }),
    );
  }

  private onChipEvent(origin: Origin, event: BodyOf<'event'>, atMs: number): void {
    if (event.kind === EVENT_GRANT_REJECTED) {
      this.onChip(origin.chipId, (context) =>
        this.observe({
          kind: 'GRANT_REJECTED',
          context,
          source: 'record',
          atMs,
          origin,
          details: { reason: typeof event.reason === 'string' ? event.reason : '' },
        }),
      );
    } else if (
      !origin.historical &&
      (event.kind === EVENT_RELAY_CLOSED || event.kind === EVENT_RELAY_OPENED)
    ) {
      this.onChip(origin.chipId, (context) =>
        this.setEnergised(origin.chipId, event.kind === EVENT_RELAY_CLOSED, atMs, context),
      );
    }
  }

  private onArcSession(origin: Origin, session: BodyOf<'arcSession'>, atMs: number): void {
    const workerId =
      typeof session.workerId === 'string' && session.workerId !== '' ? session.workerId : null;
    const granted = session.grantId instanceof Uint8Array && session.grantId.length > 0;
    if (granted) return;
    origin.occurredMs = chipTime(session.startS, atMs);
    this.onChip(origin.chipId, (context) =>
      this.observe({
        kind: 'BYPASS',
        context,
        source: 'record',
        atMs,
        origin,
        workerId,
        details: { rule: 'arc-session-without-grant', startS: session.startS ?? 0, endS: session.endS ?? 0 },
      }),
    );
  }

  private onLocation(origin: Origin, location: BodyOf<'location'>, atMs: number): void {
    const accuracy = finite(location.accuracyM, 0);
    if (location.latE7 === undefined || location.lonE7 === undefined) return;
    // An unknown (0) or coarse accuracy cannot accuse anyone of leaving the site (WC-SRV-130).
    if (accuracy <= 0 || accuracy >= this.policy.fixAccuracyLimitM) return;
    const fix = { lat: finite(location.latE7, 0) / 1e7, lon: finite(location.lonE7, 0) / 1e7 };
    origin.occurredMs = chipTime(location.timeS, atMs);
    this.onChip(origin.chipId, async (context) => {
      const site = context.sitePosition;
      if (site === null) return;
      const distance = distanceMetres(site.lon, site.lat, fix.lon, fix.lat);
      if (distance <= this.policy.siteRadiusM + accuracy) {
        // Back inside its site: a live fix ends the 流动作业 condition (WC-SRV-144).
        if (!origin.historical) await this.conditionEnded('MOBILE_WELDING', context, atMs);
        return;
      }
      await this.observe({
        kind: 'MOBILE_WELDING',
        context,
        source: 'record',
        atMs,
        origin,
        details: { distanceM: Math.round(distance), accuracyM: accuracy, lat: fix.lat, lon: fix.lon },
      });
    });
  }

  private onMessage(event: ChipMessageEvent): void {
    if (!isId(event?.chipId) || typeof event.body?.kind !== 'string') return void this.stats.ignored++;
    this.stats.handled++;
    const atMs = validInstant(event.receivedMs, this.clock());
    const { chipId, body } = event;
    if (body.kind === 'birth') {
      this.onChip(chipId, (context) => this.backOnline(chipId, context, atMs));
      return;
    }
    if (body.kind !== 'death' || typeof body.value !== 'object' || body.value === null) return;
    const death = body.value;
    const run = this.tracker.end(chipId);
    this.onChip(chipId, async (context) => {
      if (run !== undefined) await this.closeRun(run, 'death');
      await this.store.chipStatus.offline(chipId, atMs);
      if (deathDeEnergises(death)) await this.setEnergised(chipId, false, atMs, context);
      const kind = deathAlert(death);
      if (kind !== undefined) {
        await this.observe({
          kind,
          context,
          source: 'message',
          atMs,
          details: { deathReason: death.reason ?? 0 },
        });
      }
    });
  }

  private onChipAlert(event: ChipAlertEvent): void {
    if (!isId(event?.chipId)) return void this.stats.ignored++;
    const kind = protocolAlert(event.kind);
    if (kind === undefined) return void this.stats.ignored++;
    this.stats.handled++;
    const atMs = validInstant(event.receivedMs, this.clock());
    const details = typeof event.details === 'object' && event.details !== null ? event.details : {};
    this.onChip(event.chipId, (context) =>
      this.observe({
        kind,
        context,
        source: 'chip-alert',
        atMs,
        details: { finding: event.kind, ...details },
      }),
    );
  }

  private onPresence(event: ChipPresenceEvent): void {
    if (!isId(event?.chipId) || typeof event.online !== 'boolean') return void this.stats.ignored++;
    this.stats.handled++;
    const atMs = validInstant(event.atMs, this.clock());
    const { chipId } = event;
    if (event.online) {
      this.onChip(chipId, (context) => this.backOnline(chipId, context, atMs));
      return;
    }
    const run = this.tracker.end(chipId);
    this.onChip(chipId, async (context) => {
      if (run !== undefined) await this.closeRun(run, 'offline');
      await this.store.chipStatus.offline(chipId, atMs);
      if (event.lastWill === true) {
        await this.observe({
          kind: 'CHIP_OFFLINE',
          context,
          source: 'presence',
          atMs,
          details: { lastWill: true },
        });
      }
    });
  }

  private onScanDecision(event: ScanDecisionEvent): void {
    const machineId = isId(event?.machineId) ? event.machineId : undefined;
    const plate = isId(event?.plate) ? event.plate : undefined;
    if ((machineId === undefined && plate === undefined) || !Array.isArray(event.reasons))
      return void this.stats.ignored++;
    this.stats.handled++;
    const atMs = validInstant(event.atMs, this.clock());
    const workerId = isId(event.workerId) ? event.workerId : null;
    if (event.accepted === true && workerId !== null && machineId !== undefined)
      this.lastWorker.set(machineId, { workerId, atMs });
    const kinds = event.accepted === true ? [] : refusalAlerts(event.reasons);
    this.queues.run(machineId === undefined ? `plate:${plate}` : `machine:${machineId}`, async () => {
      // A plate naming no registered machine: its alerts are about the plate scanned (WC-SRV-145).
      const context =
        machineId === undefined ? emptyContext() : await this.store.contexts.ofMachine(machineId);
      const subject = machineId === undefined ? { type: 'plate' as const, id: String(plate) } : undefined;
      // only strings: String() throws on an object whose toString is not a function (WC-SRV-142)
      const details = {
        decisionId: typeof event.decisionId === 'string' ? event.decisionId : null,
        reasons: event.reasons.filter((reason): reason is string => typeof reason === 'string'),
      };
      for (const kind of kinds) {
        await this.observe({
          kind,
          context,
          source: 'scan-decision',
          atMs,
          workerId,
          details,
          ...(subject === undefined ? {} : { subject }),
        });
      }
      if (event.accepted === true && workerId !== null)
        await this.expiringCertificates(workerId, context, atMs);
    });
  }

  // ---- shared steps ----

  /** Queues `task` on the chip's queue with the chip's registry context. */
  private onChip(chipId: string, task: (context: SubjectContext) => Promise<void>): void {
    this.queues.run(`chip:${chipId}`, async () => task(await this.store.contexts.ofChip(chipId)));
  }

  /** Turns an observation into an alert (live) or a compliance finding (historical). */
  async observe(o: Observation): Promise<void> {
    const severity = severityOf(o.kind, this.policy.severities);
    const workerId = o.workerId ?? this.workerOf(o.context.machineId, o.atMs);
    if (o.origin?.historical === true) {
      await this.store.findings.record({
        kind: o.kind,
        severity,
        chipId: o.origin.chipId,
        bootEpoch: o.origin.epoch,
        seq: o.origin.seq,
        context: o.context,
        workerId,
        occurredMs: o.origin.occurredMs,
        recordedMs: o.atMs,
        details: o.details,
      });
      return;
    }
    const subject = o.subject ?? subjectOf(o.context);
    if (subject === undefined) return;
    await this.store.alerts.raise({
      kind: o.kind,
      severity,
      subjectType: subject.type,
      subjectId: subject.id,
      context: o.context,
      workerId,
      source: o.source,
      atMs: o.atMs,
      details:
        o.origin === undefined ? o.details : { ...o.details, epoch: o.origin.epoch, seq: o.origin.seq },
      ...(o.episode === undefined ? {} : { episode: o.episode }),
    });
  }

  private workerOf(machineId: string | null, atMs: number): string | null {
    const last = machineId === null ? undefined : this.lastWorker.get(machineId);
    return last !== undefined && atMs - last.atMs <= WORKER_ATTRIBUTION_MS ? last.workerId : null;
  }

  private async setEnergised(
    chipId: string,
    on: boolean,
    atMs: number,
    context: SubjectContext,
  ): Promise<void> {
    if (this.energised.get(chipId) === on) return;
    this.energised.set(chipId, on);
    await this.store.chipStatus.energised(chipId, atMs, on);
    if (!on) await this.conditionEnded('ON_TOO_LONG', context, atMs);
  }

  private async backOnline(chipId: string, context: SubjectContext, atMs: number): Promise<void> {
    await this.store.chipStatus.online(chipId, atMs);
    await this.conditionEnded('CHIP_OFFLINE', context, atMs);
    await this.conditionEnded('LONG_OFFLINE', context, atMs);
  }

  /** Closes the subject's unclosed alert of a kind whose condition just ended (WC-SRV-144). */
  private async conditionEnded(kind: AutoClosingKind, context: SubjectContext, atMs: number): Promise<void> {
    const subject = subjectOf(context);
    if (subject === undefined) return;
    await this.store.alerts.resolve(
      { kind, subjectType: subject.type, subjectId: subject.id },
      atMs,
      AUTO_CLOSING[kind],
    );
  }

  private async openRun(run: ArcRun, context: SubjectContext, origin: Origin, atMs: number): Promise<void> {
    this.runContext.set(run.id, context);
    await this.store.arcSessions.open(run, context, this.workerOf(context.machineId, atMs));
    // Live: evaluated now, in platform time; historical: at the time the chip welded.
    await this.checkRestrictions(run, context, origin.historical ? run.startMs : atMs, origin);
  }

  /** Closes a run; the sweep calls it for runs that went silent. */
  async closeRun(run: ArcRun, reason: 'arc-stopped' | 'gap' | 'death' | 'offline'): Promise<void> {
    this.runContext.delete(run.id);
    await this.store.arcSessions.close(run, reason);
  }

  /** Runs the sweep's arc steps: ends silent runs, re-checks open ones against the time. */
  async sweepArcs(nowMs: number): Promise<{ closed: number; checked: number }> {
    const expired = this.tracker.expire(nowMs - this.policy.arcGapSeconds * 1000);
    for (const run of expired) this.queues.run(`chip:${run.chipId}`, () => this.closeRun(run, 'gap'));
    const open = this.tracker.open();
    for (const run of open) {
      const context = this.runContext.get(run.id) ?? emptyContext(run.chipId);
      this.queues.run(`chip:${run.chipId}`, async () => {
        await this.store.arcSessions.checkpoint(run, nowMs);
        await this.checkRestrictions(run, context, nowMs, undefined);
      });
    }
    await this.idle();
    // Sessions a stopped instance left open, found by any instance still running.
    await this.store.arcSessions.closeAbandoned(nowMs - this.abandonedAfterMs);
    return { closed: expired.length, checked: open.length };
  }

  /** Hot work at a crowded place while it is open, or during a special period (WC-SRV-135). */
  private async checkRestrictions(
    run: ArcRun,
    context: SubjectContext,
    atMs: number,
    origin: Origin | undefined,
  ): Promise<void> {
    if (context.siteId === null) return;
    const base = { context, source: (origin === undefined ? 'sweep' : 'record') as AlertSource, atMs };
    const from = origin === undefined ? {} : { origin: { ...origin, occurredMs: run.startMs } };
    for (const place of await this.store.lookups.crowdedPlaces(context.siteId)) {
      if (!isOpenAt(place.openingHours, atMs)) continue;
      await this.observe({
        ...base,
        ...from,
        kind: 'CROWDED_PLACE_OPEN',
        episode: `arc:${run.id}`,
        details: { arcSessionId: run.id, crowdedPlaceId: place.id },
      });
    }
    const areas = [context.townId, context.districtId, context.cityId].filter((a): a is string => a !== null);
    for (const period of await this.store.lookups.activeSpecialPeriods(areas, atMs)) {
      await this.observe({
        ...base,
        ...from,
        kind: 'SPECIAL_PERIOD',
        episode: `${period.id}:${run.id}`,
        details: { arcSessionId: run.id, specialPeriodId: period.id, name: period.name },
      });
    }
  }

  /** A grant relying on certificates that all expire soon (WC-SIM-041, WC-SRV-132). */
  private async expiringCertificates(workerId: string, context: SubjectContext, atMs: number): Promise<void> {
    const today = shanghaiDay(atMs);
    const horizon = shanghaiDay(atMs, this.policy.certificateWarningDays);
    const valid = (await this.store.lookups.certificatesOf(workerId)).filter((c) => c.expiresOn >= today);
    if (valid.length === 0 || valid.some((c) => c.expiresOn > horizon)) return;
    for (const certificate of valid) {
      await this.observe({
        kind: 'CERTIFICATE_EXPIRING',
        context,
        source: 'scan-decision',
        atMs,
        workerId,
        subject: { type: 'certificate', id: certificate.id },
        episode: `expiring:${certificate.expiresOn}`,
        details: { certificateId: certificate.id, expiresOn: certificate.expiresOn },
      });
    }
  }
}

/** What a chip-side alert is about: its machine when the chip is fitted, else the chip. */
function subjectOf(context: SubjectContext): { type: SubjectType; id: string } | undefined {
  if (context.machineId !== null) return { type: 'machine', id: context.machineId };
  if (context.chipId !== null) return { type: 'chip', id: context.chipId };
  return undefined;
}
