// Benchmarks of @weldcode/protocol against its peers, side by side in one run:
//   pnpm -C packages/protocol bench
// Sizes: the goals' telemetry and location messages, sealed, against the same data as JSON.
// Rates: each task handles a batch of 1,000 messages, so per-call timer overhead does not hide
// the per-message cost; the table reports messages per second.
import { generateKeyPairSync as nodeKeyPair, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { createVerifier, getPublicKey, sha256, sign } from '@weldcode/crypto';
import { Bench } from 'tinybench';
import {
  createMacKey,
  decodeEnvelope,
  type Envelope,
  encodeEnvelope,
  openEnvelope,
  PlatformMachine,
  proto,
  sealEnvelope,
  type Telemetry,
} from '../src/index';

const BATCH = 1000;
const T = 1_795_000_000;
const key = createMacKey(sha256(new TextEncoder().encode('bench session key')));

const telemetry = (i: number): Telemetry => ({
  startS: T + i * 10,
  currentDa: [1520 + (i % 7), 4, -3, 2, 0, -5, 3, 1, -2, 0],
  voltageDv: [246, 1, 0, -1, 0, 1, 0, 0, -1, 1],
  temperatureC: [41, 0, 0, 1, 0, 0, 0, 0, 1, 0],
  states: 0xfffff,
});
const envelopes: Envelope[] = Array.from({ length: BATCH }, (_, i) => ({
  seq: 1000 + i,
  body: { kind: 'telemetry', value: telemetry(i) },
}));
const encoded = envelopes.map(encodeEnvelope);
const sealed = envelopes.map((e) => sealEnvelope(e, key));
const location: Envelope = {
  seq: 1001,
  body: {
    kind: 'location',
    value: { timeS: T, latE7: 309_123_456, lonE7: 1_214_567_890, accuracyM: 5, source: 1 },
  },
};

// ------------------------------------------------------------------ sizes
function samplesOf(t: Telemetry) {
  const absolute = (series: number[] = []) =>
    series.map((_, i) => series.slice(0, i + 1).reduce((a, b) => a + b, 0));
  const current = absolute(t.currentDa ?? []);
  const voltage = absolute(t.voltageDv ?? []);
  const temperature = absolute(t.temperatureC ?? []);
  return current.map((c, i) => ({
    t: (t.startS ?? 0) + i,
    power: Boolean(((t.states ?? 0) >> (2 * i)) & 1),
    relay: Boolean(((t.states ?? 0) >> (2 * i + 1)) & 1),
    currentA: c / 10,
    voltageV: (voltage[i] ?? 0) / 10,
    temperatureC: temperature[i],
  }));
}
const mac = '0123456789abcdef';
const telemetryJson = JSON.stringify({
  chipId: 'WC-310120-000123',
  epoch: 7,
  seq: 1000,
  type: 'telemetry',
  samples: samplesOf(telemetry(0)),
  mac,
});
const locationJson = JSON.stringify({
  chipId: 'WC-310120-000123',
  epoch: 7,
  seq: 1001,
  type: 'location',
  time: T,
  lat: 30.9123456,
  lon: 121.456789,
  accuracyM: 5,
  source: 'gnss',
  mac,
});
const telemetryBytes = sealed[0]?.length ?? 0;
const locationBytes = sealEnvelope(location, key).length;
console.log(
  '\nSizes (sealed envelope incl. 8-byte MAC, before framing) vs the same data as JSON with a hex MAC',
);
console.table([
  {
    message: 'telemetry, 10 samples',
    goal: '<= 64',
    weldcode: telemetryBytes,
    json: telemetryJson.length,
    ratio: `${(telemetryJson.length / telemetryBytes).toFixed(1)}x`,
  },
  {
    message: 'location, one fix',
    goal: '<= 49',
    weldcode: locationBytes,
    json: locationJson.length,
    ratio: `${(locationJson.length / locationBytes).toFixed(1)}x`,
  },
]);

// ------------------------------------------------------------------ rates
const nodeKeys = nodeKeyPair('ed25519');
const signed = sealed.map((bytes) => nodeSign(null, bytes, nodeKeys.privateKey));
const seed = sha256(new TextEncoder().encode('bench chip key'));
const wcPublic = getPublicKey(seed);
const wcSigned = sealed.map((bytes) => sign(bytes, seed));
const verifier = createVerifier(wcPublic);
const pb = proto.v1.Envelope;

// A platform with one live session, fed fresh records each batch (idempotent ingest would drop repeats).
function platformWithSession() {
  let clock = T * 1000;
  const chipSeed = sha256(new TextEncoder().encode('bench platform chip'));
  const platform = new PlatformMachine({
    secretKey: sha256(new TextEncoder().encode('bench platform')),
    lookupChip: () => getPublicKey(chipSeed),
    now: () => clock,
  });
  return { platform, chipSeed, tick: () => (clock += 1) };
}

let sink = 0;
const bench = new Bench({ time: 1500, warmup: true });
bench
  .add('encode telemetry (weldcode fast path)', () => {
    for (const e of envelopes) sink += encodeEnvelope(e).length;
  })
  .add('encode telemetry (protobufjs generated)', () => {
    for (const e of envelopes)
      sink += pb.encode(pb.fromObject({ seq: e.seq, telemetry: e.body.value })).finish().length;
  })
  .add('decode telemetry (weldcode fast path)', () => {
    for (const bytes of encoded) sink += decodeEnvelope(bytes).seq;
  })
  .add('decode telemetry (protobufjs generated)', () => {
    for (const bytes of encoded) sink += pb.decode(bytes).telemetry?.currentDa?.length ?? 0;
  })
  .add('decode + verify session MAC (weldcode openEnvelope)', () => {
    for (const bytes of sealed) sink += openEnvelope(bytes, key).seq;
  })
  .add('Ed25519 verify (raw node:crypto)', () => {
    for (let i = 0; i < 50; i++)
      sink += nodeVerify(null, sealed[i] as Uint8Array, nodeKeys.publicKey, signed[i] as Uint8Array) ? 1 : 0;
  })
  .add('Ed25519 verify (@weldcode/crypto prepared verifier)', () => {
    for (let i = 0; i < 50; i++) sink += verifier(wcSigned[i] as Uint8Array, sealed[i] as Uint8Array) ? 1 : 0;
  });
await bench.run();

const perCall = (name: string) => (name.startsWith('Ed25519') ? 50 : BATCH);
console.log('\nRates on one core (messages per second; Ed25519 tasks verify 50 signatures per call)');
console.table(
  bench.tasks.map((task) => {
    const result = task.result as { throughput?: { mean: number }; state?: string };
    const rate = (result.throughput?.mean ?? 0) * perCall(task.name);
    return { task: task.name, 'messages/s': Math.round(rate).toLocaleString('en-US') };
  }),
);

// End-to-end platform ingest: handshake once, then sealed telemetry records through the state machine.
const { platform, chipSeed, tick } = platformWithSession();
const { ChipMachine } = await import('../src/index');
const chip = new ChipMachine({
  chipId: 'WC-B',
  secretKey: chipSeed,
  platformKeys: [platform.publicKey],
  bootEpoch: 1,
  now: () => T * 1000,
  window: 1 << 30,
  bufferCapacity: 1 << 30,
});
const handshake = (bytes: Uint8Array[]) => {
  let queue = bytes;
  while (queue.length > 0) {
    const replies = queue.flatMap((b) => platform.receive('conn', b).send);
    queue = replies.flatMap((r) => chip.receive(r).send);
  }
};
handshake(chip.connect().send);
const uplinks = Array.from(
  { length: 20_000 },
  (_, i) => chip.record({ kind: 'telemetry', value: telemetry(i) }).send[0] as Uint8Array,
);
const started = performance.now();
for (const bytes of uplinks) {
  tick();
  const out = platform.receive('conn', bytes);
  sink += out.records.length;
  platform.confirmDurable(out.records);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `\nPlatformMachine ingest (MAC check, dedup, hash chain, ack after durable): ${Math.round(uplinks.length / seconds).toLocaleString('en-US')} uplinks/s on one core`,
);
if (sink === 42) console.log('');
