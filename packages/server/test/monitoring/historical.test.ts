import type { IngestedRecord } from '@weldcode/protocol';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from '../support/backends';
import {
  ChipLink,
  type MonitoringWorld,
  monitoringWorld,
  SITE,
  T0,
  telemetry,
} from './support/monitoring-world';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

describe.each(BACKENDS)('historical records on $name', (backend) => {
  let w: MonitoringWorld;
  beforeAll(async () => {
    w = await monitoringWorld(backend);
  });
  afterAll(async () => w.close());

  const findings = async (machineId: string) => {
    await w.engine.idle();
    const response = await w.app.inject({
      method: 'GET',
      url: `/v1/compliance-findings?limit=100&machineId=${machineId}`,
    });
    return (response.json() as { items: Record<string, unknown>[] }).items;
  };

  it('WC-SRV-125: a backfill replay raises no real-time alert; its violations become compliance findings (WC-PROTO-038)', async () => {
    const { machineId, chipId } = await w.machine();
    const link = new ChipLink(chipId, w.events, w.clock);
    const backfilled: IngestedRecord[] = [];
    w.events.on('record', (r) => {
      if (r.chipId === chipId && r.historical) backfilled.push(r);
    });
    link.connect();
    link.deliver(link.chip.record(telemetry(T0 / 1000, [0, 0])).send);
    link.drop();
    // Offline: the enclosure is opened, the machine welds without a grant and leaves the site.
    const offline = [
      { kind: 'alarm', value: { kind: 1, timeS: T0 / 1000 + 60 } },
      telemetry(T0 / 1000 + 120, [900, 950, 1000], false),
      telemetry(T0 / 1000 + 123, [0]),
      { kind: 'arcSession', value: { startS: T0 / 1000 + 120, endS: T0 / 1000 + 123, arcS: 3 } },
      {
        kind: 'location',
        value: {
          timeS: T0 / 1000 + 130,
          latE7: Math.round((SITE.lat + 0.05) * 1e7),
          lonE7: Math.round(SITE.lon * 1e7),
          accuracyM: 15,
        },
      },
    ] as const;
    for (const body of offline) {
      w.clock.now += 1000;
      expect(link.chip.record(body as never).send).toEqual([]);
    }
    link.connect('c2');
    await w.engine.idle();
    expect(await w.alerts(`&machineId=${machineId}`)).toEqual([]);
    const found = await findings(machineId);
    expect(found.map((f) => f.kind).sort()).toEqual([
      'BYPASS',
      'BYPASS',
      'ENCLOSURE_OPENED',
      'MOBILE_WELDING',
    ]);
    expect(found.every((f) => f.chipId === chipId && f.townId === w.base.town.id)).toBe(true);
    const sessions = (
      await w.app.inject({ method: 'GET', url: `/v1/arc-sessions?machineId=${machineId}` })
    ).json();
    expect(sessions.items).toMatchObject([{ historical: true, state: 'closed', arcS: 3 }]);

    // Re-delivering the same historical records adds no finding and still no alert.
    expect(backfilled.map((r) => r.body.kind)).toEqual(
      expect.arrayContaining(['alarm', 'telemetry', 'telemetry', 'arcSession', 'location']),
    );
    for (const r of backfilled.filter((b) => b.body.kind !== 'telemetry')) w.events.emit('record', { ...r });
    await w.engine.idle();
    expect(await w.alerts(`&machineId=${machineId}`)).toEqual([]);
    expect((await findings(machineId)).map((f) => f.id).sort()).toEqual(found.map((f) => f.id).sort());

    // The same alarm live does raise an alert.
    link.deliver(link.chip.record({ kind: 'alarm', value: { kind: 1, timeS: T0 / 1000 } }).send, 'c2');
    expect((await w.alerts(`&machineId=${machineId}`)).map((a) => a.kind)).toEqual(['ENCLOSURE_OPENED']);
  });
});
