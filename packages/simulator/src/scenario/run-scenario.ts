import { InspectorApp } from '../apps/inspector-app';
import { WorkerApp } from '../apps/worker-app';
import type { VirtualChip } from '../chip/virtual-chip';
import { type FaultCounts, type FaultPipe, sumCounts } from '../faults/fault-pipe';
import type { AlertKind, RefusalReason } from '../harness/reason-codes';
import { offsetMetres } from '../signals/position-signal';
import { MemoryNetwork } from '../transport/memory-network';
import { compareExpectations, type ExpectationReport } from './expectations';
import type { Scenario, ScenarioEvent } from './scenario-types';
import { buildWorld, type ScenarioWorld } from './scenario-world';

/** What a run produced: the JSON summary of `weldcode sim`. */
export interface ScenarioSummary {
  scenario: string;
  seed: number;
  simulatedMinutes: number;
  chips: number;
  records: number;
  historicalRecords: number;
  grants: number;
  refusals: { reason: RefusalReason; worker?: number; machine?: number; at: string }[];
  alerts: { kind: AlertKind; machine?: number; chipId: string; historical: boolean; at: string }[];
  inspections: { code: string; valid: boolean; reason: string }[];
  faults: FaultCounts;
  chipStats: { sent: number; received: number; arcSeconds: number; bypassArcSeconds: number };
  expectations: ExpectationReport;
}

/** Options of {@link runScenario}. */
export interface RunOptions {
  /** Called after every simulated minute with the fraction done. */
  onProgress?: (done: number, world: ScenarioWorld) => void;
}

const STEP_MS = 1000;

/**
 * Runs a scenario in process, deterministic from its seed: chips and the platform harness over a
 * {@link MemoryNetwork} with the scenario's faults, events applied at their simulated minute.
 *
 * @example
 * ```ts
 * import { runScenario } from '@weldcode/simulator';
 *
 * const summary = runScenario(JSON.parse(readFileSync('district-workday.json', 'utf8')));
 * if (!summary.expectations.ok) process.exitCode = 1;
 * ```
 */
