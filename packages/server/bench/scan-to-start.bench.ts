/**
 * Scan-to-start latency through HTTP on a real socket (Fastify listening on 127.0.0.1, Node's
 * fetch as the worker app), on a registry of thousands of machines, workers and permits, SQLite
 * beside PostgreSQL (when WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL is set). Each request is
 * a full decision: three signature checks against the published lists, registry reads, the
 * credentials verdict, geofences, a signed grant handed to the (in-memory) chip gateway, the
 * audit entry committed. Mix: 80 % accepted, 10 % not on the permit, 10 % remote scans.
 * Run: pnpm -C packages/server bench:scan   (BENCH_MACHINES=3000 by default)
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { idNumberCheckDigit } from '@weldcode/credentials';
import pg from 'pg';
import { Bench } from 'tinybench';
import {
  type ChipGateway,
  type CodeService,
  createServer,
  openStorage,
  PlatformEvents,
  type Storage,
} from '../src/index';

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
}

/** Seeds the registry through the repositories and the code service, as operators would. */
async function seed(storage: Storage, codes: CodeService, events: PlatformEvents): Promise<Job[]> {
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
    const chipId = `WC-${m}`;
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
    machines.push({ id: machine.id, plate: plate.text, site });
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
    workers.push({ id: worker.id, credential: (await codes.issueCredential(worker.id, id, 'seed')).text });
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
    jobs.push({ plate: m1.plate, credential: w1.credential, permit: code, centre: m1.site.centre });
    jobs.push({ plate: m2.plate, credential: w2.credential, permit: code, centre: m1.site.centre });
  }
  return jobs;
}

function body(jobs: Job[], i: number): string {
  const job = jobs[i % jobs.length] as Job;
  const kind = i % 10;
  // 10 % carry another permit's worker (NOT_ON_PERMIT), 10 % are scanned 600 m away (REMOTE_SCAN).
  const credential = kind === 8 ? (jobs[(i + 5) % jobs.length] as Job).credential : job.credential;
  const phone =
    kind === 9
      ? offset(job.centre.lat, job.centre.lon, 0, 600)
      : offset(job.centre.lat, job.centre.lon, 3, 2);
  const watcher = offset(job.centre.lat, job.centre.lon, 8, 5);
  return JSON.stringify({
    plate: job.plate,
    credential,
    permit: job.permit,
    phone: { latitude: phone.lat, longitude: phone.lon, datum: 'wgs84', accuracyM: 10 },
    fireWatcher: { latitude: watcher.lat, longitude: watcher.lon, datum: 'wgs84', accuracyM: 10 },
  });
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

async function measure(name: string, storage: Storage): Promise<Row[]> {
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
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(jobs, i++),
    });
    const decision = (await response.json()) as { accepted: boolean };
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    total += 1;
    if (decision.accepted) accepted += 1;
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
      mode: '1 in flight (tinybench)',
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
    mode: `open loop, ${RATE_PER_S} scans/s`,
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
    mode: `${CONCURRENCY} in flight`,
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

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(`load average at start: ${load()}`);
const rows: Row[] = [];
const dir = mkdtempSync(join(tmpdir(), 'weldcode-scan-bench-'));
const sqlite = await openStorage({ dataDir: dir });
rows.push(...(await measure('SQLite', sqlite)));
await sqlite.close();
rmSync(dir, { recursive: true, force: true });

const pgUrl = process.env.WELDCODE_BENCH_PG_URL ?? process.env.WELDCODE_TEST_PG_URL;
if (pgUrl !== undefined) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const target = new URL(pgUrl);
  target.searchParams.set('options', `-c search_path=${schema}`);
  const postgres = await openStorage({ db: target.toString() });
  try {
    rows.push(...(await measure('PostgreSQL', postgres)));
  } finally {
    await postgres.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
} else {
  console.log('(PostgreSQL skipped: set WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL)');
}

const ms = (value: number) => value.toFixed(1);
console.log(
  '\n| engine | concurrency | requests | p50 (ms) | p95 (ms) | p99 (ms) | decisions/s | accepted |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.engine} | ${r.mode} | ${r.requests} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${Math.round(r.perSecond)} | ${Math.round(r.accepted * 100)} % |`,
  );
}
console.log(`load average at end: ${load()}`);
const goalRows = rows.filter((r) => r.mode.startsWith('open loop'));
const worst = Math.max(...goalRows.map((r) => r.p95));
console.log(
  `\ngoal p95 ≤ 250 ms at ${RATE_PER_S} scans/s: worst p95 ${ms(worst)} ms → ${worst <= 250 ? 'met' : 'MISSED'}`,
);
