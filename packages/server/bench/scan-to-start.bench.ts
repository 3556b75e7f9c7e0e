/**
 * Scan-to-start latency through HTTP on a real socket (Fastify listening on 127.0.0.1, Node's
 * fetch as the worker app, each scan sent with that worker's own bearer token), on a registry of
 * thousands of machines, workers and permits, SQLite beside PostgreSQL (when
 * WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL is set). Each request is a full decision: token
 * check, three signature checks against the published lists, registry reads, the credentials
 * verdict, geofences, a signed grant, the audit entry committed. Mix: 80 % accepted, 10 % not on
 * the permit, 10 % remote scans.
 *
 * Two paths:
 * - "gateway": `createServer` with an in-memory chip gateway: the decision alone;
 * - "end to end": `startServer` (embedded MQTT broker, ingest) and the machines' chips as real
 *   MQTT connections in a child process (`mqtt-fleet.ts`; under load, the other chips in a second
 *   one, so a scanned chip's grant does not queue behind 9,000 simulated chips' acks in one event
 *   loop, as it would not on a real device); latency runs from the app's request to
 *   the moment the chip applied the grant. With LOAD=1 the fleet is 10,000 chips (CHIPS) and every
 *   one of them keeps IN_FLIGHT telemetry records in flight, the ingest load of the throughput goal;
 *   UPLINK_RATE=10000 offers that many uplinks/s instead (a fixed load, not saturation).
 *
 * Run: pnpm -C packages/server bench:scan   (BENCH_MACHINES=3000; ONLY=gateway|e2e; LOAD=0|1|both;
 *   INGEST_THREADS=worker,main: where startServer runs ingest, a row each;
 *   BROKERS=embedded,mosquitto: the embedded broker, or a local Mosquitto the server shares)
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idNumberCheckDigit } from '@weldcode/credentials';
import { bytesToHex } from '@weldcode/crypto';
import pg from 'pg';
import { Bench } from 'tinybench';
import {
  type ChipGateway,
  type CodeService,
  createServer,
  openStorage,
  PlatformEvents,
  type Storage,
  startServer,
} from '../src/index';
import { startMosquitto } from '../test/ingest/mosquitto';
import { freshDatabase, seedChips } from './ingest-load';

const MACHINES = Number(process.env.BENCH_MACHINES ?? 3000);
const SITES = Math.max(10, Math.floor(MACHINES / 10));
const CROWDED = Math.floor(SITES / 5);
const REQUESTS_CONCURRENT = 1000;
const CONCURRENCY = 16;
/** Open-loop arrivals: scans arrive at this rate whatever the server's speed (a busy morning is a few per second). */
const RATE_PER_S = Number(process.env.BENCH_RATE ?? 20);
const OPEN_LOOP_S = 30;

const gateway: ChipGateway = { isOnline: () => true, deliver: async () => true };

function idNumber(i: number): string {
  const first17 = `3101201985${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckDigit(first17)}`;
}

function offset(lat: number, lon: number, north: number, east: number) {
  const r = 6_371_008.8;
  return {
    lat: lat + (north / r) * (180 / Math.PI),
    lon: lon + (east / (r * Math.cos((lat * Math.PI) / 180))) * (180 / Math.PI),
  };
}

interface Job {
  plate: string;
  credential: string;
  permit: string;
  centre: { lat: number; lon: number };
  chipId: string;
  /** Bearer token of the worker whose credential this job carries. */
  token: string;
}

/**
 * Seeds the registry through the repositories and the code service, as operators would. With
 * `chipIds`, machine m is retrofitted with the already registered chip `chipIds[m]` (whose key the
 * fleet holds); otherwise with a new chip of random key.
 */
