import { getPublicKey, sha256 } from '@weldcode/crypto';
import { QrVerifier } from '@weldcode/qr';
import { VirtualChip } from '../chip/virtual-chip';
import { PlatformHarness } from '../harness/platform-harness';
import { seededRandom } from '../random';
import { MACHINE_KINDS, type MachineKind } from '../signals/arc-signal';
import { offsetMetres } from '../signals/position-signal';
import { SimClock } from '../sim-clock';
import { bindMqttHarness, MqttChipLink } from '../transport/mqtt-transport';

/** Options of {@link runFleet}. */
export interface FleetOptions {
  /** MQTT broker URL. */
  url: string;
  count: number;
  /** Wall-clock seconds to run after every chip is online. */
  durationS: number;
  seed?: number;
  telemetryIntervalS?: number;
  heartbeatIntervalS?: number;
  /** Connections opened at once while ramping up (default 100). */
  rampBatch?: number;
  /** Chips that weld under a grant (fraction, default 0.3). */
  welding?: number;
  onProgress?: (phase: 'connect' | 'run', done: number, total: number, stats: FleetStats) => void;
}

/** What a fleet run measured. */
export interface FleetStats {
  chips: number;
  online: number;
  recordsIngested: number;
  uplinks: number;
  downlinks: number;
  alerts: number;
  /** Growth of resident set and heap per chip from before the chips existed to the end of the run, bytes (harness included). */
  rssPerChip: number;
  heapPerChip: number;
  /** Process CPU during the run phase, % of one core. */
  cpuPercent: number;
  elapsedS: number;
}

const kinds = Object.keys(MACHINE_KINDS) as MachineKind[];

/**
 * Runs N virtual chips in real time against an MQTT broker with a {@link PlatformHarness} on the
 * same broker: the load generator of `weldcode sim chips` and of the 10k-chip benchmark.
 *
 * @example
 * ```ts
 * import { runFleet } from '@weldcode/simulator';
 *
 * const stats = await runFleet({ url: 'mqtt://127.0.0.1:1883', count: 100, durationS: 30 });
 * ```
 */
export async function runFleet(options: FleetOptions): Promise<FleetStats> {
  collectGarbage();
  const baseline = process.memoryUsage();
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const clock = new SimClock(Date.now());
  const key = (label: string) => sha256(new TextEncoder().encode(`weldcode-sim/${seed}/${label}`));
  const harness = new PlatformHarness({
    secretKey: key('platform'),
    clock,
    random,
    verifier: new QrVerifier({ roots: [getPublicKey(key('city-root'))] }),
  });
  const binding = await bindMqttHarness(harness, options.url);
  const centre = { lat: 30.918, lon: 121.474 };
  const chips: VirtualChip[] = [];
  for (let i = 0; i < options.count; i++) {
    const r = random.fork(`fleet-${i}`);
    const position = offsetMetres(centre, r.normal(0, 3000), r.normal(0, 3000));
    const chip = new VirtualChip({
      chipId: `WC-${String(310120)}-${String(i + 1).padStart(6, '0')}`,
      secretKey: key(`chip-${i}`),
      platformKeys: [harness.publicKey],
      machineKind: kinds[i % kinds.length] as MachineKind,
      clock,
      random: r,
      position,
      telemetryIntervalS: options.telemetryIntervalS ?? 10,
      heartbeatIntervalS: options.heartbeatIntervalS ?? 60,
      bufferCapacity: 256,
    });
    harness.registerMachine(chip.registration(`SN-${i}`, 'fleet'), {
      machineId: i + 1,
      site: { siteId: i + 1, centre: position, radiusM: 5000 },
    });
    chips.push(chip);
  }
  const links: MqttChipLink[] = [];
  const batch = options.rampBatch ?? 100;
  const stats = (): FleetStats => ({
    chips: chips.length,
    online: chips.filter((c) => c.machine.status === 'online').length,
    recordsIngested: harness.records.length,
    uplinks: harness.received,
    downlinks: chips.reduce((n, c) => n + c.stats.received, 0),
    alerts: harness.alerts.length,
    rssPerChip: 0,
    heapPerChip: 0,
    cpuPercent: 0,
    elapsedS: 0,
  });
  for (let i = 0; i < chips.length; i += batch) {
    links.push(
      ...(await Promise.all(chips.slice(i, i + batch).map((c) => MqttChipLink.open(c, options.url)))),
    );
    options.onProgress?.('connect', links.length, chips.length, stats());
  }
  const welding = Math.floor(chips.length * (options.welding ?? 0.3));
  await waitUntil(() => chips.every((c) => c.machine.status === 'online'), 60_000);
  // the harness keeps every record for inspection; a load run only needs counts
  const records = harness.records;
  let ingested = 0;
  const cpuStart = process.cpuUsage();
  const started = Date.now();
  for (let i = 0; i < welding; i++) {
    const chip = chips[i] as VirtualChip;
    chip.working = true;
    harness.directive(chip.chipId, {
      grant: {
        grantId: random.fork(`g${i}`).bytes(16),
        workerId: `W${i}`,
        permitId: 'P-LOAD',
        notBeforeS: Math.floor(clock.now() / 1000),
        notAfterS: Math.floor(clock.now() / 1000) + options.durationS + 3600,
        maxDurationS: 0,
      },
    });
  }
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      clock.set(Date.now());
      for (const chip of chips) chip.advance();
      ingested += records.length;
      records.length = 0;
      const elapsed = (Date.now() - started) / 1000;
      options.onProgress?.('run', Math.min(elapsed, options.durationS), options.durationS, {
        ...stats(),
        recordsIngested: ingested,
      });
      if (elapsed >= options.durationS) {
        clearInterval(timer);
        resolve();
      }
    }, 1000);
  });
  const cpu = process.cpuUsage(cpuStart);
  collectGarbage();
  const memory = process.memoryUsage();
  const elapsedS = (Date.now() - started) / 1000;
  const result: FleetStats = {
    ...stats(),
    recordsIngested: ingested + records.length,
    rssPerChip: Math.round((memory.rss - baseline.rss) / chips.length),
    heapPerChip: Math.round((memory.heapUsed - baseline.heapUsed) / chips.length),
    cpuPercent: Math.round(((cpu.user + cpu.system) / 1000 / (elapsedS * 1000)) * 1000) / 10,
    elapsedS,
  };
  for (let i = 0; i < links.length; i += batch)
    await Promise.all(links.slice(i, i + batch).map((l) => l.close()));
  await binding.close();
  return result;
}

async function waitUntil(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate() && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

/** Collects garbage before a memory reading when node runs with --expose-gc (the benchmark does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
