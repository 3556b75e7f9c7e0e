import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChipPresenceEvent, DurableRecordEvent, RunningServer } from '../../src/index';
import { chipId, ingestServer, registerChip, TestChip, telemetry, until } from '../ingest/support';
import { tokenFor } from '../support/app';
import { BACKENDS } from '../support/backends';

// Hang guards only (tests never assert durations).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const START = '2026-06-01T07:00:00+08:00';
const START_MS = Date.parse(START);

describe.each(BACKENDS)('platform clock and test clock on $name', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function server(testClock: string | undefined, thread: 'main' | 'worker' = 'main') {
    const running = await ingestServer(backend, {
      ...(testClock === undefined ? {} : { testClock }),
      ingest: { mqttPort: 0, tcpPort: 0, maxDelayMs: 2, thread },
    });
    cleanups.push(running.close);
    const admin = await running.server.storage.access.users.create({
      username: 'clock-admin',
      displayName: '时钟管理员',
      role: 'city-admin',
    });
    const token = await tokenFor(running.server.storage, admin.id);
    return { server: running.server, token };
  }

  function call(s: RunningServer, token: string | undefined, method: 'GET' | 'PUT', body?: unknown) {
    return fetch(`${s.url}/v1/test/clock`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  it('WC-SRV-151: the test-clock routes exist only on a server started with one, for the platform administrator', async () => {
    const plain = await server(undefined);
    expect((await call(plain.server, plain.token, 'GET')).status).toBe(404);
    expect((await call(plain.server, plain.token, 'PUT', { at: START })).status).toBe(404);
    expect(plain.server.testClock).toBeUndefined();

    const { server: s, token } = await server(START);
    expect((await call(s, undefined, 'GET')).status).toBe(401);
    const district = await s.storage.areas.create({ level: 'city', name: '上海市', code: '310000' });
    const officer = await s.storage.access.users.create({
      username: 'city-officer',
      displayName: '市级管理员',
      role: 'city-admin',
      areaId: district.id,
    });
    // a city-admin bound to a city is not the platform administrator
    expect((await call(s, await tokenFor(s.storage, officer.id), 'GET')).status).toBe(403);
    const now = await call(s, token, 'GET');
    expect(now.status).toBe(200);
    expect(await now.json()).toEqual({ at: new Date(START_MS).toISOString(), ms: START_MS });
  });

  it('WC-SRV-152: the test clock only moves forward, and a move runs the time-based rules at the new instant', async () => {
    const { server: s, token } = await server(START);
    const worker = await s.storage.workers.create({ name: '赵磊', idNumber: '11010519491231002X' });
    await s.storage.certificates.create(worker.id, {
      type: 'construction-welder',
      number: 'JZ-CLOCK-1',
      issuer: '310000',
      issuedOn: '2024-06-10',
      expiresOn: '2026-06-10',
    });
    const later = '2026-06-12T09:00:00+08:00';
    const moved = await call(s, token, 'PUT', { at: later });
    expect(moved.status).toBe(200);
    expect((await moved.json()).ms).toBe(Date.parse(later));
    expect(s.clock()).toBe(Date.parse(later));
    // the sweep ran at the new instant before the answer: the certificate is past its expiry day
    const alerts = await s.storage.monitoring.alerts.list({ kind: 'CERTIFICATE_EXPIRED', limit: 10 });
    expect(alerts.items.map((a) => a.workerId)).toEqual([worker.id]);

    const back = await call(s, token, 'PUT', { at: START });
    expect(back.status).toBe(409);
    expect((await back.json()).code).toBe('ERR_SRV_INVALID_STATE');
    expect(s.clock()).toBe(Date.parse(later));
    expect((await call(s, token, 'PUT', { at: 'yesterday' })).status).toBe(400);
    // standing still is allowed (a step of zero)
    expect((await call(s, token, 'PUT', { at: later })).status).toBe(200);
  });

  // WC-SRV-154: a worker thread reads the same test clock, through shared memory
  it.each(['main', 'worker'] as const)(
    'WC-SRV-150 WC-SRV-153 WC-SRV-154: ingest in the %s thread stamps on the platform clock, and a chip pinned to the published directive key authenticates',
    async (thread) => {
      const { server: s } = await server(START, thread);
      const published = (await (await fetch(`${s.url}/v1/platform`)).json()) as {
        keys: Record<'directive' | 'root' | 'issuer', { publicKey: string; keyId: string }>;
        testClock: boolean;
      };
      expect(published.testClock).toBe(true);
      for (const role of ['directive', 'root', 'issuer'] as const) {
        expect(published.keys[role].publicKey).toBe(
          Buffer.from(s.storage.keys[role].publicKey).toString('base64url'),
        );
        expect(published.keys[role].keyId).toBe(Buffer.from(s.storage.keys[role].keyId).toString('hex'));
      }
      const records: DurableRecordEvent[] = [];
      const presence: ChipPresenceEvent[] = [];
      s.events.on('record', (r) => records.push(r));
      s.events.on('presence', (p) => presence.push(p));
      const id = chipId('CLK');
      const secret = await registerChip(s, id);
      const chip = new TestChip(
        id,
        secret,
        new Uint8Array(Buffer.from(published.keys.directive.publicKey, 'base64url')),
      );
      await chip.mqtt(s.ingest?.mqttUrl as string);
      cleanups.push(() => chip.close());
      await chip.connect();
      s.testClock?.set(START_MS + 3_600_000);
      chip.record(telemetry(1));
      const telemetryOf = () => records.filter((r) => r.chipId === id && r.body.kind === 'telemetry');
      await until(() => chip.unacked() === 0 && telemetryOf().length > 0, 15_000, 'ack');
      expect(presence.find((p) => p.chipId === id && p.online)?.atMs).toBe(START_MS);
      expect(telemetryOf().map((r) => r.receivedMs)).toEqual([START_MS + 3_600_000]);
      // the handshake answered the chip with the platform clock's time
      expect((await s.storage.chipSessions.get(id))?.session?.ms).toBe(START_MS);
    },
  );
});
