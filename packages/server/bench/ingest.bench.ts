/**
 * Durable, authenticated chip ingest under load: 10,000 registered chips, each a protocol
 * `ChipMachine` (handshake, session MAC, hash chain, window of unacked records), sending telemetry
 * records as fast as their acks allow (IN_FLIGHT unacked records per chip). An uplink counts once
 * the chip received the ack that covers it, i.e. after the platform verified it and committed it.
 *
 * Two paths, SQLite and (with WELDCODE_TEST_PG_URL) PostgreSQL, each with the load generator
 * outside the server's thread so that the 2 cores split into "server" and "chips":
 * - "MQTT end to end": `weldcode serve` in a child process with its embedded broker; the chips are
 *   10,000 MQTT connections from this process;
 * - "ingest after the broker": `ChipIngest` on this process's main thread, the chips in a worker
 *   thread (`chip-fleet-worker.ts`) exchanging envelopes by message passing, to show what the
 *   broker costs.
 * Besides wall-clock rates it reports the server's CPU time (child process: /proc; main thread:
 * event-loop utilisation), which stays meaningful when other work shares the machine.
 *
 * Run: `pnpm -C packages/server bench:ingest` (CHIPS=10000 SECONDS=10 IN_FLIGHT=8 by default;
 * ONLY=mqtt|broker, ENGINES=sqlite,postgres, SERVER_PROF=<dir> writes the server's CPU profile).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { MqttClient } from 'mqtt';
import { Registry } from 'prom-client';
import { openStorage, PlatformEvents } from '../src/index';
import { ChipIngest, type IngestLink } from '../src/ingest/chip-ingest';
import { createIngestMetrics } from '../src/ingest/ingest-metrics';
import { spawnServe } from '../test/support/serve-process';
import { ChipFleet } from './chip-fleet';
import { freshDatabase, seedChips } from './ingest-load';
import { connectChips, publishUp } from './mqtt-chips';

const CHIPS = Number(process.env.CHIPS ?? 10_000);
const SECONDS = Number(process.env.SECONDS ?? 10);
const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 8);

interface Row {
  path: string;
  engine: string;
  chips: number;
  'handshakes/s': number;
  'server CPU ms/handshake': number;
  'durable uplinks/s': number;
  'server CPU µs/uplink': number;
  'acked in run': number;
  load: string;
}

const t0 = Date.now();
function progress(what: string): void {
  if (process.env.PROGRESS) console.error(`${((Date.now() - t0) / 1000).toFixed(1)}s ${what}`);
}

const load = () => loadavg()[0]?.toFixed(1) ?? '?';

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 300_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Main-thread busy time in ms (event-loop utilisation), the server's CPU in the in-process path. */
function busyMs(): () => number {
  const start = performance.eventLoopUtilization();
  return () => performance.eventLoopUtilization(start).active;
}