async function seed(
  storage: Storage,
  codes: CodeService,
  events: PlatformEvents,
  chipIds?: readonly string[],
): Promise<Job[]> {
  const city = await storage.areas.create({ level: 'city', name: '上海市', code: '310000' });
  const district = await storage.areas.create({
    level: 'district',
    parentId: city.id,
    name: '奉贤区',
    code: '310120',
  });
  const towns = [];
  for (let t = 0; t < 8; t++)
    towns.push(await storage.areas.create({ level: 'town', parentId: district.id, name: `镇${t}` }));
  const owner = await storage.owners.create({
    kind: 'enterprise',
    name: '奉贤金属制品厂',
    creditCode: '91310120MA1H000001',
    townId: towns[0]?.id as string,
  });
  const sites = [];
  for (let s = 0; s < SITES; s++) {
    const centre = offset(30.85, 121.35, (s % 20) * 800, Math.floor(s / 20) * 800);
    const crowded = s < CROWDED;
    const site = await storage.sites.create({
      ownerId: owner.id,
      townId: towns[s % towns.length]?.id as string,
      name: `site-${s}`,
      sector: crowded ? 'mall-market' : 'industry-trade',
      location: { latitude: centre.lat, longitude: centre.lon, datum: 'wgs84' },
    });
    if (crowded) {
      await storage.crowdedPlaces.create({
        siteId: site.id,
        name: `mall-${s}`,
        openingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '03:00', closes: '04:00' }],
      });
    }
    sites.push({ id: site.id, centre, crowded });
  }
  for (let p = 0; p < 20; p++) {
    await storage.specialPeriods.create({
      areaId: towns[p % towns.length]?.id as string,
      name: `period-${p}`,
      startsAt: new Date(Date.now() - (p + 10) * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() - (p + 9) * 86_400_000).toISOString(),
    });
  }
  const workSites = sites.filter((s) => !s.crowded);
  const machines = [];
  for (let m = 0; m < MACHINES; m++) {
    const site = workSites[Math.floor(m / 10) % workSites.length] as (typeof workSites)[number];
    const machine = await storage.machines.create({
      ownerId: owner.id,
      siteId: site.id,
      brand: '瑞凌',
      model: 'ZX7-400',
      serial: `SN-${m}`,
      kind: 'arc',
    });
    const chipId = chipIds?.[m] ?? `WC-${m}`;
    if (chipIds === undefined)
      await storage.chips.create({ id: chipId, publicKey: randomBytes(32).toString('base64url') });
    await storage.chips.retrofit({ chipId, machineId: machine.id, installer: 'installer' });
    const plate = await codes.issuePlate(machine.id, 'seed');
    events.emit('record', {
      chipId,
      epoch: 1,
      seq: 1,
      historical: false,
      receivedMs: Date.now(),
      body: {
        kind: 'location',
        value: {
          latE7: Math.round(site.centre.lat * 1e7),
          lonE7: Math.round(site.centre.lon * 1e7),
          accuracyM: 8,
        },
      },
    } as never);
    machines.push({ id: machine.id, plate: plate.text, site, chipId });
  }
  const workers = [];
  for (let w = 0; w < MACHINES; w++) {
    const id = idNumber(w);
    const worker = await storage.workers.create({ name: `工人${w}`, idNumber: id });
    await storage.certificates.create(worker.id, {
      type: 'em-welding',
      number: `AJ-${w}`,
      issuer: '310000',
      issuedOn: '2024-03-01',
      expiresOn: '2030-02-28',
      reviewDueOn: '2027-03-01',
    });
    // the worker app signs in as the worker (role worker): scans carry the worker's own token
    const user = await storage.access.users.create({
      username: `worker-${w}`,
      displayName: `工人${w}`,
      role: 'worker',
      workerId: worker.id,
    });
    const token = (await storage.access.tokens.issue(user.id)).token;
    workers.push({
      id: worker.id,
      credential: (await codes.issueCredential(worker.id, id, 'seed')).text,
      token,
    });
  }
  const jobs: Job[] = [];
  const now = Date.now();
  for (let p = 0; p + 1 < MACHINES; p += 2) {
    const [m1, m2] = [machines[p], machines[p + 1]] as [(typeof machines)[number], (typeof machines)[number]];
    if (m1.site.id !== m2.site.id) continue;
    const [w1, w2] = [workers[p], workers[p + 1]] as [(typeof workers)[number], (typeof workers)[number]];
    const watcher = workers[(p + 7) % workers.length] as (typeof workers)[number];
    const permit = await storage.permits.create({
      siteId: m1.site.id,
      level: 'level-1',
      workKind: 'ordinary',
      startsAt: new Date(now - 3_600_000).toISOString(),
      endsAt: new Date(now + 7 * 3_600_000).toISOString(),
      zone: {
        datum: 'wgs84',
        geometry: { type: 'Point', coordinates: [m1.site.centre.lon, m1.site.centre.lat] },
        radiusM: 150,
      },
      fireWatcherId: watcher.id,
      machineIds: [m1.id, m2.id],
      workerIds: [w1.id, w2.id],
      applicant: 'seed',
    });
    await storage.permits.decide(permit.id, { decision: 'approve', by: 'seed' });
    const code = (await codes.issuePermit(permit.id, 'seed')).text;
    const at = m1.site.centre;
    jobs.push({
      plate: m1.plate,
      credential: w1.credential,
      permit: code,
      centre: at,
      chipId: m1.chipId,
      token: w1.token,
    });
    jobs.push({
      plate: m2.plate,
      credential: w2.credential,
      permit: code,
      centre: at,
      chipId: m2.chipId,
      token: w2.token,
    });
  }
  return jobs;
}

