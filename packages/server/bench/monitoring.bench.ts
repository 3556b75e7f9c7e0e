/**
 * How many bus events per second monitoring keeps up with, side by side in one run, on SQLite (a
 * real file, WAL, synchronous FULL) and PostgreSQL when WELDCODE_BENCH_PG_URL or
 * WELDCODE_TEST_PG_URL is set. Each task emits a burst of events for 1,000 registered chips on
 * the `PlatformEvents` bus and waits until the engine has handled all of them:
 * - telemetry without arc: the common case (no write: context from cache, state in memory), after
 *   one priming record per chip (its first record looks up the registry and writes a status row);
 * - telemetry that opens and closes an arc session per record: two writes per record;
 * - a repeated alarm: a deduplicated alert bump per event (one transaction each).
 * Run: pnpm -C packages/server bench:monitoring
 */
import { randomBytes } from 'node:crypto';
import type { EnvelopeBody } from '@weldcode/protocol';
import { Bench } from 'tinybench';
import { MonitoringEngine, PlatformEvents, type Storage } from '../src/index';
import { benchEngines } from './bench-engines';

const CHIPS = 1_000;
/** Events per burst: large for the write-free path, smaller where every event writes. */
const BURST = { light: 5_000, heavy: 500 };

async function registry(storage: Storage): Promise<string[]> {
  const city = await storage.areas.create({ level: 'city', name: '上海市' });
  const district = await storage.areas.create({ level: 'district', parentId: city.id, name: '奉贤区' });
  const town = await storage.areas.create({ level: 'town', parentId: district.id, name: '青村镇' });
  const owner = await storage.owners.create({
    kind: 'enterprise',
    name: '上海某某机械有限公司',
    creditCode: '91310120MA1H000001',
    townId: town.id,
  });
  const site = await storage.sites.create({
    ownerId: owner.id,
    townId: town.id,
    name: '车间',
    sector: 'industry-trade',
  });
  const chips: string[] = [];
  for (let i = 0; i < CHIPS; i++) {
    const machine = await storage.machines.create({
      ownerId: owner.id,
      siteId: site.id,
      brand: 'B',
      model: 'M',
      serial: `S${i}`,
      kind: 'arc',
    });
    const chipId = `WC-${i}`;
    await storage.chips.create({ id: chipId, publicKey: randomBytes(32).toString('base64url') });
    await storage.chips.retrofit({ chipId, machineId: machine.id, installer: 'bench' });
    chips.push(chipId);
  }
  return chips;
}

const engines = await benchEngines();

// One Bench per engine, run right after its chips are primed: a context cached for one engine
// must not expire while the other engine's registry is being built.
const rows: string[] = [];
const bursts = new Map<string, number>();
let seq = 0;
let clockS = 1_790_000_000;
for (const { name, storage } of engines) {
  const chips = await registry(storage);
  const bench = new Bench({ time: 1000, iterations: 3 });
  const events = new PlatformEvents();
  const engine = new MonitoringEngine({ storage });
  engine.attach(events);
  // Prime: the first record of a chip looks up its registry context and writes its status row.
  for (const chipId of chips) {
    events.emit('record', {
      chipId,
      epoch: 1,
      seq: ++seq,
      body: { kind: 'telemetry', value: { startS: clockS, currentDa: [0], states: 0b01 } },
      historical: false,
      receivedMs: Date.now(),
    });
  }
  await engine.idle();
  const add = (task: string, size: number, body: () => EnvelopeBody) => {
    bursts.set(task, size);
    bench.add(task, async () => {
      for (let i = 0; i < size; i++) {
        seq += 1;
        const chipId = chips[i % CHIPS] as string;
        events.emit('record', {
          chipId,
          epoch: 1,
          seq,
          body: body(),
          historical: false,
          receivedMs: Date.now(),
        });
      }
      await engine.idle();
    });
  };
  const states = 0b0101; // mains on, relay open, no current: no arc, no bypass
  add(`${name}: telemetry, no arc`, BURST.light, () => ({
    kind: 'telemetry',
    value: { startS: clockS++, currentDa: [0, 0], states },
  }));
  add(`${name}: telemetry, arc session opened and closed`, BURST.heavy, () => ({
    kind: 'telemetry',
    value: { startS: clockS++, currentDa: [900, -900], states: 0b1111 },
  }));
  add(`${name}: repeated alarm (alert bump)`, BURST.heavy, () => ({
    kind: 'alarm',
    value: { kind: 1, timeS: clockS },
  }));
  await bench.run();
  for (const task of bench.tasks) {
    const meanMs = (task.result as { latency?: { mean: number } } | undefined)?.latency?.mean ?? Number.NaN;
    const size = bursts.get(task.name) ?? 0;
    rows.push(
      `| ${task.name} | ${Math.round((size * 1000) / meanMs).toLocaleString('en')} | ${meanMs.toFixed(0)} |`,
    );
  }
}

console.log(`node ${process.version}, ${process.arch}; ${CHIPS} chips`);
console.log('| task | events/s handled | mean time per burst (ms) |');
console.log('| --- | ---: | ---: |');
for (const row of rows) console.log(row);
for (const engine of engines) {
  await engine.storage.close();
  await engine.cleanup();
}
