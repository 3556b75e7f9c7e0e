import { ALERT_KINDS as SIMULATOR_ALERT_KINDS } from '@weldcode/simulator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALERT_KINDS } from '../../src/index';
import { BACKENDS } from '../support/backends';
import { HOUR, type MonitoringWorld, monitoringWorld, SITE, T0, telemetry } from './support/monitoring-world';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const S0 = T0 / 1000;

describe.each(BACKENDS)('monitoring rules on $name', (backend) => {
  let w: MonitoringWorld;
  beforeAll(async () => {
    w = await monitoringWorld(backend);
  });
  afterAll(async () => w.close());

  const kindsOf = async (machineId: string) =>
    (await w.alerts(`&machineId=${machineId}`)).map((a) => a.kind).sort();

  it('WC-SRV-126: chip alarms raise their alerts; a cleared alarm raises nothing', async () => {
    const { machineId, chipId } = await w.machine();
    for (const kind of [1, 2, 3, 4, 6, 7, 8]) w.record(chipId, { kind: 'alarm', value: { kind, timeS: S0 } });
    w.record(chipId, { kind: 'alarm', value: { kind: 5, timeS: S0, cleared: true } });
    expect(await kindsOf(machineId)).toEqual(
      [
        'ENCLOSURE_OPENED',
        'CHIP_REMOVED',
        'BYPASS',
        'POWER_CUT',
        'MOBILE_WELDING',
        'OVER_TEMPERATURE',
        'GAS_DETECTED',
      ].sort(),
    );
  });

  it('WC-SRV-121: an alert carries machine, chip, worker, site, town, district and sector', async () => {
    const { machineId, chipId } = await w.machine();
    w.events.emit('scan-decision', {
      decisionId: 'dec-1',
      machineId,
      chipId,
      workerId: 'wkr_someone',
      accepted: true,
      reasons: [],
      atMs: w.clock.now,
    });
    w.record(chipId, { kind: 'alarm', value: { kind: 1, timeS: S0 } });
    const [alert] = await w.alerts(`&machineId=${machineId}`);
    expect(alert).toMatchObject({
      kind: 'ENCLOSURE_OPENED',
      severity: 'high',
      state: 'open',
      subjectType: 'machine',
      subjectId: machineId,
      machineId,
      chipId,
      workerId: 'wkr_someone',
      siteId: w.site.id,
      townId: w.base.town.id,
      districtId: w.base.district.id,
      sector: 'hospital',
      source: 'record',
      occurrences: 1,
    });
  });

  it('WC-SRV-127: arc without a grant is a bypass: a grantless arc session, arc current with the relay open', async () => {
    const a = await w.machine();
    w.record(a.chipId, { kind: 'arcSession', value: { startS: S0, endS: S0 + 60, arcS: 60, workerId: 'x' } });
    w.record(a.chipId, {
      kind: 'arcSession',
      value: { startS: S0, endS: S0 + 60, arcS: 60, grantId: new Uint8Array(16).fill(1) },
    });
    const b = await w.machine();
    w.record(b.chipId, telemetry(S0, [1200, 1250, 1300], false));
    const c = await w.machine();
    w.record(c.chipId, telemetry(S0, [1200, 1250, 1300], true));
    const [bypassA] = await w.alerts(`&machineId=${a.machineId}`);
    expect(bypassA).toMatchObject({ kind: 'BYPASS', severity: 'critical', occurrences: 1 });
    expect(bypassA?.details).toMatchObject({ rule: 'arc-session-without-grant' });
    const [bypassB] = await w.alerts(`&machineId=${b.machineId}`);
    expect(bypassB?.details).toMatchObject({ rule: 'arc-with-relay-open', samples: 3 });
    expect(await kindsOf(c.machineId)).toEqual([]);
  });

  it('WC-SRV-128: protocol findings raise CLONED_CHIP, UNKNOWN_CHIP, STALE_EPOCH, LOG_TAMPER, LOG_GAP', async () => {
    const { machineId, chipId } = await w.machine();
    const kinds = ['duplicate-session', 'bad-signature', 'stale-epoch', 'log-tamper', 'log-gap'] as const;
    for (const kind of kinds)
      w.events.emit('chip-alert', { kind, chipId, details: {}, receivedMs: w.clock.now });
    w.events.emit('chip-alert', {
      kind: 'unknown-chip',
      chipId: 'WC-NOBODY',
      details: {},
      receivedMs: w.clock.now,
    });
    expect(await kindsOf(machineId)).toEqual(['CLONED_CHIP', 'LOG_GAP', 'LOG_TAMPER', 'STALE_EPOCH']);
    const cloned = (await w.alerts(`&machineId=${machineId}&kind=CLONED_CHIP`))[0];
    expect(cloned?.occurrences).toBe(2);
    const unknown = await w.alerts('&chipId=WC-NOBODY');
    expect(unknown).toMatchObject([
      { kind: 'UNKNOWN_CHIP', subjectType: 'chip', subjectId: 'WC-NOBODY', machineId: null },
    ]);
  });

  it('WC-SRV-129: a grant the chip rejected raises GRANT_REJECTED', async () => {
    const { machineId, chipId } = await w.machine();
    w.record(chipId, { kind: 'event', value: { kind: 5, timeS: S0, reason: 'ERR_PROTO_BAD_SIGNATURE' } });
    w.record(chipId, { kind: 'event', value: { kind: 4, timeS: S0 } });
    const alerts = await w.alerts(`&machineId=${machineId}`);
    expect(alerts).toMatchObject([
      { kind: 'GRANT_REJECTED', details: { reason: 'ERR_PROTO_BAD_SIGNATURE' } },
    ]);
  });

  it('WC-SRV-130: a precise fix outside the site raises MOBILE_WELDING; a coarse or nearby one does not', async () => {
    const { machineId, chipId } = await w.machine();
    const at = (dLat: number, accuracyM: number) =>
      w.record(chipId, {
        kind: 'location',
        value: {
          timeS: S0,
          latE7: Math.round((SITE.lat + dLat) * 1e7),
          lonE7: Math.round(SITE.lon * 1e7),
          accuracyM,
        },
      });
    at(0.001, 20); // ~111 m: on site
    at(0.02, 500); // ~2.2 km, but a cell fix
    at(0.02, 0); // accuracy unknown
    expect(await kindsOf(machineId)).toEqual([]);
    at(0.02, 30); // ~2.2 km, GNSS
    const [alert] = await w.alerts(`&machineId=${machineId}`);
    expect(alert).toMatchObject({ kind: 'MOBILE_WELDING' });
    expect(Number((alert?.details as { distanceM?: number } | undefined)?.distanceM)).toBeGreaterThan(2000);
  });

  it('WC-SRV-131: a Last Will raises CHIP_OFFLINE, a mains loss POWER_CUT, a shutdown nothing', async () => {
    const a = await w.machine();
    const b = await w.machine();
    const c = await w.machine();
    const death = (chipId: string, reason: number) =>
      w.events.emit('message', {
        chipId,
        body: { kind: 'death', value: { reason } },
        receivedMs: w.clock.now,
      });
    death(a.chipId, 1);
    death(b.chipId, 3);
    death(c.chipId, 2);
    expect(await kindsOf(a.machineId)).toEqual(['CHIP_OFFLINE']);
    expect(await kindsOf(b.machineId)).toEqual(['POWER_CUT']);
    expect(await kindsOf(c.machineId)).toEqual([]);
    // ingest reports a Last Will as the end of the chip's session
    const d = await w.machine();
    const e = await w.machine();
    w.events.emit('presence', { chipId: d.chipId, online: false, atMs: w.clock.now, lastWill: true });
    w.events.emit('presence', { chipId: e.chipId, online: false, atMs: w.clock.now });
    expect(await w.alerts(`&machineId=${d.machineId}`)).toMatchObject([
      { kind: 'CHIP_OFFLINE', source: 'presence' },
    ]);
    expect(await kindsOf(e.machineId)).toEqual([]);
  });

  it('WC-SRV-132: refusal reasons raise REMOTE_SCAN, FIRE_WATCHER_ABSENT, CROWDED_PLACE_OPEN, SPECIAL_PERIOD', async () => {
    const { machineId } = await w.machine();
    w.events.emit('scan-decision', {
      decisionId: 'dec-2',
      machineId,
      workerId: 'wkr_a',
      accepted: false,
      reasons: ['REMOTE_SCAN', 'FIRE_WATCHER_ABSENT', 'CROWDED_PLACE_OPEN', 'SPECIAL_PERIOD', 'NO_PERMIT'],
      atMs: w.clock.now,
    });
    const alerts = await w.alerts(`&machineId=${machineId}`);
    expect(alerts.map((a) => a.kind).sort()).toEqual(
      ['CROWDED_PLACE_OPEN', 'FIRE_WATCHER_ABSENT', 'REMOTE_SCAN', 'SPECIAL_PERIOD'].sort(),
    );
    expect(alerts.every((a) => a.source === 'scan-decision' && a.workerId === 'wkr_a')).toBe(true);
  });

  it('WC-SRV-132: a grant relying on certificates that all expire soon raises CERTIFICATE_EXPIRING', async () => {
    const { machineId } = await w.machine();
    const soon = await w.worker('2026-07-20');
    const later = await w.worker('2027-07-20');
    const grant = (workerId: string) =>
      w.events.emit('scan-decision', {
        decisionId: 'd',
        machineId,
        workerId,
        accepted: true,
        reasons: [],
        atMs: w.clock.now,
      });
    grant(later.workerId);
    expect(await kindsOf(machineId)).toEqual([]);
    grant(soon.workerId);
    expect(await w.alerts(`&machineId=${machineId}`)).toMatchObject([
      {
        kind: 'CERTIFICATE_EXPIRING',
        subjectType: 'certificate',
        subjectId: soon.certificateId,
        workerId: soon.workerId,
      },
    ]);
  });

  it('WC-SRV-120: the closed list holds every simulator alert kind, and a rule produces each (WC-SIM-041)', async () => {
    expect(ALERT_KINDS).toEqual(expect.arrayContaining([...SIMULATOR_ALERT_KINDS]));
    expect(new Set(ALERT_KINDS).size).toBe(ALERT_KINDS.length);
    const { machineId, chipId } = await w.machine();
    for (const kind of [1, 2, 4, 5]) w.record(chipId, { kind: 'alarm', value: { kind, timeS: S0 } });
    w.record(chipId, {
      kind: 'location',
      value: {
        timeS: S0,
        latE7: Math.round((SITE.lat + 0.05) * 1e7),
        lonE7: Math.round(SITE.lon * 1e7),
        accuracyM: 10,
      },
    });
    for (const kind of ['duplicate-session', 'unknown-chip', 'stale-epoch', 'log-tamper', 'log-gap']) {
      w.events.emit('chip-alert', { kind: kind as 'log-gap', chipId, details: {}, receivedMs: w.clock.now });
    }
    w.record(chipId, { kind: 'event', value: { kind: 5, timeS: S0 } });
    const expiring = await w.worker('2026-07-10');
    w.events.emit('scan-decision', {
      decisionId: 'd',
      machineId,
      workerId: expiring.workerId,
      accepted: true,
      reasons: [],
      atMs: w.clock.now,
    });
    w.events.emit('message', {
      chipId,
      body: { kind: 'death', value: { reason: 1 } },
      receivedMs: w.clock.now,
    });
    await w.engine.idle();
    const produced = new Set([
      ...(await w.alerts(`&machineId=${machineId}`)).map((a) => a.kind),
      ...(await w.alerts(`&workerId=${expiring.workerId}`)).map((a) => a.kind),
    ]);
    expect([...SIMULATOR_ALERT_KINDS].filter((kind) => !produced.has(kind))).toEqual([]);
    const listed = (await w.app.inject({ method: 'GET', url: '/v1/alert-kinds' })).json();
    expect(listed.kinds.map((k: { kind: string }) => k.kind)).toEqual([...ALERT_KINDS]);
    expect(listed.kinds.find((k: { kind: string }) => k.kind === 'BYPASS')).toMatchObject({
      severity: 'critical',
    });
  });

  it('WC-SRV-121: alerts in a record carry platform time, not chip time', async () => {
    const { machineId, chipId } = await w.machine();
    w.clock.now = T0 + 5 * HOUR;
    w.record(chipId, { kind: 'alarm', value: { kind: 1, timeS: S0 - 86_400 } });
    const [alert] = await w.alerts(`&machineId=${machineId}`);
    expect(alert?.firstSeenAt).toBe(new Date(T0 + 5 * HOUR).toISOString());
    w.clock.now = T0;
  });
});