/** The i-th scan of the mix: its request body, the scanning worker's token and the machine's chip. */
function scanRequest(jobs: Job[], i: number): { body: string; token: string; chipId: string } {
  const job = jobs[i % jobs.length] as Job;
  const kind = i % 10;
  // 10 % carry another permit's worker (NOT_ON_PERMIT), 10 % are scanned 600 m away (REMOTE_SCAN).
  const scanner = kind === 8 ? (jobs[(i + 5) % jobs.length] as Job) : job;
  const credential = scanner.credential;
  const phone =
    kind === 9
      ? offset(job.centre.lat, job.centre.lon, 0, 600)
      : offset(job.centre.lat, job.centre.lon, 3, 2);
  const watcher = offset(job.centre.lat, job.centre.lon, 8, 5);
  const body = JSON.stringify({
    plate: job.plate,
    credential,
    permit: job.permit,
    phone: { latitude: phone.lat, longitude: phone.lon, datum: 'wgs84', accuracyM: 10 },
    fireWatcher: { latitude: watcher.lat, longitude: watcher.lon, datum: 'wgs84', accuracyM: 10 },
  });
  return { body, token: scanner.token, chipId: job.chipId };
}

/** One scan through HTTP; resolves to whether it was accepted. */
async function postScan(url: string, request: { body: string; token: string }): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
    body: request.body,
  });
  const decision = (await response.json()) as { accepted: boolean };
  if (response.status !== 200) throw new Error(`status ${response.status}: ${JSON.stringify(decision)}`);
  return decision.accepted;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

interface Row {
  engine: string;
  mode: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
  accepted: number;
}

