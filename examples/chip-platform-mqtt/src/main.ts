// A chip and a district platform speaking weldcode protocol v1 over a real MQTT connection
// (an in-process aedes broker on a TCP port), through the @weldcode/protocol state machines:
// handshake, a worker's unlock request and the platform's signed grant, live telemetry, an
// offline period (the connection drops, the broker publishes the chip's Last Will), records
// buffered on the chip, and their backfill after reconnecting.
import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getPublicKey, sha256 } from '@weldcode/crypto';
import {
  ChipMachine,
  chipTopic,
  decodeEnvelope,
  type IngestedRecord,
  lastWill,
  PlatformMachine,
  parseChipTopic,
  platformSubscriptions,
  publishOptions,
} from '@weldcode/protocol';
import { Aedes } from 'aedes';
import mqtt, { type MqttClient } from 'mqtt';

const CHIP_ID = 'WC-310120-000123';
const seed = (label: string) => sha256(new TextEncoder().encode(`example/${label}`));

/** What happened, for the README and the test. */
export interface RunSummary {
  relayClosedAfterGrant: boolean;
  liveRecords: number;
  historicalRecords: number;
  offlineBuffered: number;
  bufferedAfterBackfill: number;
  deathNotices: number;
  alerts: string[];
  log: string[];
}

