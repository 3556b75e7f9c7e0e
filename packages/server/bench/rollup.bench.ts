/**
 * Progress and 附件1 rollups of a city of 300,000 machines, 50 districts and 2,000 towns (the
 * issue's goal: at most 1 s with SQLite), side by side on SQLite (a real file, WAL) and on
 * PostgreSQL when WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL is set.
 * Shape per town: 15 owners with 2 sites each and 5 machines per site (150 machines), 5 workers
 * per owner; 60 % of machines retrofitted, 50 % coded; 80 % of workers certified, 50 % trained.
 * Run: pnpm -C packages/server bench:rollup
 */
import { Bench } from 'tinybench';
import { annex1Csv, annex1Xlsx } from '../src/supervision/annex1';
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
for (const { name, storage } of engines) {
  const { city, district, town } = await populate(storage);
  const s = storage.supervision;
  const expected = (await s.progress(city)).totals.machines;
  if (expected !== DISTRICTS * TOWNS_PER_DISTRICT * OWNERS_PER_TOWN * SITES_PER_OWNER * MACHINES_PER_SITE) {
    throw new Error(`${name}: the city counts ${expected} machines`);
  }
  bench.add(`${name}: progress, city (50 districts)`, async () => {
    await s.progress(city);
  });
  bench.add(`${name}: progress, district (40 towns)`, async () => {
    await s.progress(district);
  });
  bench.add(`${name}: progress, town`, async () => {
    await s.progress(town);
  });
  bench.add(`${name}: 附件1 rows, city (30,000 owners)`, async () => {
    await s.annex1(city);
  });
  bench.add(`${name}: 附件1 CSV, city`, async () => {
    annex1Csv(await s.annex1(city));
  });
  bench.add(`${name}: 附件1 XLSX, city`, async () => {
    await annex1Xlsx(await s.annex1(city));
  });
  bench.add(`${name}: 附件1 XLSX, district`, async () => {
    await annex1Xlsx(await s.annex1(district));
  });
}
await bench.run();

console.log(`node ${process.version}, ${process.arch}`);
console.log('| task | mean (ms) | p99 (ms) | samples |');
console.log('| --- | ---: | ---: | ---: |');
for (const task of bench.tasks) {
  const result = task.result as
    | { latency?: { mean: number; p99?: number; samplesCount?: number } }
    | undefined;
  const latency = result?.latency;
  console.log(
    `| ${task.name} | ${(latency?.mean ?? Number.NaN).toFixed(0)} | ${(latency?.p99 ?? Number.NaN).toFixed(0)} | ${latency?.samplesCount ?? ''} |`,
  );
}
for (const engine of engines) {
  await engine.storage.close();
  await engine.cleanup();
}