async function measureGateway(name: string, storage: Storage): Promise<Row[]> {
  const events = new PlatformEvents();
  const seedStart = performance.now();
  const app = await createServer({ storage, logger: false, docs: false, events, chipGateway: gateway });
  const jobs = await seed(storage, app.platform.codes, events);
  console.log(
    `${name}: seeded ${MACHINES} machines, ${MACHINES} workers, ${jobs.length / 2} permits in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );
  const url = `${await app.listen({ port: 0, host: '127.0.0.1' })}/v1/scans`;
  let accepted = 0;
  let total = 0;
  let i = 0;
  const scan = async () => {
    const ok = await postScan(url, scanRequest(jobs, i++));
    total += 1;
    if (ok) accepted += 1;
  };
  for (let w = 0; w < 50; w++) await scan();
  accepted = 0;
  total = 0;
  const bench = new Bench({ time: 5000, warmupTime: 0, retainSamples: true });
  bench.add(`${name} sequential`, scan);
  await bench.run();
  const task = bench.tasks[0];
  const samples = [
    ...(task?.result && 'latency' in task.result ? (task.result.latency.samples ?? []) : []),
  ].sort((a, b) => a - b);
  const rows: Row[] = [
    {
      engine: name,
      mode: 'gateway: 1 in flight (tinybench)',
      requests: samples.length,
      p50: percentile(samples, 0.5),
      p95: percentile(samples, 0.95),
      p99: percentile(samples, 0.99),
      perSecond: samples.length / (samples.reduce((a, b) => a + b, 0) / 1000),
      accepted: accepted / Math.max(1, total),
    },
  ];
  accepted = 0;
  total = 0;
  const arrivals: number[] = [];
  const openStart = performance.now();
  const pending: Promise<void>[] = [];
  for (let k = 0; k < RATE_PER_S * OPEN_LOOP_S; k++) {
    const due = openStart + (k * 1000) / RATE_PER_S;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    pending.push(scan().then(() => void arrivals.push(performance.now() - t0)));
  }
  await Promise.all(pending);
  arrivals.sort((a, b) => a - b);
  rows.push({
    engine: name,
    mode: `gateway: open loop, ${RATE_PER_S} scans/s`,
    requests: arrivals.length,
    p50: percentile(arrivals, 0.5),
    p95: percentile(arrivals, 0.95),
    p99: percentile(arrivals, 0.99),
    perSecond: arrivals.length / ((performance.now() - openStart) / 1000),
    accepted: accepted / Math.max(1, total),
  });
  accepted = 0;
  total = 0;
  const latencies: number[] = [];
  const start = performance.now();
  let issued = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (issued < REQUESTS_CONCURRENT) {
        issued += 1;
        const t0 = performance.now();
        await scan();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  rows.push({
    engine: name,
    mode: `gateway: ${CONCURRENCY} in flight`,
    requests: latencies.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    perSecond: latencies.length / elapsed,
    accepted: accepted / Math.max(1, total),
  });
  await app.close();
  return rows;
}

const FLEET_CHIPS = Number(process.env.CHIPS ?? 10_000);
const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 8);
/** Offered uplinks/s under load (UPLINK_RATE); unset = as fast as acks return (saturation). */
const UPLINK_RATE = process.env.UPLINK_RATE === undefined ? undefined : Number(process.env.UPLINK_RATE);
const SEQUENTIAL_SCANS = Number(process.env.SEQUENTIAL_SCANS ?? 200);

/** The chips in a child process (`mqtt-fleet.ts`), with the times their grants arrived. */
class FleetProcess {
  readonly child: ChildProcess;
  private readonly waiting = new Map<string, (atMs: number) => void>();
  private readonly events: { type: string; [key: string]: unknown }[] = [];
  /** Grants a chip refused (a wrong signature or an expired grant would show here). */
  refused = 0;

  constructor() {
    this.child = fork(fileURLToPath(new URL('./mqtt-fleet.ts', import.meta.url)), [], {
      // BENCH_FLEET_NODE_ARGS adds Node flags to the fleet (e.g. "--cpu-prof --cpu-prof-dir=prof")
      execArgv: ['--import', 'tsx', ...(process.env.BENCH_FLEET_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: { type: string; chipId?: string; atMs?: number; ok?: boolean }) => {
      if (message.type === 'directive' && message.chipId !== undefined) {
        if (message.ok !== true) this.refused++;
        this.waiting.get(message.chipId)?.(message.atMs ?? Number.NaN);
        this.waiting.delete(message.chipId);
      } else this.events.push(message);
    });
  }

  async next(type: string, ms = 600_000): Promise<{ [key: string]: unknown }> {
    const start = Date.now();
    for (;;) {
      const index = this.events.findIndex((e) => e.type === type || e.type === 'error');
      if (index >= 0) {
        const [event] = this.events.splice(index, 1) as [{ type: string; [key: string]: unknown }];
        if (event.type === 'error') throw new Error(`fleet: ${String(event.error)}`);
        return event;
      }
      if (Date.now() - start > ms || this.child.exitCode !== null) throw new Error(`fleet: no ${type}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Grants that did not reach their chip within the wait. */
  late = 0;

  private readonly timers = new Map<string, NodeJS.Timeout>();

  /** Stops waiting for a grant to `chipId` (its scan was refused: none will come). */
  cancel(chipId: string): void {
    clearTimeout(this.timers.get(chipId));
    this.timers.delete(chipId);
    this.waiting.delete(chipId);
  }

  /** Resolves with the time the chip applied its next directive, or +Infinity after `ms`. */
  directive(chipId: string, ms = 30_000): Promise<number> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(chipId);
        this.timers.delete(chipId);
        this.late++;
        resolve(Number.POSITIVE_INFINITY);
      }, ms);
      this.timers.set(chipId, timer);
      this.waiting.set(chipId, (atMs) => {
        clearTimeout(timer);
        this.timers.delete(chipId);
        resolve(atMs);
      });
    });
  }
}