function waitFor(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (predicate()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

/** Runs the whole story and returns what happened. */
export async function run(print: (line: string) => void = () => {}): Promise<RunSummary> {
  const log: string[] = [];
  const say = (line: string) => {
    log.push(line);
    print(line);
  };

  // ---- broker
  const broker = await Aedes.createBroker();
  const server = createServer(broker.handle);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`;
  say(`broker: aedes on ${url}`);

  // ---- platform
  const platformSecret = seed('platform');
  const chipSecret = seed('chip');
  const registry = new Map([[CHIP_ID, getPublicKey(chipSecret)]]);
  const platform = new PlatformMachine({
    secretKey: platformSecret,
    lookupChip: (id) => registry.get(id),
    now: Date.now,
  });
  const database: IngestedRecord[] = [];
  const alerts: string[] = [];
  let deathNotices = 0;
  // aedes speaks MQTT 3.1.1; on an MQTT 5 broker pass protocolVersion: 5 and publishOptions(kind, { mqtt5: true })
  const platformClient = await mqtt.connectAsync(url, { clientId: 'district-platform', protocolVersion: 4 });
  await platformClient.subscribeAsync(platformSubscriptions(), { qos: 1 });
  const publishDown = (chipId: string, bytes: Uint8Array) => {
    const { body } = decodeEnvelope(bytes);
    platformClient.publish(chipTopic(chipId, 'down'), Buffer.from(bytes), publishOptions(body.kind));
  };
  platformClient.on('message', (topic, payload) => {
    const { chipId, channel } = parseChipTopic(topic);
    if (channel === 'death') {
      deathNotices++;
      platform.disconnect(chipId);
      say(`platform: Last Will of ${chipId}: marked offline`);
      return;
    }
    const out = platform.receive(chipId, new Uint8Array(payload));
    for (const reply of out.send) publishDown(chipId, reply);
    database.push(...out.records); // a real platform awaits its database here
    for (const acks of platform.confirmDurable(out.records))
      for (const ack of acks.send) publishDown(acks.chipId, ack);
    alerts.push(...out.alerts.map((a) => a.kind));
    for (const { body } of out.messages) {
      if (body.kind === 'unlockRequest') {
        // the real decision checks plate, worker certificate, permit and fences; here: approve
        const nowS = Math.floor(Date.now() / 1000);
        say(`platform: unlock request from ${body.value.workerId}: granting 1 h`);
        publishDown(
          chipId,
          platform.sendDirective(chipId, {
            grant: {
              grantId: seed('grant').slice(0, 16),
              workerId: body.value.workerId ?? '',
              permitId: 'P-2026-0815',
              notBeforeS: nowS,
              notAfterS: nowS + 3600,
              maxDurationS: 3600,
              requestId: body.value.requestId ?? new Uint8Array(0),
            },
          }),
        );
      }
    }
  });

  // ---- chip
  const chip = new ChipMachine({
    chipId: CHIP_ID,
    secretKey: chipSecret,
    platformKeys: [platform.publicKey],
    bootEpoch: 7,
    now: Date.now,
    birth: { firmware: 'wc-fw 1.4.2', relay: 1, bufferCapacity: 1024, machineKind: 2 },
  });
  const connectChip = async (): Promise<MqttClient> => {
    const will = lastWill(CHIP_ID);
    const client = await mqtt.connectAsync(url, {
      clientId: CHIP_ID,
      protocolVersion: 4, // chips often speak MQTT 3.1.1 through AT commands
      will: { topic: will.topic, payload: Buffer.from(will.payload), qos: will.qos, retain: will.retain },
    });
    await client.subscribeAsync(chipTopic(CHIP_ID, 'down'), { qos: 1 });
    client.on('message', (_topic, payload) => send(client, chip.receive(new Uint8Array(payload)).send));
    send(client, chip.connect().send);
    await waitFor(() => chip.status === 'online', 'the handshake');
    return client;
  };
  const send = (client: MqttClient, envelopes: Uint8Array[]) => {
    for (const bytes of envelopes) {
      client.publish(
        chipTopic(CHIP_ID, 'up'),
        Buffer.from(bytes),
        publishOptions(decodeEnvelope(bytes).body.kind),
      );
    }
  };
  const telemetry = (i: number) => ({
    kind: 'telemetry' as const,
    value: {
      startS: Math.floor(Date.now() / 1000),
      currentDa: [1500 + i, 3, -2, 1, 0, -1, 2, 0, -1, 1],
      voltageDv: [245, 1, 0, -1, 0, 0, 1, -1, 0, 0],
      states: 0xfffff,
    },
  });

  let client = await connectChip();
  say(`chip: online after the handshake (session MAC keys agreed, birth sent)`);

  send(
    client,
    chip.unlockRequest({ source: 1, workerId: 'W-3101-0042', requestId: seed('req').slice(0, 8) }).send,
  );
  await waitFor(() => chip.relayClosed, 'the grant');
  const relayClosedAfterGrant = chip.relayClosed;
  say(`chip: grant verified offline-capable (Ed25519), relay closed: machine energised`);

  for (let i = 0; i < 3; i++) send(client, chip.record(telemetry(i)).send);
  await waitFor(() => database.filter((r) => r.body.kind === 'telemetry').length === 3, 'live telemetry');
  await waitFor(() => chip.buffer.records.length === 0, 'acks of the live records');
  say(`platform: 3 live telemetry records stored and acknowledged; chip buffer empty`);

  // ---- offline: the link drops without a DISCONNECT, so the broker publishes the Last Will
  client.stream.destroy();
  client.end(true);
  chip.disconnect();
  await waitFor(() => deathNotices === 1, 'the Last Will');
  for (let i = 0; i < 5; i++) chip.record(telemetry(10 + i));
  chip.record({
    kind: 'arcSession',
    value: {
      startS: Math.floor(Date.now() / 1000) - 600,
      endS: Math.floor(Date.now() / 1000),
      arcS: 480,
      grantId: seed('grant').slice(0, 16),
      workerId: 'W-3101-0042',
    },
  });
  const offlineBuffered = chip.buffer.records.length;
  say(
    `chip: offline, ${offlineBuffered} records buffered and hash-chained (head ${Buffer.from(chip.chain.head).toString('hex').slice(0, 16)}…)`,
  );

  // ---- reconnect: handshake again, then the backfill
  client = await connectChip();
  await waitFor(() => chip.buffer.records.length === 0, 'the backfill to be acknowledged');
  send(client, chip.heartbeat().send); // carries the log head the platform checks
  await new Promise((resolve) => setTimeout(resolve, 100));
  const historicalRecords = database.filter((r) => r.historical).length;
  const liveRecords = database.length - historicalRecords;
  say(
    `platform: backfill ingested: ${historicalRecords} historical records (no real-time alerts), ${liveRecords} live`,
  );
  say(`chip: buffer empty again; alerts raised: ${alerts.length === 0 ? 'none' : alerts.join(', ')}`);

  await client.endAsync();
  await platformClient.endAsync();
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  server.close();
  return {
    relayClosedAfterGrant,
    liveRecords,
    historicalRecords,
    offlineBuffered,
    bufferedAfterBackfill: chip.buffer.records.length,
    deathNotices,
    alerts,
    log,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  run(console.log).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
