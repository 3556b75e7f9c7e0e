import { BleLink } from '../apps/ble-link';
import { InspectorApp } from '../apps/inspector-app';
import type { FaultCounts } from '../faults/fault-pipe';
import { sumCounts } from '../faults/fault-pipe';
import { ALERT_KINDS, type AlertKind, type RefusalReason } from '../harness/reason-codes';
import { compareExpectations, type ExpectationReport } from '../scenario/expectations';
import type { Scenario, ScenarioEvent } from '../scenario/scenario-types';
import { offsetMetres } from '../signals/position-signal';
import { SimulatorError } from '../simulator-error';
import { PlatformClient } from './platform-client';
import { PlatformNetwork } from './platform-network';
import { type ProvisionedWorld, provisionScenario } from './provision-scenario';

/** Where the platform is, and how fast to run. */
export interface PlatformRunOptions {
  /** Base URL of the platform's HTTP API. */
  baseUrl: string;
  /** `mqtt://...` of the broker the platform's chips connect to. */
  mqttUrl: string;
  /** Bearer token of the platform administrator (it provisions, scans and moves the test clock). */
  token: string;
  /** Simulated milliseconds per real millisecond (default: as fast as the platform answers). */
  speed?: number;
  /**
   * Every this many simulated seconds (default 300) the platform's test clock is moved to the
   * simulated time and the chips' traffic is let through; also at every event.
   */
  clockStepSeconds?: number;
  /**
   * Inject the scenario's seeded faults on the chips' links (default true). Over a real network the
   * interleaving of traffic differs from run to run, so the faults hit different messages: an alarm
   * that is dropped or held back arrives as a historical record and raises no alert
   * (WC-PROTO-038). `false` gives a reproducible verdict.
   */
  faults?: boolean;
  /** A world already provisioned with {@link provisionScenario} (default: provision now). */
  world?: ProvisionedWorld;
  /** Called after every simulated minute. */
  onProgress?: (progress: PlatformProgress) => void;
  /** Checked every simulated second: true stops the run early (the summary covers what ran). */
  shouldStop?: () => boolean;
}

/** A live view of a run. */
export interface PlatformProgress {
  /** 0..1 of the scenario's duration. */
  fraction: number;
  /** The simulated instant, ISO 8601. */
  at: string;
  grants: number;
  refusals: Partial<Record<RefusalReason, number>>;
}

/** An alert as the platform raised it, named by scenario ids. */
export interface PlatformAlert {
  kind: string;
  machine?: number;
  worker?: number;
  chipId?: string;
  state: string;
  at: string;
}

/** What a run against a platform produced (the remote counterpart of `ScenarioSummary`). */
export interface PlatformRunSummary {
  scenario: string;
  seed: number;
  simulatedMinutes: number;
  /** False when `shouldStop` ended the run before the scenario's end. */
  completed: boolean;
  chips: number;
  grants: number;
  refusals: { reason: RefusalReason; reasons: string[]; worker?: number; machine?: number; at: string }[];
  /** Alerts of the kinds the simulator judges (WC-SIM-041), compared with the scenario's expectations. */
  alerts: PlatformAlert[];
  /** The platform's other alerts (kinds WC-SIM-041 does not name), reported, not compared (WC-SIM-072). */
  extraAlerts: PlatformAlert[];
  inspections: { code: string; valid: boolean; reason: string }[];
  faults: FaultCounts;
  chipStats: { sent: number; received: number; arcSeconds: number; bypassArcSeconds: number };
  /** Codes the platform would not issue while provisioning. */
  notIssued: string[];
  expectations: ExpectationReport;
}

const STEP_MS = 1000;
const SIM_KINDS = new Set<string>(ALERT_KINDS);

interface ScanDecision {
  accepted: boolean;
  reasons: string[];
  grant?: { relay: string; delivered: boolean };
}

/**
 * Runs a scenario against a real weldcode platform over the wire (spec/simulator.md §7): provisions
 * it through the HTTP API, connects every chip to the platform's MQTT broker, moves the platform's
 * test clock in step with the simulated clock, lets the worker app scan through `POST /v1/scans`
 * (relaying grants over BLE where the scenario says), collects grants, refusals and
 * `GET /v1/alerts`, and compares them with the scenario's expectations. Mismatches are reported in
 * `expectations`, never thrown.
 *
 * @example
 * ```ts
 * import { runScenarioOnPlatform } from '@weldcode/simulator';
 *
 * const summary = await runScenarioOnPlatform(scenario, { baseUrl, mqttUrl, token });
 * if (!summary.expectations.ok) console.log(summary.expectations);
 * ```
 */