const now = () => performance.timeOrigin + performance.now();

/**
 * Scan-to-start from the app's request to the grant applied by the chip over real MQTT, on
 * `startServer` (embedded broker, ingest, monitoring), optionally under the ingest load.
 */
async function measureEndToEnd(
  engine: 'sqlite' | 'postgres',
  withLoad: boolean,
  thread: 'main' | 'worker',
  broker: 'embedded' | 'mosquitto',
): Promise<Row[]> {
  const name = `${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${broker === 'embedded' ? 'embedded broker' : 'Mosquitto'}, ingest in ${thread} thread`;
  const label = withLoad
    ? UPLINK_RATE === undefined
      ? `e2e under load (${FLEET_CHIPS} chips × ${IN_FLIGHT} in flight)`
      : `e2e under load (${FLEET_CHIPS} chips offering ${UPLINK_RATE} uplinks/s)`
    : 'e2e, idle fleet';
  const db = await freshDatabase(engine);
  const fleetSize = withLoad ? Math.max(FLEET_CHIPS, MACHINES) : MACHINES;
  const { chips, platformKey } = await seedChips(db, fleetSize, 'provisioned');
  // Mosquitto: the chips connect to it, the server through one shared subscription (WC-SRV-064)
  const mosquitto = broker === 'mosquitto' ? await startMosquitto() : undefined;
  const server = await startServer({
    db,
    port: 0,
    // BENCH_LOG=error shows the server's failures on stderr
    logger: process.env.BENCH_LOG === undefined ? false : { level: process.env.BENCH_LOG },
    docs: false,
    ingest: {
      tcpPort: false,
      thread,
      ...(mosquitto === undefined ? {} : { mqttUrl: mosquitto.url }),
      // INGEST_BATCH_MS: the uplink writer's batch delay (the server's default otherwise)
      ...(process.env.INGEST_BATCH_MS === undefined
        ? {}
        : { maxDelayMs: Number(process.env.INGEST_BATCH_MS) }),
      // INGEST_RECYCLE_AFTER: records after which ingest forgets its record history (default 1,000,000)
      ...(process.env.INGEST_RECYCLE_AFTER === undefined
        ? {}
        : { recycleAfterRecords: Number(process.env.INGEST_RECYCLE_AFTER) }),
    },
  });
  // The scanned machines' chips live in a process of their own, the rest of the load fleet in
  // another: a real chip is a device of its own, whose grant does not wait behind the acks of
  // 9,000 other chips in one simulator's event loop. Both offer the same uplinks per chip.
  const fleet = new FleetProcess();
  const others = chips.slice(MACHINES);
  const load = others.length > 0 ? new FleetProcess() : undefined;
  const rows: Row[] = [];
  try {
    const seedStart = performance.now();
    const jobs = await seed(
      server.storage,
      server.app.platform.codes,
      server.events,
      chips.slice(0, MACHINES).map((c) => c.chipId),
    );
    console.log(`${name} ${label}: seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const startFleet = (process: FleetProcess, members: typeof chips) =>
      process.child.send({
        type: 'start',
        url: server.ingest?.mqttUrl,
        platformKey: bytesToHex(platformKey),
        chips: members.map((c) => ({ chipId: c.chipId, secretKey: bytesToHex(c.secretKey) })),
      });
    startFleet(fleet, chips.slice(0, MACHINES));
    if (load !== undefined) startFleet(load, others);
    const online = await Promise.all([fleet.next('online'), load?.next('online')]);
    const seconds = Math.max(...online.map((o) => Number(o?.seconds ?? 0)));
    console.log(`${name} ${label}: ${fleetSize} chips online over MQTT in ${seconds} s`);
    if (withLoad) {
      const share = (n: number) => (UPLINK_RATE === undefined ? undefined : (UPLINK_RATE * n) / fleetSize);
      fleet.child.send({ type: 'drive', inFlight: IN_FLIGHT, rate: share(MACHINES) });
      load?.child.send({ type: 'drive', inFlight: IN_FLIGHT, rate: share(others.length) });
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
    const url = `${server.url}/v1/scans`;
    let i = 0;
    /** Request to grant-at-chip for an accepted scan, request to answer for a refused one. */
    /** Request to HTTP answer (the decision), whatever the chip does. */
    const answers: number[] = [];
    const scan = async (): Promise<{ ms: number; accepted: boolean }> => {
      const request = scanRequest(jobs, i++);
      const t0 = now();
      const granted = fleet.directive(request.chipId);
      const accepted = await postScan(url, request);
      answers.push(now() - t0);
      if (!accepted) {
        fleet.cancel(request.chipId);
        return { ms: now() - t0, accepted };
      }
      const ms = (await granted) - t0;
      // BENCH_TRACE=1 prints every scan: chip, HTTP answer and grant-at-chip times
      if (process.env.BENCH_TRACE === '1')
        console.log(
          `scan ${request.chipId}: answer ${Math.round(answers.at(-1) ?? 0)} ms, at chip ${Math.round(ms)} ms`,
        );
      return { ms, accepted };
    };
    for (let w = 0; w < Math.min(20, SEQUENTIAL_SCANS); w++) await scan();
    answers.length = 0;
    const summarise = (mode: string, results: { ms: number; accepted: boolean }[], seconds: number): Row => {
      const decided = answers.splice(0).sort((a, b) => a - b);
      console.log(
        `${name} ${mode}: HTTP answer p50 ${ms(percentile(decided, 0.5))} ms, p95 ${ms(percentile(decided, 0.95))} ms`,
      );
      const grants = results
        .filter((r) => r.accepted)
        .map((r) => r.ms)
        .sort((a, b) => a - b);
      return {
        engine: name,
        mode,
        requests: results.length,
        p50: percentile(grants, 0.5),
        p95: percentile(grants, 0.95),
        p99: percentile(grants, 0.99),
        perSecond: results.length / seconds,
        accepted: grants.length / Math.max(1, results.length),
      };
    };
    const sequential: { ms: number; accepted: boolean }[] = [];
    let start = performance.now();
    for (let k = 0; k < SEQUENTIAL_SCANS; k++) sequential.push(await scan());
    rows.push(summarise(`${label}: 1 in flight`, sequential, (performance.now() - start) / 1000));
    const open: Promise<{ ms: number; accepted: boolean }>[] = [];
    start = performance.now();
    for (let k = 0; k < RATE_PER_S * OPEN_LOOP_S; k++) {
      const wait = start + (k * 1000) / RATE_PER_S - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      open.push(scan());
    }
    const results = await Promise.all(open);
    rows.push(
      summarise(`${label}: open loop, ${RATE_PER_S} scans/s`, results, (performance.now() - start) / 1000),
    );
  } finally {
    const stopped = await Promise.all(
      [fleet, load].map(async (p) => {
        if (p === undefined) return undefined;
        p.child.send({ type: 'stop' });
        const driven = (await p.next('driven', 60_000).catch(() => ({}))) as {
          result?: { perSecond: number; acked: number };
        };
        return driven.result;
      }),
    );
    console.log(
      `${name} ${label}: ${fleet.refused} grants refused by their chip, ${fleet.late} not there within 30 s (counted as infinite)`,
    );
    if (withLoad && stopped[0] !== undefined) {
      const perSecond = stopped.reduce((sum, r) => sum + (r?.perSecond ?? 0), 0);
      const acked = stopped.reduce((sum, r) => sum + (r?.acked ?? 0), 0);
      console.log(`${name} ${label}: meanwhile ${Math.round(perSecond)} durable uplinks/s (${acked} acked)`);
    }
    // records stored vs replayed: chips resend what stays unacked for 10 s, so replays show overload
    const exposition = await (await fetch(`${server.url}/metrics`)).text();
    for (const line of exposition.split('\n'))
      if (/^weldcode_ingest_(records|rejected)_total/.test(line)) console.log(`${name} ${label}: ${line}`);
    await server.close();
    await mosquitto?.stop();
  }
  return rows;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(`${new Date().toISOString()} load average at start: ${load()}`);
const ms = (value: number) => value.toFixed(1);
const rowLine = (r: Row) =>
  `| ${r.engine} | ${r.mode} | ${r.requests} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${Math.round(r.perSecond)} | ${Math.round(r.accepted * 100)} % |`;
/** Rows as measured, each also printed at once (a long run interrupted still leaves its figures). */
const rows = {
  all: [] as Row[],
  push(...measured: Row[]) {
    for (const r of measured) {
      console.log(`row (load ${load()}): ${rowLine(r)}`);
      this.all.push(r);
    }
  },
};
const only = process.env.ONLY;
const pgUrl = process.env.WELDCODE_BENCH_PG_URL ?? process.env.WELDCODE_TEST_PG_URL;
const engines = (process.env.ENGINES ?? (pgUrl === undefined ? 'sqlite' : 'sqlite,postgres')).split(',') as (
  | 'sqlite'
  | 'postgres'
)[];
if (pgUrl === undefined)
  console.log('(PostgreSQL skipped: set WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL)');

if (only !== 'e2e') {
  const dir = mkdtempSync(join(tmpdir(), 'weldcode-scan-bench-'));
  const sqlite = await openStorage({ dataDir: dir });
  rows.push(...(await measureGateway('SQLite', sqlite)));
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
  if (pgUrl !== undefined) {
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const target = new URL(pgUrl);
    target.searchParams.set('options', `-c search_path=${schema}`);
    const postgres = await openStorage({ db: target.toString() });
    try {
      rows.push(...(await measureGateway('PostgreSQL', postgres)));
    } finally {
      await postgres.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
}
if (only !== 'gateway') {
  const loads = process.env.LOAD === '0' ? [false] : process.env.LOAD === '1' ? [true] : [false, true];
  const threads = (process.env.INGEST_THREADS ?? 'worker,main').split(',') as ('main' | 'worker')[];
  const brokers = (process.env.BROKERS ?? 'embedded').split(',') as ('embedded' | 'mosquitto')[];
  for (const engine of engines)
    for (const withLoad of loads)
      for (const broker of brokers)
        for (const thread of threads) rows.push(...(await measureEndToEnd(engine, withLoad, thread, broker)));
}

console.log(
  '\n| engine | path and concurrency | requests | p50 (ms) | p95 (ms) | p99 (ms) | decisions/s | accepted |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows.all) console.log(rowLine(r));
console.log(`${new Date().toISOString()} load average at end: ${load()}`);
const goalRows = rows.all.filter((r) => r.mode.includes('open loop'));
const worst = Math.max(...goalRows.map((r) => r.p95));
console.log(
  `\ngoal p95 ≤ 250 ms at ${RATE_PER_S} scans/s: worst p95 ${ms(worst)} ms → ${worst <= 250 ? 'met' : 'MISSED'}`,
);
process.exit(0);
