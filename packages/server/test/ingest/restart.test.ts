import { afterEach, describe, expect, it } from 'vitest';
import {
  type ChipAlertEvent,
  type DurableRecordEvent,
  type RunningServer,
  startServer,
} from '../../src/index';
import { BACKENDS } from '../support/backends';
import { chipId, registerChip, TestChip, telemetry, until } from './support';

describe.each(BACKENDS)('ingest across restarts on $name', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function start(db: string): Promise<RunningServer> {
    const server = await startServer({
      port: 0,
      db,
      logger: false,
      docs: false,
      ingest: { mqttPort: 0, tcpPort: 0, maxDelayMs: 2 },
    });
    return server;
  }

  it('WC-SRV-063 WC-SRV-055: after a restart, records already stored are acked again but stored and emitted once, and acks cover a long-running epoch', async () => {
    const fresh = await backend.fresh();
    cleanups.push(fresh.drop);
    let server = await start(fresh.db);
    const id = chipId('R');
    const secret = await registerChip(server, id);
    const chip = new TestChip(id, secret, server.storage.keys.directive.publicKey, 1);
    await chip.mqtt(server.ingest?.mqttUrl as string);
    await chip.connect();
    for (let i = 0; i < 40; i++) chip.record(telemetry(i));
    await until(() => chip.unacked() === 0, 15_000, 'acks');
    // the acks of the next records are lost: the records are durable, the chip does not know it
    chip.ignoreAcks = true;
    for (let i = 0; i < 5; i++) chip.record(telemetry(100 + i));
    const before = (await server.storage.uplinks.list(id)).length;
    await until(async () => (await server.storage.uplinks.count(id)) >= before + 5, 15_000, 'stored');
    await chip.close();
    await server.close();

    server = await start(fresh.db);
    cleanups.push(() => server.close());
    const events: DurableRecordEvent[] = [];
    server.events.on('record', (r) => events.push(r));
    chip.ignoreAcks = false;
    await chip.mqtt(server.ingest?.mqttUrl as string);
    cleanups.push(() => chip.close());
    await chip.connect();
    // same boot epoch, far beyond the 32-record window of a fresh ack floor
    for (let i = 0; i < 40; i++) chip.record(telemetry(200 + i));
    await until(
      () => {
        chip.tick();
        return chip.unacked() === 0;
      },
      20_000,
      'every record acked',
    );
    const stored = await server.storage.uplinks.list(id);
    const keys = stored.map((r) => `${r.bootEpoch}/${r.seq}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
    expect(stored.filter((r) => r.kind === 'telemetry')).toHaveLength(85);
    // the five retransmitted records were not emitted again
    const emitted = new Set(events.map((e) => e.seq));
    expect(stored.filter((r) => emitted.has(r.seq))).toHaveLength(events.length);
    expect(events.every((e) => e.seq > before + 5 || e.body.kind !== 'telemetry')).toBe(true);
  });

  it('WC-SRV-054: a restarted server still refuses a boot epoch lower than the highest authenticated and alarms', async () => {
    const fresh = await backend.fresh();
    cleanups.push(fresh.drop);
    let server = await start(fresh.db);
    const id = chipId('E');
    const secret = await registerChip(server, id);
    const chip = new TestChip(id, secret, server.storage.keys.directive.publicKey, 5);
    await chip.tcp(server.ingest?.tcpPort as number);
    await chip.connect();
    await chip.close();
    await server.close();

    server = await start(fresh.db);
    cleanups.push(() => server.close());
    const alerts: ChipAlertEvent[] = [];
    server.events.on('chip-alert', (a) => alerts.push(a));
    const replayed = new TestChip(id, secret, server.storage.keys.directive.publicKey, 4);
    await replayed.tcp(server.ingest?.tcpPort as number);
    cleanups.push(() => replayed.close());
    replayed.emit(replayed.machine.connect());
    await until(() => replayed.errors.length > 0, 15_000, 'refusal');
    expect(replayed.machine.status).not.toBe('online');
    expect(alerts).toContainEqual(expect.objectContaining({ kind: 'stale-epoch', chipId: id }));
    // the genuine chip, rebooted to a newer epoch, is welcome
    const genuine = new TestChip(id, secret, server.storage.keys.directive.publicKey, 6);
    await genuine.tcp(server.ingest?.tcpPort as number);
    cleanups.push(() => genuine.close());
    await genuine.connect();
  });

  it('WC-SRV-059: a chip speaks the stream framing over TCP; garbage between frames is counted and skipped', async () => {
    const fresh = await backend.fresh();
    cleanups.push(fresh.drop);
    const server = await start(fresh.db);
    cleanups.push(() => server.close());
    const id = chipId('T');
    const secret = await registerChip(server, id);
    const chip = new TestChip(id, secret, server.storage.keys.directive.publicKey);
    const socket = await chip.tcp(server.ingest?.tcpPort as number);
    cleanups.push(() => chip.close());
    await chip.connect();
    socket.write(Buffer.from([0x57, 0x43, 0x01, 0x00, 0x03, 1, 2, 3, 0, 0, 0, 0, 0xff, 0xfe]));
    for (let i = 0; i < 10; i++) chip.record(telemetry(i));
    await until(() => chip.unacked() === 0, 15_000, 'acks over TCP');
    expect((await server.storage.uplinks.list(id)).filter((r) => r.kind === 'telemetry')).toHaveLength(10);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/weldcode_ingest_rejected_total\{reason="ERR_PROTO_FRAME_CRC"\} 1/);
    expect(metrics).toMatch(/weldcode_ingest_uplinks_total\{transport="tcp"\}/);
  });
});