async function afterBroker(engine: 'sqlite' | 'postgres'): Promise<Row> {
  const loadBefore = load();
  const db = await freshDatabase(engine);
  const { chips, platformKey } = await seedChips(db, CHIPS);
  progress('seeded');
  const storage = await openStorage({ db });
  const ingest = new ChipIngest({
    storage,
    events: new PlatformEvents(),
    metrics: createIngestMetrics(new Registry()),
  });
  // the worker is TypeScript too: it registers tsx, then loads the fleet
  const entry = new URL('./chip-fleet-worker.ts', import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`,
    { eval: true, workerData: { chips, platformKey } },
  );
  let outbox: [number, Uint8Array][] = [];
  const flush = () => {
    const items = outbox;
    outbox = [];
    worker.postMessage({ type: 'down', items });
  };
  const links: IngestLink[] = chips.map((chip, index) => ({
    id: `bench:${chip.chipId}`,
    transport: 'mqtt',
    chipId: chip.chipId,
    send: (bytes) => {
      if (outbox.length === 0) setImmediate(flush);
      outbox.push([index, bytes]);
    },
  }));
  let online = 0;
  let driven: { acked: number; perSecond: number } | undefined;
  worker.on(
    'message',
    (message: {
      type: string;
      items?: [number, Uint8Array][];
      count?: number;
      result?: { acked: number; perSecond: number };
    }) => {
      if (message.type === 'up') {
        for (const [index, bytes] of message.items ?? [])
          void ingest.receive(links[index] as IngestLink, bytes);
      } else if (message.type === 'online') online = message.count ?? 0;
      else if (message.type === 'driven') driven = message.result;
    },
  );
  try {
    const handshakeBusy = busyMs();
    const start = Date.now();
    worker.postMessage({ type: 'connect' });
    await until(() => {
      worker.postMessage({ type: 'online?' });
      return online === CHIPS;
    }, 'handshakes');
    const handshakeSeconds = (Date.now() - start) / 1000;
    const handshakeCpu = handshakeBusy();
    progress('online');
    const driveBusy = busyMs();
    worker.postMessage({ type: 'drive', seconds: SECONDS, inFlight: IN_FLIGHT });
    await until(() => driven !== undefined, 'drive', (SECONDS + 60) * 1000);
    const driveCpu = driveBusy();
    const result = driven as { acked: number; perSecond: number };
    return {
      path: 'ingest after the broker',
      engine,
      chips: CHIPS,
      'handshakes/s': Math.round(CHIPS / handshakeSeconds),
      'server CPU ms/handshake': round(handshakeCpu / CHIPS, 2),
      'durable uplinks/s': Math.round(result.perSecond),
      'server CPU µs/uplink': Math.round((driveCpu * 1000) / Math.max(1, result.acked)),
      'acked in run': result.acked,
      load: `${loadBefore}→${load()}`,
    };
  } finally {
    await worker.terminate();
    await ingest.close();
    await storage.close();
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** CPU time (user + system) of a child process so far, in ms, from /proc (Linux). */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // fields after the command: state is [0], utime [11], stime [12], in clock ticks (100/s)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function serve(db: string, mqttPort: number): Promise<ChildProcess> {
  return spawnServe(
    [
      '--port',
      '0',
      '--mqtt-port',
      String(mqttPort),
      '--no-tcp',
      '--no-docs',
      '--db',
      db,
      '--log-level',
      'error',
    ],
    120_000,
    process.env.SERVER_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVER_PROF}`] : [],
  );
}

async function overMqtt(engine: 'sqlite' | 'postgres'): Promise<Row> {
  const loadBefore = load();
  const db = await freshDatabase(engine);
  const { chips, platformKey } = await seedChips(db, CHIPS);
  const mqttPort = await freePort();
  const server = await serve(db, mqttPort);
  const clients: MqttClient[] = [];
  progress('server up');
  const fleet = new ChipFleet(chips, platformKey, (index, bytes) => publishUp(clients, chips, index, bytes));
  try {
    await connectChips(`mqtt://127.0.0.1:${mqttPort}`, chips, clients, () => fleet);
    progress('connected');
    const handshakeCpu = processCpuMs(server.pid);
    const start = Date.now();
    fleet.connectAll();
    await until(() => fleet.online() === CHIPS, 'handshakes over MQTT');
    const handshakeSeconds = (Date.now() - start) / 1000;
    const afterHandshakes = processCpuMs(server.pid);
    progress('online');
    const result = await fleet.drive(SECONDS, IN_FLIGHT);
    const driveCpu = processCpuMs(server.pid) - afterHandshakes;
    return {
      path: 'MQTT end to end (embedded broker)',
      engine,
      chips: CHIPS,
      'handshakes/s': Math.round(CHIPS / handshakeSeconds),
      'server CPU ms/handshake': round((afterHandshakes - handshakeCpu) / CHIPS, 2),
      'durable uplinks/s': Math.round(result.perSecond),
      'server CPU µs/uplink': Math.round((driveCpu * 1000) / Math.max(1, result.acked)),
      'acked in run': result.acked,
      load: `${loadBefore}→${load()}`,
    };
  } finally {
    await Promise.all(clients.map((client) => client.endAsync(true).catch(() => undefined)));
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

const engines = (
  process.env.ENGINES ?? (process.env.WELDCODE_TEST_PG_URL ? 'sqlite,postgres' : 'sqlite')
).split(',') as ('sqlite' | 'postgres')[];
const only = process.env.ONLY;
const rows: Row[] = [];
for (const engine of engines) {
  if (only !== 'broker') rows.push(await overMqtt(engine));
  if (only !== 'mqtt') rows.push(await afterBroker(engine));
  console.error(`${engine} done`);
}
console.table(rows);
console.log(
  `${new Date().toISOString()} node ${process.version}, CHIPS=${CHIPS} SECONDS=${SECONDS} IN_FLIGHT=${IN_FLIGHT}`,
);
process.exit(0);
