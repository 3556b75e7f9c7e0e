import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from '../support/backends';
import {
  HOUR,
  MINUTE,
  type MonitoringWorld,
  monitoringWorld,
  T0,
  telemetry,
} from './support/monitoring-world';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

describe.each(BACKENDS)('time-based rules on $name', (backend) => {
  let w: MonitoringWorld;
  beforeAll(async () => {
    w = await monitoringWorld(backend);
  });
  afterAll(async () => w.close());

  const at = async (ms: number) => {
    w.clock.now = ms;
    return w.engine.sweep();
  };

  it('WC-SRV-136: offline longer than the threshold raises LONG_OFFLINE once per episode', async () => {
    const { machineId, chipId } = await w.machine();
    w.events.emit('presence', { chipId, online: true, atMs: T0 - HOUR });
    w.events.emit('presence', { chipId, online: false, atMs: T0 });
    await at(T0 + 29 * MINUTE);
    expect(await w.alerts(`&machineId=${machineId}`)).toEqual([]);
    await at(T0 + 31 * MINUTE);
    expect(await w.alerts(`&machineId=${machineId}`)).toMatchObject([
      {
        kind: 'LONG_OFFLINE',
        source: 'sweep',
        occurrences: 1,
        details: { offlineSince: new Date(T0).toISOString() },
      },
    ]);
    await at(T0 + 45 * MINUTE);
    const [alert] = await w.alerts(`&machineId=${machineId}`);
    // still the same condition: refreshed, not counted again
    expect(alert).toMatchObject({ occurrences: 1, lastSeenAt: new Date(T0 + 45 * MINUTE).toISOString() });
    await w.app.inject({
      method: 'POST',
      url: `/v1/alerts/${String(alert?.id)}/close`,
      payload: { actor: 'officer', note: '设备停用' },
    });
    await at(T0 + 60 * MINUTE);
    expect((await w.alerts(`&machineId=${machineId}`)).map((a) => a.state)).toEqual(['closed']);
    // a new episode: back online, then gone again
    w.events.emit('presence', { chipId, online: true, atMs: T0 + 61 * MINUTE });
    w.events.emit('presence', { chipId, online: false, atMs: T0 + 62 * MINUTE });
    await at(T0 + 80 * MINUTE);
    expect((await w.alerts(`&machineId=${machineId}`)).map((a) => a.state)).toEqual(['closed']);
    await at(T0 + 93 * MINUTE);
    expect((await w.alerts(`&machineId=${machineId}`)).map((a) => a.state)).toEqual(['closed', 'open']);
  });

  it('WC-SRV-137: a machine energised longer than the threshold raises ON_TOO_LONG; de-energising ends it', async () => {
    const long = await w.machine();
    const short = await w.machine();
    w.clock.now = T0;
    w.record(long.chipId, telemetry(T0 / 1000, [0, 0], true));
    w.record(short.chipId, telemetry(T0 / 1000, [0, 0], true));
    w.clock.now = T0 + 2 * HOUR;
    w.record(short.chipId, { kind: 'event', value: { kind: 3, timeS: w.clock.now / 1000 } });
    await at(T0 + 23 * HOUR);
    expect(await w.alerts(`&machineId=${long.machineId}`)).toEqual([]);
    await at(T0 + 25 * HOUR);
    expect(await w.alerts(`&machineId=${long.machineId}`)).toMatchObject([
      {
        kind: 'ON_TOO_LONG',
        details: { energisedSince: new Date(T0).toISOString(), thresholdMinutes: 1440 },
      },
    ]);
    expect(await w.alerts(`&machineId=${short.machineId}`)).toEqual([]);
    w.clock.now = T0;
  });

  it('WC-SRV-138: certificates expiring within the warning window or expired raise alerts; a renewed one does not', async () => {
    w.clock.now = T0;
    const expiring = await w.worker('2026-07-20');
    const expired = await w.worker('2026-06-01');
    const fine = await w.worker('2027-06-01');
    const renewed = await w.worker('2026-05-01');
    await w.storage.certificates.create(renewed.workerId, {
      type: 'em-welding',
      number: `R${Math.random().toString().slice(2, 12)}`,
      issuer: '上海市应急管理局',
      issuedOn: '2026-05-01',
      expiresOn: '2032-05-01',
    });
    await at(T0);
    const of = async (workerId: string) =>
      (await w.alerts(`&workerId=${workerId}`)).map((a) => [a.kind, a.subjectType, a.subjectId, a.townId]);
    expect(await of(expiring.workerId)).toEqual([
      ['CERTIFICATE_EXPIRING', 'certificate', expiring.certificateId, w.base.town.id],
    ]);
    expect(await of(expired.workerId)).toEqual([
      ['CERTIFICATE_EXPIRED', 'certificate', expired.certificateId, w.base.town.id],
    ]);
    expect(await of(fine.workerId)).toEqual([]);
    expect(await of(renewed.workerId)).toEqual([]);
  });
});

describe.each(BACKENDS)('monitoring policy on $name', (backend) => {
  let w: MonitoringWorld;
  beforeAll(async () => {
    w = await monitoringWorld(backend, { offlineAlertMinutes: 5, severities: { CHIP_OFFLINE: 'high' } });
  });
  afterAll(async () => w.close());

  it('WC-SRV-140: thresholds and severities are policy data, served with the kinds', async () => {
    const { machineId, chipId } = await w.machine();
    w.events.emit('message', { chipId, body: { kind: 'death', value: { reason: 1 } }, receivedMs: T0 });
    w.clock.now = T0 + 6 * MINUTE;
    await w.engine.sweep();
    // both alerts open at one instant: listed in either order
    const kinds = (await w.alerts(`&machineId=${machineId}`))
      .map((a) => [a.kind, a.severity])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(kinds).toEqual([
      ['CHIP_OFFLINE', 'high'],
      ['LONG_OFFLINE', 'high'],
    ]);
    const listed = (await w.app.inject({ method: 'GET', url: '/v1/alert-kinds' })).json();
    expect(listed.policy).toMatchObject({
      offlineAlertMinutes: 5,
      maxEnergisedMinutes: 1440,
      certificateWarningDays: 30,
    });
    expect(listed.kinds.find((k: { kind: string }) => k.kind === 'CHIP_OFFLINE').severity).toBe('high');
  });
});
