/**
 * Durable, authenticated chip ingest under load: 10,000 registered chips, each a protocol
 * `ChipMachine` (handshake, session MAC, hash chain, window of unacked records), sending telemetry
 * records as fast as their acks allow. An uplink counts once the chip received the ack that covers
 * it, i.e. after the platform verified it and committed its batch.
 *
 * Two paths, SQLite and (with WELDCODE_TEST_PG_URL) PostgreSQL:
 * - "MQTT end to end": `weldcode serve` in a child process with its embedded broker, the chips as
 *   10,000 MQTT connections from this process;
 * - "ingest after the broker": `ChipIngest` in this process fed the chips' envelopes directly, to
 *   show what the broker costs. Chip-side work (sealing, hashing, acks) runs in the same process in
 *   both, on this machine's 2 cores, so the figures are conservative.
 *
 * Run: `pnpm -C packages/server bench:ingest` (CHIPS=10000 SECONDS=10 by default).
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { type ChipMachine, chipTopic, decodeEnvelope, publishOptions } from '@weldcode/protocol';
import mqtt, { type MqttClient } from 'mqtt';
import { Registry } from 'prom-client';
import { openStorage, PlatformEvents } from '../src/index';
import { ChipIngest, type IngestLink } from '../src/ingest/chip-ingest';
import { createIngestMetrics } from '../src/ingest/ingest-metrics';
import { spawnServe } from '../test/support/serve-process';
import { benchMachine, drive, type FleetChip, freshDatabase, seedChips } from './ingest-load';

const CHIPS = Number(process.env.CHIPS ?? 10_000);
const SECONDS = Number(process.env.SECONDS ?? 10);
const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 8);

interface Row {
  path: string;
  engine: string;
  chips: number;
  'handshakes/s': number;
  'durable uplinks/s': number;
  'acked in run': number;
}

interface Driven {
  machine: ChipMachine;
  send(bytes: Uint8Array): void;
  created: number;
}

async function untilAll(machines: Driven[], what: string, ms = 300_000): Promise<number> {
  const start = Date.now();
  let reported = start;
  while (!machines.every((m) => m.machine.status === 'online')) {
    if (Date.now() - start > ms) throw new Error(`timed out: ${what}`);
    if (Date.now() - reported > 5000 && process.env.PROGRESS) {
      reported = Date.now();
      const online = machines.filter((m) => m.machine.status === 'online').length;
      const statuses = new Map<string, number>();
      for (const m of machines) statuses.set(m.machine.status, (statuses.get(m.machine.status) ?? 0) + 1);
      console.error(what, online, [...statuses]);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (Date.now() - start) / 1000;
}

const t0 = Date.now();
function progress(what: string): void {
  if (process.env.PROGRESS) console.error(`${((Date.now() - t0) / 1000).toFixed(1)}s ${what}`);
}

async function afterBroker(engine: 'sqlite' | 'postgres'): Promise<Row> {
  const db = await freshDatabase(engine);
  const { chips, platformKey } = await seedChips(db, CHIPS);
  progress('seeded');
  const storage = await openStorage({ db });
  const ingest = new ChipIngest({
    storage,
    events: new PlatformEvents(),
    metrics: createIngestMetrics(new Registry()),
  });
  const downlinks: [Driven, Uint8Array][] = [];
  let pumping = false;
  const pump = () => {
    if (pumping) return;
    pumping = true;
    setImmediate(() => {
      pumping = false;
      const batch = downlinks.splice(0, downlinks.length);
      for (const [driven, bytes] of batch)
        for (const reply of driven.machine.receive(bytes).send) driven.send(reply);
    });
  };
  const fleet = chips.map((chip: FleetChip) => {
    const driven: Driven = { machine: benchMachine(chip, platformKey), send: () => {}, created: 0 };
    const link: IngestLink = {
      id: `bench:${chip.chipId}`,
      transport: 'mqtt',
      chipId: chip.chipId,
      send: (bytes) => {
        downlinks.push([driven, bytes]);
        pump();
      },
    };
    driven.send = (bytes) => void ingest.receive(link, bytes);
    return driven;
  });
  const start = Date.now();
  progress('hellos');
  for (const driven of fleet) for (const bytes of driven.machine.connect().send) driven.send(bytes);
  progress('hellos sent');
  await untilAll(fleet, 'handshakes');
  progress('online');
  const handshakeSeconds = (Date.now() - start) / 1000;
  const result = await drive(fleet, SECONDS, IN_FLIGHT);
  await ingest.close();
  await storage.close();
  return {
    path: 'ingest after the broker',
    engine,
    chips: CHIPS,
    'handshakes/s': Math.round(CHIPS / handshakeSeconds),
    'durable uplinks/s': Math.round(result.perSecond),
    'acked in run': result.acked,
  };
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
  );
}

async function overMqtt(engine: 'sqlite' | 'postgres'): Promise<Row> {
  const db = await freshDatabase(engine);
  const { chips, platformKey } = await seedChips(db, CHIPS);
  const mqttPort = await freePort();
  const server = await serve(db, mqttPort);
  const clients: MqttClient[] = [];
  const fleet: Driven[] = [];
  progress('server up');
  try {
    for (let i = 0; i < chips.length; i += 250) {
      const slice = chips.slice(i, i + 250);
      const connected = await Promise.all(
        slice.map(async (chip) => {
          const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${mqttPort}`, {
            clientId: chip.chipId,
            protocolVersion: 4,
            reconnectPeriod: 0,
            keepalive: 600,
          });
          await client.subscribeAsync(chipTopic(chip.chipId, 'down'), { qos: 1 });
          const driven: Driven = { machine: benchMachine(chip, platformKey), send: () => {}, created: 0 };
          const up = chipTopic(chip.chipId, 'up');
          driven.send = (bytes) => {
            client.publish(up, Buffer.from(bytes), publishOptions(decodeEnvelope(bytes).body.kind));
          };
          client.on('message', (_topic, payload) => {
            for (const reply of driven.machine.receive(new Uint8Array(payload)).send) driven.send(reply);
          });
          return { client, driven };
        }),
      );
      for (const { client, driven } of connected) {
        clients.push(client);
        fleet.push(driven);
      }
    }
    progress('connected');
    const start = Date.now();
    for (const driven of fleet) for (const bytes of driven.machine.connect().send) driven.send(bytes);
    await untilAll(fleet, 'handshakes over MQTT');
    progress('online');
    const handshakeSeconds = (Date.now() - start) / 1000;
    const result = await drive(fleet, SECONDS, IN_FLIGHT);
    return {
      path: 'MQTT end to end (embedded broker)',
      engine,
      chips: CHIPS,
      'handshakes/s': Math.round(CHIPS / handshakeSeconds),
      'durable uplinks/s': Math.round(result.perSecond),
      'acked in run': result.acked,
    };
  } finally {
    await Promise.all(clients.map((client) => client.endAsync(true).catch(() => undefined)));
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

const engines: ('sqlite' | 'postgres')[] = process.env.WELDCODE_TEST_PG_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];
const only = process.env.ONLY;
const rows: Row[] = [];
for (const engine of engines) {
  if (only !== 'broker') rows.push(await overMqtt(engine));
  if (only !== 'mqtt') rows.push(await afterBroker(engine));
  console.error(`${engine} done`);
}
console.table(rows);
process.exit(0);