export async function runScenarioOnPlatform(
  scenario: Scenario,
  options: PlatformRunOptions,
): Promise<PlatformRunSummary> {
  const client = new PlatformClient({ baseUrl: options.baseUrl, token: options.token });
  const world = options.world ?? (await provisionScenario(scenario, options));
  const { clock, startMs } = world;
  const moveClock = async (ms: number) => {
    try {
      await client.put('/v1/test/clock', { at: new Date(ms).toISOString() });
    } catch (error) {
      if (error instanceof SimulatorError && error.details.status === 404)
        throw new SimulatorError('ERR_SIM_PLATFORM', 'the platform runs no test clock (WC-SRV-151)', {
          cause: error,
        });
      throw error;
    }
  };
  await moveClock(startMs);
  clock.set(startMs);
  const network = new PlatformNetwork(
    options.mqttUrl,
    clock,
    world.random.fork('network'),
    scenario.faults ?? {},
  );
  const run = new PlatformRun(world, network, client, options, moveClock);
  try {
    for (const chip of world.chips.values()) await network.attach(chip);
    await network.settle(5000);
    return await run.drive();
  } finally {
    await network.close();
  }
}

class PlatformRun {
  private grants = 0;
  /** Who was granted which machine when, to name a worker's certificate alert by its grant. */
  private readonly granted: { worker: number; machine: number; atMs: number }[] = [];
  private readonly refusals: PlatformRunSummary['refusals'] = [];
  private readonly inspections: PlatformRunSummary['inspections'] = [];
  private readonly timers: { atMs: number; run: () => void }[] = [];
  private readonly relays = new Map<number, Uint8Array>();
  private platformMs: number;

  constructor(
    private readonly world: ProvisionedWorld,
    private readonly network: PlatformNetwork,
    private readonly client: PlatformClient,
    private readonly options: PlatformRunOptions,
    private readonly moveClock: (ms: number) => Promise<void>,
  ) {
    this.platformMs = world.startMs;
  }

  async drive(): Promise<PlatformRunSummary> {
    const { world, network, options } = this;
    const { clock, scenario, startMs } = world;
    const events = [...scenario.events]
      .map((event, i) => ({ event, atMs: world.timeOf(event.at), i }))
      .sort((a, b) => a.atMs - b.atMs || a.i - b.i);
    const endMs = startMs + scenario.durationMinutes * 60_000;
    const stepMs = (options.clockStepSeconds ?? 300) * 1000;
    const realStart = Date.now();
    let next = 0;
    let completed = true;
    for (let t = startMs; t <= endMs; t += STEP_MS) {
      if (options.shouldStop?.()) {
        completed = false;
        break;
      }
      clock.set(t);
      while (next < events.length && (events[next]?.atMs ?? Infinity) <= t) {
        // What the event makes a chip send must reach the platform before the chip's next records:
        // a record overtaken by a later one is historical, and raises no alert (WC-SRV-125).
        await this.sync(t);
        await network.settle();
        await this.apply((events[next] as { event: ScenarioEvent }).event, t);
        await network.settle();
        next++;
      }
      for (const timer of this.timers.filter((x) => x.atMs <= t)) {
        this.timers.splice(this.timers.indexOf(timer), 1);
        timer.run();
      }
      for (const chip of world.chips.values()) chip.advance();
      network.step();
      // the burst since the last step is delivered, stored and acknowledged on the platform's
      // clock at the burst's end, so chips that (re)connect set their clocks from the right time
      if ((t - startMs) % stepMs === 0) {
        await this.sync(t);
        await network.settle();
      }
      if ((t - startMs) % 60_000 === 0) {
        await pace(realStart, t - startMs, options.speed);
        options.onProgress?.(this.progress((t - startMs) / (endMs - startMs), t));
      }
    }
    // let the last acks and backfills settle, then read what the platform raised
    for (let i = 0; i < 30; i++) {
      clock.advance(STEP_MS);
      for (const chip of world.chips.values()) chip.advance();
      network.step();
    }
    await network.settle(3000);
    await this.sync(clock.now());
    return this.summary(completed);
  }

