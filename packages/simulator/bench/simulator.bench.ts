// 10k virtual chips in one process against a local broker (Mosquitto, started here; aedes in
// process as the peer), each with telemetry every 10 s, heartbeats every 60 s, locations every
// 60 s; plus the in-process cost of one simulated chip-second with tinybench.
//
//   pnpm -C packages/simulator bench            # 10k chips on Mosquitto, 2k on aedes, 60 s each
//   CHIPS=2000 SECONDS=30 pnpm -C packages/simulator bench
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { buildWorld, MemoryNetwork, runFleet, startEmbeddedBroker, type VirtualChip } from '../src/index';
import { tinyBenchScenario } from './bench-scenario';

const CHIPS = Number(process.env.CHIPS ?? 10_000);
const AEDES_CHIPS = Number(process.env.AEDES_CHIPS ?? 2_000);
const SECONDS = Number(process.env.SECONDS ?? 60);

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  return port;
}

async function startMosquitto(): Promise<{ url: string; process: ChildProcess } | undefined> {
  try {
    execFileSync('which', ['mosquitto']);
  } catch {
    console.log('mosquitto not installed (Debian: apt-get install -y mosquitto): skipping the Mosquitto run');
    return undefined;
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'weldcode-bench-'));
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(
    conf,
    `listener ${port} 127.0.0.1\nallow_anonymous true\nmax_connections -1\npersistence false\n`,
  );
  const child = spawn('mosquitto', ['-c', conf], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { url: `mqtt://127.0.0.1:${port}`, process: child };
}

function row(broker: string, s: Awaited<ReturnType<typeof runFleet>>) {
  return {
    broker,
    chips: `${s.online}/${s.chips}`,
    'uplinks/s': Math.round(s.uplinks / s.elapsedS),
    'records/s': Math.round(s.recordsIngested / s.elapsedS),
    'RSS/chip KiB': (s.rssPerChip / 1024).toFixed(1),
    'heap/chip KiB': (s.heapPerChip / 1024).toFixed(1),
    'CPU % of one core': s.cpuPercent,
  };
}

async function one(mode: string): Promise<void> {
  if (mode === 'mosquitto') {
    const mosquitto = await startMosquitto();
    if (!mosquitto) return;
    try {
      const stats = await runFleet({ url: mosquitto.url, count: CHIPS, durationS: SECONDS, rampBatch: 200 });
      console.log(JSON.stringify(row('Mosquitto (separate process)', stats)));
    } finally {
      mosquitto.process.kill('SIGTERM');
    }
    return;
  }
  const aedes = await startEmbeddedBroker();
  try {
    const stats = await runFleet({ url: aedes.url, count: AEDES_CHIPS, durationS: SECONDS, rampBatch: 200 });
    console.log(JSON.stringify(row('aedes (in this process)', stats)));
  } finally {
    await aedes.close();
  }
}

const mode = process.env.BENCH_MODE;
if (mode !== undefined) {
  await one(mode);
  process.exit(0);
}
// each broker in a fresh process with --expose-gc, so memory figures do not leak into each other
const rows = [];
for (const m of ['mosquitto', 'aedes']) {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', process.argv[1] as string],
    {
      env: { ...process.env, BENCH_MODE: m },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  const last = out.trim().split('\n').at(-1);
  if (last?.startsWith('{')) rows.push(JSON.parse(last));
  else console.log(out);
}
console.log(
  `\n${CHIPS} / ${AEDES_CHIPS} chips, ${SECONDS} s, telemetry 10 s, heartbeat and location 60 s, 30 % welding`,
);
console.table(rows);

// In process: the cost of one simulated chip-second without any network, and with the harness.
const bare = buildWorld(tinyBenchScenario());
const lone = [...bare.chips.values()][0] as VirtualChip;
const networked = buildWorld(tinyBenchScenario());
new MemoryNetwork(networked.harness, networked.clock, networked.random).attach(
  [...networked.chips.values()][0] as VirtualChip,
);
const wired = [...networked.chips.values()][0] as VirtualChip;
const bench = new Bench({ time: 2000 });
bench
  .add('chip-second, no transport', () => {
    bare.clock.advance(1000);
    lone.advance();
  })
  .add('chip-second + PlatformMachine ingest (memory network)', () => {
    networked.clock.advance(1000);
    wired.advance();
  });
await bench.run();
console.table(bench.table());
