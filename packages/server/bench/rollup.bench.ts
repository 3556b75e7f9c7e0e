/**
 * Progress and 附件1 rollups of a city of 300,000 machines, 50 districts and 2,000 towns (the
 * issue's goal: at most 1 s with SQLite), side by side on SQLite (a real file, WAL) and on
 * PostgreSQL when WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL is set.
 * Shape per town: 15 owners with 2 sites each and 5 machines per site (150 machines), 5 workers
 * per owner; 60 % of machines retrofitted, 50 % coded; 80 % of workers certified, 50 % trained.
 * Run: pnpm -C packages/server bench:rollup
 */
import { loadavg } from 'node:os';
import { Bench } from 'tinybench';
import { annex1Csv, annex1Rows, annex1Xlsx } from '../src/supervision/annex1';
import { progressReport } from '../src/supervision/progress';
import { RECOUNT_FIGURES } from '../src/supervision/recount';
import { benchEngines } from './bench-engines';
import {
  DISTRICTS,
  MACHINES_PER_SITE,
  OWNERS_PER_TOWN,
  populate,
  SITES_PER_OWNER,
  TOWNS_PER_DISTRICT,
} from './rollup-city';

const engines = await benchEngines();

const bench = new Bench({ time: 2000, warmupTime: 200, iterations: 3 });
// CPU time of this process per run (the machine is shared: wall time includes waiting for a core).
// On PostgreSQL most of the work runs in the server's processes, not counted here.
const cpu = new Map<string, { ms: number; runs: number }>();
const add = (name: string, run: () => Promise<unknown>) => {
  cpu.set(name, { ms: 0, runs: 0 });
  bench.add(name, async () => {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    const entry = cpu.get(name) as { ms: number; runs: number };
    entry.ms += (used.user + used.system) / 1000;
    entry.runs += 1;
  });
};
for (const { name, storage } of engines) {
  const began = performance.now();
  const { city, district, town } = await populate(storage);
  console.log(
    `${name}: populated in ${((performance.now() - began) / 1000).toFixed(1)} s (the triggers fill the rollups)`,
  );
  const s = storage.supervision;
  const db = storage.access.db;
  const recount = (area: string) =>
    progressReport(db, area, s.policy, undefined, Date.now(), RECOUNT_FIGURES);
  if (JSON.stringify((await recount(city)).totals) !== JSON.stringify((await s.progress(city)).totals)) {
    throw new Error(`${name}: the rollups and the recount disagree`);
  }
  const expected = (await s.progress(city)).totals.machines;
  if (expected !== DISTRICTS * TOWNS_PER_DISTRICT * OWNERS_PER_TOWN * SITES_PER_OWNER * MACHINES_PER_SITE) {
    throw new Error(`${name}: the city counts ${expected} machines`);
  }
  add(`${name}: progress, city (50 districts)`, async () => {
    await s.progress(city);
  });
  add(`${name}: progress, city, recounted (no rollups: before)`, async () => {
    await recount(city);
  });
  add(`${name}: 附件1 rows, city, recounted (no rollups: before)`, async () => {
    await annex1Rows(db, city, undefined, Date.now(), RECOUNT_FIGURES);
  });
  add(`${name}: progress, district (40 towns)`, async () => {
    await s.progress(district);
  });
  add(`${name}: progress, town`, async () => {
    await s.progress(town);
  });
  add(`${name}: 附件1 rows, city (30,000 owners)`, async () => {
    await s.annex1(city);
  });
  add(`${name}: 附件1 CSV, city`, async () => {
    annex1Csv(await s.annex1(city));
  });
  add(`${name}: 附件1 XLSX, city`, async () => {
    await annex1Xlsx(await s.annex1(city));
  });
  add(`${name}: 附件1 XLSX, district`, async () => {
    await annex1Xlsx(await s.annex1(district));
  });
}
const start = new Date();
await bench.run();
const cpuPerRun = (name: string) => {
  const entry = cpu.get(name);
  return entry === undefined || entry.runs === 0 ? '' : (entry.ms / entry.runs).toFixed(0);
};
console.log(`started ${start.toISOString()}, ended ${new Date().toISOString()}`);

console.log(
  `node ${process.version}, ${process.arch}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('| task | mean (ms) | p99 (ms) | CPU of this process (ms/run) | samples |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const task of bench.tasks) {
  const result = task.result as
    | { latency?: { mean: number; p99?: number; samplesCount?: number } }
    | undefined;
  const latency = result?.latency;
  console.log(
    `| ${task.name} | ${(latency?.mean ?? Number.NaN).toFixed(0)} | ${(latency?.p99 ?? Number.NaN).toFixed(0)} | ${cpuPerRun(task.name)} | ${latency?.samplesCount ?? ''} |`,
  );
}
for (const engine of engines) {
  await engine.storage.close();
  await engine.cleanup();
}