  private async sync(t: number): Promise<void> {
    if (t <= this.platformMs) return;
    await this.moveClock(t);
    this.platformMs = t;
  }

  private progress(fraction: number, t: number): PlatformProgress {
    const refusals: Partial<Record<RefusalReason, number>> = {};
    for (const r of this.refusals) refusals[r.reason] = (refusals[r.reason] ?? 0) + 1;
    return { fraction, at: new Date(t).toISOString(), grants: this.grants, refusals };
  }

  private async apply(event: ScenarioEvent, t: number): Promise<void> {
    const { world, network } = this;
    if (event.type === 'broker-restart') return network.restartBroker();
    if (event.type === 'inspect') return this.inspect(event, t);
    const chip = world.chips.get(event.machine);
    if (chip === undefined) return;
    const later = (minutes: number, run: () => void) => this.timers.push({ atMs: t + minutes * 60_000, run });
    switch (event.type) {
      case 'scan':
        return this.scan(event, t);
      case 'bypass':
        chip.bypassRelay(true);
        chip.working = true;
        later(event.minutes, () => {
          chip.bypassRelay(false);
          chip.working = false;
        });
        return;
      case 'open-enclosure':
        return chip.openEnclosure();
      case 'remove-chip':
        return chip.removeChip();
      case 'power-cut':
        return chip.cutPower();
      case 'power-restore':
        return chip.restorePower();
      case 'reboot':
        network.drop(chip, false);
        chip.reboot();
        network.reconnect(chip);
        return;
      case 'move':
        return chip.moveTo(offsetMetres(chip.positionSignal.position, event.northM, event.eastM));
      case 'offline':
        network.drop(chip, false);
        later(event.minutes, () => network.reconnect(chip));
        return;
      case 'replay-grant': {
        const relay = this.relays.get(event.machine);
        if (relay) new BleLink(chip).send(relay);
        return;
      }
    }
  }

  /** The worker app's scan-to-start through `POST /v1/scans`, at the platform's `t`. */
  private async scan(event: Extract<ScenarioEvent, { type: 'scan' }>, t: number): Promise<void> {
    const { world, network } = this;
    const chip = world.chips.get(event.machine);
    if (chip === undefined) return;
    if (event.viaBle) network.drop(chip, false);
    const [north, east] = event.phoneOffsetM ?? [3, 2];
    const phone = offsetMetres(chip.positionSignal.position, north, east);
    const permit =
      event.permit === undefined ? undefined : world.scenario.permits.find((p) => p.id === event.permit);
    const fix = (p: { lat: number; lon: number }) => ({
      latitude: p.lat,
      longitude: p.lon,
      datum: 'wgs84',
      accuracyM: 10,
    });
    const credential = world.codes.credentials.get(event.worker);
    const permitText = event.permit === undefined ? undefined : world.codes.permits.get(event.permit);
    const decision = await this.client.post<ScanDecision>('/v1/scans', {
      plate: world.codes.plates.get(event.machine) ?? '',
      ...(credential === undefined ? {} : { credential }),
      ...(permitText === undefined ? {} : { permit: permitText }),
      phone: fix(phone),
      ...(event.fireWatcherAbsent || permit === undefined
        ? {}
        : { fireWatcher: fix(offsetMetres(phone, 5, 5)) }),
      relay: event.viaBle ?? false,
    });
    if (event.viaBle) this.timers.push({ atMs: t + 60_000, run: () => network.reconnect(chip) });
    if (!decision.accepted) {
      this.refusals.push({
        // the platform's reasons are the simulator's (WC-SRV-090)
        reason: decision.reasons[0] as RefusalReason,
        reasons: decision.reasons,
        worker: event.worker,
        machine: event.machine,
        at: new Date(t).toISOString(),
      });
      return;
    }
    this.grants++;
    this.granted.push({ worker: event.worker, machine: event.machine, atMs: t });
    const relay = new Uint8Array(Buffer.from(decision.grant?.relay ?? '', 'base64url'));
    this.relays.set(event.machine, relay);
    // an offline chip gets the grant from the phone; an online one got it from the platform
    if (event.viaBle) new BleLink(chip).send(relay);
    chip.workerId = String(event.worker);
    chip.working = true;
    this.timers.push({ atMs: t + (event.workMinutes ?? 30) * 60_000, run: () => (chip.working = false) });
  }

