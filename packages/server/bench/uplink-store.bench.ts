/**
 * Durable uplink writes per second, side by side in one run: one transaction per uplink (what a
 * naive ingest does) against the batched path ingest will use (`UplinkStore.append` of 500 in
 * one transaction), on SQLite (WAL, synchronous FULL, a real file) and on PostgreSQL when
 * WELDCODE_BENCH_PG_URL or WELDCODE_TEST_PG_URL is set. Every write is committed before the next
 * starts, i.e. what an uplink ack may wait for; MQTT and signature checks are not included.
 * Run: pnpm -C packages/server bench
 */
import { randomBytes } from 'node:crypto';
import { Bench } from 'tinybench';
import type { UplinkRecord } from '../src/index';
import { benchEngines } from './bench-engines';

const BATCH = 500;
const payload = randomBytes(64);
let seq = 0;

function uplinks(count: number): UplinkRecord[] {
  const now = Date.now();
  return Array.from({ length: count }, () => {
    seq += 1;
    return { chipId: `chip-${seq % 10_000}`, bootEpoch: 1, seq, kind: 'telemetry', receivedAt: now, payload };
  });
}

const engines = await benchEngines();

const bench = new Bench({ time: 3000, warmupTime: 300 });
const perTask = new Map<string, number>();
for (const { name, storage } of engines) {
  const single = `${name}: one transaction per uplink`;
  const batched = `${name}: ${BATCH} uplinks per transaction`;
  perTask.set(single, 1);
  perTask.set(batched, BATCH);
  bench.add(single, async () => {
    await storage.uplinks.append(uplinks(1));
  });
  bench.add(batched, async () => {
    await storage.uplinks.append(uplinks(BATCH));
  });
}
await bench.run();

console.log(`node ${process.version}, ${process.arch}`);
console.log('| task | durable uplinks/s | mean time per commit (ms) |');
console.log('| --- | ---: | ---: |');
for (const task of bench.tasks) {
  const result = task.result as { latency?: { mean: number; p99?: number } } | undefined;
  const meanMs = result?.latency?.mean ?? Number.NaN;
  // Writes run one after another, so the rate is uplinks per write over the mean write time.
  const rate = ((perTask.get(task.name) ?? 1) * 1000) / meanMs;
  console.log(`| ${task.name} | ${Math.round(rate).toLocaleString('en')} | ${meanMs.toFixed(2)} |`);
}
for (const engine of engines) {
  await engine.storage.close();
  await engine.cleanup();
}