export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioSummary {
  const world = buildWorld(scenario);
  const network = new MemoryNetwork(
    world.harness,
    world.clock,
    world.random.fork('network'),
    scenario.faults ?? {},
  );
  for (const chip of world.chips.values()) network.attach(chip);
  const run = driveScenario(world, network, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/** The network a scenario drives: in process ({@link MemoryNetwork}) or a real broker. */
export interface ScenarioNetwork {
  /** Drops a chip's link without a goodbye; `reconnect` schedules a reconnect after back-off. */
  drop(chip: VirtualChip, reconnect?: boolean): void;
  reconnect(chip: VirtualChip): void;
  restartBroker(): void;
  /** Pumps delayed messages and due reconnects. */
  step(): void;
  pipes(): FaultPipe[];
}

/**
 * Drives a scenario over any {@link ScenarioNetwork}, one simulated second per iteration; the
 * caller lets the network settle between iterations (nothing to do in process, awaiting the
 * broker otherwise) and receives the summary when the generator returns.
 */
export function* driveScenario(
  world: ScenarioWorld,
  network: ScenarioNetwork,
  options: RunOptions = {},
): Generator<void, ScenarioSummary> {
  const { clock, harness, scenario } = world;
  const inspector = new InspectorApp([world.rootPublicKey], world.trustList, () => clock.now() / 1000);
  const inspections: ScenarioSummary['inspections'] = [];
  const timers: { atMs: number; run: () => void }[] = [];
  const events = [...scenario.events]
    .map((event, i) => ({ event, atMs: world.timeOf(event.at), i }))
    .sort((a, b) => a.atMs - b.atMs || a.i - b.i);
  const endMs = world.startMs + scenario.durationMinutes * 60_000;
  let next = 0;
  const grantRelays = new Map<number, Uint8Array>();
  for (let t = world.startMs; t <= endMs; t += STEP_MS) {
    clock.set(t);
    while (next < events.length && (events[next]?.atMs ?? Infinity) <= t) {
      apply((events[next] as { event: ScenarioEvent }).event);
      next++;
    }
    for (const timer of timers.filter((x) => x.atMs <= t)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
    for (const chip of world.chips.values()) chip.advance();
    network.step();
    if ((t - world.startMs) % 60_000 === 0)
      options.onProgress?.((t - world.startMs) / (endMs - world.startMs), world);
    yield;
  }

  function apply(event: ScenarioEvent): void {
    if (event.type === 'broker-restart') {
      network.restartBroker();
      return;
    }
    if (event.type === 'inspect') {
      for (const [code, text] of [
        ['credential', event.worker === undefined ? undefined : world.credentials.get(event.worker)?.text],
        ['plate', event.machine === undefined ? undefined : world.plates.get(event.machine)?.text],
        ['permit', event.permit === undefined ? undefined : world.permits.get(event.permit)?.text],
      ] as const) {
        if (text === undefined) continue;
        const result = inspector.check(text);
        inspections.push({ code, valid: result.valid, reason: result.reason });
      }
      return;
    }
    const chip = world.chips.get(event.machine);
    if (chip === undefined) return;
    const later = (minutes: number, run: () => void) =>
      timers.push({ atMs: clock.now() + minutes * 60_000, run });
    if (applyChipEvent(event, chip, network, later)) return;
    switch (event.type) {
      case 'scan': {
        const plate = world.plates.get(event.machine)?.text ?? '';
        const permit =
          event.permit === undefined ? undefined : world.scenario.permits.find((p) => p.id === event.permit);
        const [north, east] = event.phoneOffsetM ?? [3, 2];
        const phone = offsetMetres(chip.positionSignal.position, north, east);
        const app = new WorkerApp({
          workerId: event.worker,
          ...(world.credentials.has(event.worker)
            ? { credentialText: world.credentials.get(event.worker)?.text }
            : {}),
          verifier: inspectorVerifier(world),
          api: harness,
        });
        if (event.viaBle) network.drop(chip, false);
        const { decision } = app.scan(plate, {
          phone,
          ...(event.permit === undefined ? {} : { permitText: world.permits.get(event.permit)?.text }),
          ...(event.fireWatcherAbsent || permit === undefined
            ? {}
            : { fireWatcher: offsetMetres(phone, 5, 5) }),
          chip,
          viaBle: event.viaBle ?? false,
        });
        if (event.viaBle) timers.push({ atMs: clock.now() + 60_000, run: () => network.reconnect(chip) });
        if (decision.granted) {
          if (decision.relay) grantRelays.set(event.machine, decision.relay);
          chip.workerId = String(event.worker);
          chip.working = true;
          timers.push({
            atMs: clock.now() + (event.workMinutes ?? 30) * 60_000,
            run: () => (chip.working = false),
          });
        }
        return;
      }
      case 'replay-grant': {
        const relay = grantRelays.get(event.machine);
        if (relay) chip.relayed(relay);
        return;
      }
    }
  }

  // let the last acks and backfills settle
  for (let i = 0; i < 30; i++) {
    clock.advance(STEP_MS);
    for (const chip of world.chips.values()) chip.advance();
    network.step();
    yield;
  }
  return summarise(world, inspections, sumCounts(network.pipes()));
}

/**
 * Applies a scenario event that is about one chip's hardware (tamper, power, reboot, movement,
 * going offline) the same way whoever runs the scenario; `later` schedules the event's end.
 * Returns false for the events the runner handles itself (scans, grant replays).
 */
export function applyChipEvent(
  event: ScenarioEvent,
  chip: VirtualChip,
  network: Pick<ScenarioNetwork, 'drop' | 'reconnect'>,
  later: (minutes: number, run: () => void) => void,
): boolean {
  switch (event.type) {
    case 'bypass':
      chip.bypassRelay(true);
      chip.working = true;
      later(event.minutes, () => {
        chip.bypassRelay(false);
        chip.working = false;
      });
      return true;
    case 'open-enclosure':
      chip.openEnclosure();
      return true;
    case 'remove-chip':
      chip.removeChip();
      return true;
    case 'power-cut':
      chip.cutPower();
      return true;
    case 'power-restore':
      chip.restorePower();
      return true;
    case 'reboot':
      network.drop(chip, false);
      chip.reboot();
      network.reconnect(chip);
      return true;
    case 'move':
      chip.moveTo(offsetMetres(chip.positionSignal.position, event.northM, event.eastM));
      return true;
    case 'offline':
      network.drop(chip, false);
      later(event.minutes, () => network.reconnect(chip));
      return true;
    default:
      return false;
  }
}

function inspectorVerifier(world: ScenarioWorld) {
  // the worker app checks the plate offline with the same cached trust list as an inspector
  return new InspectorApp([world.rootPublicKey], world.trustList, () => world.clock.now() / 1000).verifier;
}

function summarise(
  world: ScenarioWorld,
  inspections: ScenarioSummary['inspections'],
  faults: FaultCounts,
): ScenarioSummary {
  const { harness, scenario } = world;
  const iso = (ms: number) => new Date(ms).toISOString();
  const chips = [...world.chips.values()];
  const alerts = harness.alerts.map((a) => ({
    kind: a.kind,
    chipId: a.chipId,
    historical: a.historical,
    at: iso(a.atMs),
    ...(world.machineOfChip(a.chipId) === undefined ? {} : { machine: world.machineOfChip(a.chipId) }),
  }));
  const refusals = harness.refusals.map((r) => ({
    reason: r.reason,
    at: iso(r.atMs),
    ...(r.workerId === undefined ? {} : { worker: r.workerId }),
    ...(r.machineId === undefined ? {} : { machine: r.machineId }),
  }));
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    simulatedMinutes: scenario.durationMinutes,
    chips: chips.length,
    records: harness.records.length,
    historicalRecords: harness.records.filter((r) => r.historical).length,
    grants: harness.grants.length,
    refusals,
    alerts,
    inspections,
    faults,
    chipStats: {
      sent: chips.reduce((n, c) => n + c.stats.sent, 0),
      received: chips.reduce((n, c) => n + c.stats.received, 0),
      arcSeconds: chips.reduce((n, c) => n + c.stats.arcSeconds, 0),
      bypassArcSeconds: chips.reduce((n, c) => n + c.stats.bypassArcSeconds, 0),
    },
    expectations: compareExpectations(scenario.expect, { refusals, alerts, grants: harness.grants.length }),
  };
}
