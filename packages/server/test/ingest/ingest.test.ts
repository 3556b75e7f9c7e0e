import { generateKeyPair } from '@weldcode/crypto';
import { chipTopic, decodeEnvelope } from '@weldcode/protocol';
import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChipAlertEvent, ChipPresenceEvent, DurableRecordEvent, RunningServer } from '../../src/index';
import { BACKENDS } from '../support/backends';
import { chipId, grant, ingestServer, registerChip, TestChip, telemetry, until } from './support';

// Every case runs with ingest in the API's thread and in a worker thread of its own (WC-SRV-154).
const SETUPS = BACKENDS.flatMap((backend) =>
  (['main', 'worker'] as const).map((thread) => ({ ...backend, backend, thread })),
);

describe.each(SETUPS)('chip ingest on $name, ingest in the $thread thread', ({ backend, thread }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  // Broker and protocol rules are the same code in either thread: the worker runs the cases that
  // cross the thread boundary (events, presence, gateway, metrics, alerts), the main thread all.
  const onlyInMain = (title: string, test: () => Promise<void>) => {
    if (thread === 'main') it(title, test);
  };

  async function setup(ingest: { recycleAfterRecords?: number } = {}) {
    const running = await ingestServer(backend, {
      ingest: { mqttPort: 0, tcpPort: 0, maxDelayMs: 2, thread, ...ingest },
    });
    cleanups.push(running.close);
    const server = running.server;
    const records: DurableRecordEvent[] = [];
    const alerts: ChipAlertEvent[] = [];
    const presence: ChipPresenceEvent[] = [];
    server.events.on('record', (r) => records.push(r));
    server.events.on('chip-alert', (a) => alerts.push(a));
    server.events.on('presence', (p) => presence.push(p));
    return { server, records, alerts, presence, db: running.db };
  }

  async function mqttChip(server: RunningServer, id = chipId()) {
    const secret = await registerChip(server, id);
    const chip = new TestChip(id, secret, server.storage.keys.directive.publicKey);
    await chip.mqtt(server.ingest?.mqttUrl as string);
    cleanups.push(() => chip.close());
    return chip;
  }

  it('WC-SRV-051 WC-SRV-055 WC-SRV-066: a registered chip authenticates, every record is stored once, emitted once and acked after the commit', async () => {
    const { server, records, presence } = await setup();
    const messages: string[] = [];
    server.events.on('message', (m) => messages.push(m.body.kind));
    const chip = await mqttChip(server);
    await chip.connect();
    for (let i = 0; i < 40; i++) chip.record(telemetry(i));
    await until(() => chip.unacked() === 0, 15_000, 'acks');
    const stored = await server.storage.uplinks.list(chip.chipId);
    // the chip's own event records (relay state) are numbered in between
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
    expect(stored.filter((r) => r.kind === 'telemetry')).toHaveLength(40);
    expect(records.filter((r) => r.chipId === chip.chipId)).toHaveLength(stored.length);
    // the stored bytes are the record envelopes the chip's hash chain covers
    expect(decodeEnvelope(stored[0]?.payload as Uint8Array).seq).toBe(1);
    expect(presence).toContainEqual(expect.objectContaining({ chipId: chip.chipId, online: true }));
    expect(server.ingest?.gateway.isOnline(chip.chipId)).toBe(true);
    expect(messages).toContain('birth');
  });

  it('WC-SRV-055 WC-PROTO-034: when the machine trims its chain history the session stays, acks stay cumulative and a retransmission is stored once', async () => {
    const { server, records, presence } = await setup({ recycleAfterRecords: 10 });
    const chip = await mqttChip(server);
    await chip.connect();
    for (let i = 0; i < 15; i++) chip.record(telemetry(i));
    await until(() => chip.unacked() === 0, 15_000, 'acks across a trim');
    // acks lost: the chip resends these after its ack timeout, across another trim
    const storedCount = async () => (await server.storage.uplinks.list(chip.chipId)).length;
    const before = await storedCount();
    chip.ignoreAcks = true;
    for (let i = 0; i < 8; i++) chip.record(telemetry(100 + i));
    await until(async () => (await storedCount()) >= before + 8, 15_000, 'records stored');
    for (let i = 0; i < 4; i++) chip.record(telemetry(200 + i));
    await until(async () => (await storedCount()) >= before + 12, 15_000, 'trimming again');
    chip.ignoreAcks = false;
    await new Promise((resolve) => setTimeout(resolve, 2100));
    chip.tick();
    await until(() => chip.unacked() === 0, 15_000, 'acks of the retransmission');
    const stored = await server.storage.uplinks.list(chip.chipId);
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
    expect(records.filter((r) => r.chipId === chip.chipId)).toHaveLength(stored.length);
    // no ack ever fell back to a floor of 0 (a selective bitmap only), and the last one covers
    // every record
    const ackSeqs = chip.downlinks
      .map((bytes) => decodeEnvelope(bytes).body)
      .filter((b) => b.kind === 'ack')
      .map((b) => (b.value as { seq?: number }).seq ?? 0);
    expect(ackSeqs.filter((seq) => seq === 0)).toEqual([]);
    expect(ackSeqs.at(-1)).toBe(stored.length);
    // one session throughout: no second handshake, no offline
    expect(presence.filter((p) => p.chipId === chip.chipId)).toEqual([
      expect.objectContaining({ online: true }),
    ]);
  });

  onlyInMain('WC-SRV-051: an unknown chip is refused and alarmed', async () => {
    const { server, alerts } = await setup();
    const id = chipId('U');
    const chip = new TestChip(id, generateKeyPair().secretKey, server.storage.keys.directive.publicKey);
    await chip.mqtt(server.ingest?.mqttUrl as string);
    cleanups.push(() => chip.close());
    chip.emit(chip.machine.connect());
    await until(() => chip.errors.length > 0, 15_000, 'refusal');
    expect(chip.machine.status).not.toBe('online');
    expect(alerts).toContainEqual(expect.objectContaining({ kind: 'unknown-chip', chipId: id }));
  });

  onlyInMain(
    'WC-SRV-053: a chip id answering with another key (a clone) is refused and alarmed',
    async () => {
      const { server, alerts } = await setup();
      const id = chipId('C');
      await registerChip(server, id);
      const clone = new TestChip(id, generateKeyPair().secretKey, server.storage.keys.directive.publicKey);
      await clone.tcp(server.ingest?.tcpPort as number);
      cleanups.push(() => clone.close());
      clone.emit(clone.machine.connect());
      await until(() => clone.errors.length > 0, 15_000, 'refusal');
      expect(alerts).toContainEqual(expect.objectContaining({ kind: 'bad-signature', chipId: id }));
    },
  );

  it('WC-SRV-053: a second live session of one chip on another connection raises a duplicate-session alert', async () => {
    const { server, alerts } = await setup();
    const id = chipId('D');
    const secret = await registerChip(server, id);
    const first = new TestChip(id, secret, server.storage.keys.directive.publicKey);
    await first.tcp(server.ingest?.tcpPort as number);
    cleanups.push(() => first.close());
    await first.connect();
    const second = new TestChip(id, secret, server.storage.keys.directive.publicKey);
    await second.tcp(server.ingest?.tcpPort as number);
    cleanups.push(() => second.close());
    await second.connect();
    expect(alerts).toContainEqual(expect.objectContaining({ kind: 'duplicate-session', chipId: id }));
    second.record(telemetry(1));
    await until(() => second.unacked() === 0, 15_000, 'ack of the newer session');
  });

  // the failure is injected into this thread's storage, which a worker does not write through
  onlyInMain(
    'WC-SRV-056: a batch that fails to commit is not acked; the chip backs off and its retransmission is stored',
    async () => {
      const { server } = await setup();
      const chip = await mqttChip(server);
      await chip.connect();
      const uplinks = server.storage.uplinks;
      await until(() => chip.unacked() === 0, 15_000, 'the records of the connection acked');
      const before = await uplinks.count(chip.chipId);
      const append = uplinks.append.bind(uplinks);
      let failures = 0;
      uplinks.append = async () => {
        failures++;
        throw new Error('disk full');
      };
      chip.record(telemetry(1));
      await until(() => failures > 0, 15_000, 'a failed batch');
      await until(
        () => chip.downlinks.some((b) => decodeEnvelope(b).body.kind === 'nack'),
        15_000,
        'a busy nack',
      );
      const waiting = chip.unacked();
      expect(waiting).toBeGreaterThan(0);
      expect(await uplinks.count(chip.chipId)).toBe(before);
      uplinks.append = append;
      // the chip retransmits after its ack timeout, in a backfill
      await until(
        () => {
          chip.tick();
          return chip.unacked() === 0;
        },
        20_000,
        'the retransmission acked',
      );
      const stored = (await uplinks.list(chip.chipId)).filter((r) => r.kind === 'telemetry');
      expect(stored).toHaveLength(1);
    },
  );

  onlyInMain(
    'WC-SRV-060: a new hello replaces the session once it completes; an unfinished one leaves the session alone',
    async () => {
      const { server } = await setup();
      const chip = await mqttChip(server);
      await chip.connect();
      chip.record(telemetry(1));
      await until(() => chip.unacked() === 0, 15_000, 'first ack');
      // a hello whose handshake never completes: the live session keeps working
      const stray = new TestChip(chip.chipId, chip.secretKey, server.storage.keys.directive.publicKey);
      const hello = stray.machine.connect().send[0] as Uint8Array;
      chip.raw(hello);
      chip.record(telemetry(2));
      await until(() => chip.unacked() === 0, 15_000, 'ack in the old session');
      // the chip reboots and says hello again on the same topic: the new session takes over
      chip.reboot();
      await chip.connect();
      chip.record(telemetry(3));
      await until(() => chip.unacked() === 0, 15_000, 'ack in the new session');
      const stored = await server.storage.uplinks.list(chip.chipId);
      const keys = stored.filter((r) => r.kind === 'telemetry').map((r) => r.bootEpoch);
      expect(keys).toEqual([1, 1, 2]);
    },
  );

  it('WC-SRV-061: presence follows the session, and the Last Will ends it', async () => {
    const { server, presence } = await setup();
    const chip = await mqttChip(server);
    const client = await (async () => {
      const c = await mqtt.connectAsync(server.ingest?.mqttUrl as string, { clientId: `${chip.chipId}-x` });
      cleanups.push(() => c.endAsync());
      return c;
    })();
    expect(client.connected).toBe(true);
    await chip.connect();
    await until(() => presence.some((p) => p.chipId === chip.chipId && p.online));
    await chip.close();
    await until(() => presence.some((p) => p.chipId === chip.chipId && !p.online), 15_000, 'offline');
    expect(server.ingest?.gateway.isOnline(chip.chipId)).toBe(false);
  });

  onlyInMain(
    'WC-SRV-061: a chip that drops without a goodbye is reported offline by its Last Will',
    async () => {
      const { server, presence } = await setup();
      const id = chipId();
      const secret = await registerChip(server, id);
      const chip = new TestChip(id, secret, server.storage.keys.directive.publicKey);
      const client = await chip.mqtt(server.ingest?.mqttUrl as string);
      // a client whose socket was destroyed may never finish a graceful end: force it
      cleanups.push(() => new Promise<void>((resolve) => client.end(true, {}, () => resolve())));
      await chip.connect();
      await until(() => presence.some((p) => p.chipId === id && p.online));
      expect(presence.some((p) => p.chipId === id && p.lastWill === true)).toBe(false);
      // the socket dies: no DISCONNECT packet, so the broker publishes the chip's will
      client.stream.destroy();
      await until(
        () => presence.some((p) => p.chipId === id && p.lastWill === true),
        15_000,
        'the Last Will',
      );
    },
  );

  onlyInMain(
    'WC-SRV-050: the embedded broker lets a client publish only on its own chip topics',
    async () => {
      const { server } = await setup();
      const chip = await mqttChip(server);
      await chip.connect();
      const rogue = await mqtt.connectAsync(server.ingest?.mqttUrl as string, {
        clientId: chipId('R'),
        reconnectPeriod: 0,
      });
      cleanups.push(() => rogue.endAsync().catch(() => undefined));
      const intruder = new TestChip(chip.chipId, chip.secretKey, server.storage.keys.directive.publicKey);
      rogue.publish(
        chipTopic(chip.chipId, 'up'),
        Buffer.from(intruder.machine.connect().send[0] as Uint8Array),
      );
      await until(() => !rogue.connected, 15_000, 'the rogue client disconnected');
      const row = await server.storage.chipSessions.get(chip.chipId);
      expect(row?.pending).toBeUndefined();
      chip.record(telemetry(1));
      await until(() => chip.unacked() === 0, 15_000, 'ack');
    },
  );

  it('WC-SRV-062: the gateway delivers a signed directive to an online chip and reports an offline one', async () => {
    const { server } = await setup();
    const chip = await mqttChip(server);
    await chip.connect();
    const signed = grant(server, chip.chipId);
    expect(await server.ingest?.gateway.deliver(chip.chipId, signed)).toBe(true);
    await until(() => chip.granted(), 15_000, 'the grant applied by the chip');
    expect(await server.ingest?.gateway.deliver(chipId('offline'), signed)).toBe(false);
  });

  it('WC-SRV-057: malformed uplinks are counted and dropped without disturbing the session', async () => {
    const { server } = await setup();
    const chip = await mqttChip(server);
    await chip.connect();
    for (let i = 0; i < 40; i++) chip.raw(new Uint8Array([0x0a, 0xff, i]));
    chip.record(telemetry(1));
    await until(() => chip.unacked() === 0, 15_000, 'ack after garbage');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/weldcode_ingest_rejected_total\{reason="ERR_PROTO_BAD_MAC"\} 40/);
    expect(metrics).toMatch(/weldcode_ingest_records_total\{outcome="stored"\} [1-9]/);
  });
});
