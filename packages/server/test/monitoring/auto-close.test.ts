import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MonitoringEngine } from '../../src/index';
import { BACKENDS } from '../support/backends';
import {
  HOUR,
  MINUTE,
  type MonitoringWorld,
  monitoringWorld,
  SITE,
  T0,
  telemetry,
} from './support/monitoring-world';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

describe.each(BACKENDS)('self-closing alerts, unknown plates, restarts ($name)', (backend) => {
  let w: MonitoringWorld;
  beforeAll(async () => {
    w = await monitoringWorld(backend);
  });
  afterAll(async () => w.close());

  // Alerts opened at one platform instant are listed in either order (ids are random): sort by kind.
  const states = async (machineId: string) =>
    (await w.alerts(`&machineId=${machineId}`))
      .map((a) => [a.kind, a.state, (a.closed as { by: string } | null)?.by ?? null])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const fix = (chipId: string, dLat: number) =>
    w.record(chipId, {
      kind: 'location',
      value: {
        timeS: w.clock.now / 1000,
        latE7: Math.round((SITE.lat + dLat) * 1e7),
        lonE7: Math.round(SITE.lon * 1e7),
        accuracyM: 20,
      },
    });

  it('WC-SRV-144: CHIP_OFFLINE and LONG_OFFLINE close when the chip is back, closed by system at platform time', async () => {
    const { machineId, chipId } = await w.machine();
    w.clock.now = T0;
    w.events.emit('presence', { chipId, online: false, lastWill: true, atMs: T0 });
    w.clock.now = T0 + 31 * MINUTE;
    await w.engine.sweep();
    expect(await states(machineId)).toEqual([
      ['CHIP_OFFLINE', 'open', null],
      ['LONG_OFFLINE', 'open', null],
    ]);
    w.events.emit('presence', { chipId, online: true, atMs: T0 + 40 * MINUTE });
    expect(await states(machineId)).toEqual([
      ['CHIP_OFFLINE', 'closed', 'system'],
      ['LONG_OFFLINE', 'closed', 'system'],
    ]);
    const [first] = await w.alerts(`&machineId=${machineId}`);
    expect((first?.closed as { at: string } | undefined)?.at).toBe(new Date(T0 + 40 * MINUTE).toISOString());
    const audit = await w.storage.audit.list({ subjectId: String(first?.id), limit: 10 });
    expect(audit.items.map((e) => [e.action, e.actor])).toEqual([
      ['alert.open', 'monitoring'],
      ['alert.close', 'system'],
    ]);
  });

  it('WC-SRV-144: MOBILE_WELDING closes on a precise fix back at the site; a historical one does not close it', async () => {
    const { machineId, chipId } = await w.machine();
    fix(chipId, 0.02);
    expect(await states(machineId)).toEqual([['MOBILE_WELDING', 'open', null]]);
    w.record(
      chipId,
      {
        kind: 'location',
        value: {
          timeS: 1,
          latE7: Math.round(SITE.lat * 1e7),
          lonE7: Math.round(SITE.lon * 1e7),
          accuracyM: 20,
        },
      },
      true,
    );
    expect(await states(machineId)).toEqual([['MOBILE_WELDING', 'open', null]]);
    fix(chipId, 0.0005);
    expect(await states(machineId)).toEqual([['MOBILE_WELDING', 'closed', 'system']]);
  });

  it('WC-SRV-144: ON_TOO_LONG closes when the machine is de-energised; BYPASS stays for a person', async () => {
    const { machineId, chipId } = await w.machine();
    w.clock.now = T0;
    w.record(chipId, telemetry(T0 / 1000, [0, 0], true));
    w.clock.now = T0 + 25 * HOUR;
    await w.engine.sweep();
    w.record(chipId, {
      kind: 'arcSession',
      value: { startS: w.clock.now / 1000, endS: w.clock.now / 1000 + 5 },
    });
    expect(await states(machineId)).toEqual([
      ['BYPASS', 'open', null],
      ['ON_TOO_LONG', 'open', null],
    ]);
    w.record(chipId, { kind: 'event', value: { kind: 3, timeS: w.clock.now / 1000 } });
    expect(await states(machineId)).toEqual([
      ['BYPASS', 'open', null],
      ['ON_TOO_LONG', 'closed', 'system'],
    ]);
    w.clock.now = T0;
  });

  it('WC-SRV-145: refusals of plates that name no registered machine are keyed by the plate scanned', async () => {
    const decide = (decisionId: string, plate: string) =>
      w.events.emit('scan-decision', {
        decisionId,
        plate,
        accepted: false,
        reasons: ['REMOTE_SCAN'],
        atMs: w.clock.now,
      });
    decide('dec_1', '00aa00aa00aa00aa');
    decide('dec_2', '11bb11bb11bb11bb');
    decide('dec_3', '00aa00aa00aa00aa');
    const alerts = await w.alerts('&kind=REMOTE_SCAN');
    // Both opened at the same platform instant: the listing may give them in either order.
    const rows = alerts.map((a) => [a.subjectType, a.subjectId, a.occurrences, a.machineId]);
    expect(rows.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ['plate', '00aa00aa00aa00aa', 2, null],
      ['plate', '11bb11bb11bb11bb', 1, null],
    ]);
  });

  it('WC-SRV-146: a restart closes abandoned arc sessions, not those another instance is building', async () => {
    const mine = await w.machine();
    const theirs = await w.machine();
    w.clock.now = T0;
    w.record(mine.chipId, telemetry(T0 / 1000, [900, 900]));
    await w.engine.idle();
    // Another instance on the same database builds a session now, checkpointed by its sweep.
    const other = new MonitoringEngine({ storage: w.storage, clock: () => w.clock.now });
    const otherEvents = new (w.events.constructor as new () => typeof w.events)();
    other.attach(otherEvents);
    w.clock.now = T0 + 10 * MINUTE;
    otherEvents.emit('record', {
      chipId: theirs.chipId,
      epoch: 1,
      seq: 1,
      historical: false,
      receivedMs: w.clock.now,
      // Its chip's clock is an hour slow: chip time must not make the session look abandoned.
      body: telemetry((w.clock.now - HOUR) / 1000, [900, 900]),
    });
    await other.idle();
    // This instance restarts: a new engine on the same storage.
    const restarted = new MonitoringEngine({ storage: w.storage, clock: () => w.clock.now });
    await restarted.start(false);
    const session = async (machineId: string) =>
      (await w.storage.monitoring.arcSessions.list({ machineId, limit: 5 })).items.map((s) => [
        s.state,
        s.endReason,
      ]);
    expect(await session(mine.machineId)).toEqual([['closed', 'restart']]);
    expect(await session(theirs.machineId)).toEqual([['open', null]]);
    await other.stop();
    w.clock.now = T0;
  });
});