  /** An inspector's phone checks codes offline with the trust and revocation lists fetched now. */
  private async inspect(event: Extract<ScenarioEvent, { type: 'inspect' }>, t: number): Promise<void> {
    const { world } = this;
    await this.sync(t);
    const base = this.options.baseUrl.replace(/\/+$/, '');
    const bytes = async (path: string) => new Uint8Array(await (await fetch(`${base}${path}`)).arrayBuffer());
    const inspector = new InspectorApp([world.keys.root], await bytes('/v1/trust-list'), () => t / 1000);
    inspector.verifier.loadRevocationList(await bytes('/v1/revocations'));
    for (const [code, text] of [
      ['credential', event.worker === undefined ? undefined : world.codes.credentials.get(event.worker)],
      ['plate', event.machine === undefined ? undefined : world.codes.plates.get(event.machine)],
      ['permit', event.permit === undefined ? undefined : world.codes.permits.get(event.permit)],
    ] as const) {
      if (text === undefined) continue;
      const result = inspector.check(text);
      this.inspections.push({ code, valid: result.valid, reason: result.reason });
    }
  }

  /**
   * The machine of the worker's latest grant up to `atMs` (the alert's last sighting): the platform
   * raises `CERTIFICATE_EXPIRING` about the certificate and its worker (also from its sweep), the
   * simulator names it by the machine whose grant relied on it (WC-SIM-072).
   */
  private grantOf(worker: number | undefined, atMs: number): number | undefined {
    return this.granted.filter((g) => g.worker === worker && g.atMs <= atMs).at(-1)?.machine;
  }

  private async summary(completed: boolean): Promise<PlatformRunSummary> {
    const { world } = this;
    const { scenario } = world;
    const raised = await this.client.list<{
      kind: string;
      machineId: string | null;
      workerId: string | null;
      chipId: string | null;
      state: string;
      firstSeenAt: string;
      lastSeenAt: string;
    }>('/v1/alerts');
    const all: PlatformAlert[] = raised.map((a) => {
      const worker = world.workerOf(a.workerId);
      const machine =
        world.machineOf(a.machineId) ??
        (a.kind === 'CERTIFICATE_EXPIRING' ? this.grantOf(worker, Date.parse(a.lastSeenAt)) : undefined);
      return {
        kind: a.kind,
        ...(machine === undefined ? {} : { machine }),
        ...(worker === undefined ? {} : { worker }),
        ...(a.chipId === null ? {} : { chipId: a.chipId }),
        state: a.state,
        at: a.firstSeenAt,
      };
    });
    const alerts = all.filter((a) => SIM_KINDS.has(a.kind));
    const extraAlerts = all.filter((a) => !SIM_KINDS.has(a.kind));
    const chips = [...world.chips.values()];
    return {
      scenario: scenario.name,
      seed: scenario.seed,
      simulatedMinutes: scenario.durationMinutes,
      completed,
      chips: chips.length,
      grants: this.grants,
      refusals: this.refusals,
      alerts,
      extraAlerts,
      inspections: this.inspections,
      faults: sumCounts(this.network.pipes()),
      chipStats: {
        sent: chips.reduce((n, c) => n + c.stats.sent, 0),
        received: chips.reduce((n, c) => n + c.stats.received, 0),
        arcSeconds: chips.reduce((n, c) => n + c.stats.arcSeconds, 0),
        bypassArcSeconds: chips.reduce((n, c) => n + c.stats.bypassArcSeconds, 0),
      },
      notIssued: world.notIssued,
      expectations: compareExpectations(scenario.expect, {
        refusals: this.refusals,
        alerts: alerts.map((a) => ({
          kind: a.kind as AlertKind,
          ...(a.machine === undefined ? {} : { machine: a.machine }),
        })),
        grants: this.grants,
      }),
    };
  }
}

/** Waits until `simulatedMs` of the run is due at `speed`. */
async function pace(realStart: number, simulatedMs: number, speed: number | undefined): Promise<void> {
  if (speed === undefined || !Number.isFinite(speed) || speed <= 0) return;
  const due = realStart + simulatedMs / speed;
  const wait = due - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
