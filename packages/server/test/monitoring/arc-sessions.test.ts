import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from '../support/backends';
import { HOUR, type MonitoringWorld, monitoringWorld, T0, telemetry } from './support/monitoring-world';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const DAY = 24 * HOUR;

describe.each(BACKENDS)('arc sessions on $name', (backend) => {
  let w: MonitoringWorld;
  beforeAll(async () => {
    w = await monitoringWorld(backend);
  });
  afterAll(async () => w.close());

  const sessions = async (machineId: string) => {
    await w.engine.idle();
    const response = await w.app.inject({
      method: 'GET',
      url: `/v1/arc-sessions?limit=100&machineId=${machineId}`,
    });
    return (response.json() as { items: Record<string, unknown>[] }).items;
  };

  it('WC-SRV-133: telemetry samples at or above the threshold make a session with start, end, duration, peak and mean', async () => {
    const { machineId, chipId } = await w.machine();
    const s0 = T0 / 1000;
    w.record(chipId, telemetry(s0, [0, 600, 1000]));
    expect(await sessions(machineId)).toMatchObject([{ state: 'open', endedAt: null }]);
    w.record(chipId, telemetry(s0 + 3, [800, 20, 0]));
    const [session] = await sessions(machineId);
    expect(session).toMatchObject({
      chipId,
      machineId,
      siteId: w.site.id,
      townId: w.base.town.id,
      state: 'closed',
      historical: false,
      startedAt: new Date(T0 + 1000).toISOString(),
      endedAt: new Date(T0 + 4000).toISOString(),
      durationS: 3,
      arcS: 3,
      samples: 3,
      peakCurrentA: 100,
      meanCurrentA: 80,
      endReason: 'arc-stopped',
    });
  });

  it('WC-SRV-134: an open session is closed by death, by the session ending, by silence, and after a restart', async () => {
    const s0 = T0 / 1000;
    const dead = await w.machine();
    const gone = await w.machine();
    const silent = await w.machine();
    const abandoned = await w.machine();
    for (const m of [dead, gone, silent, abandoned]) w.record(m.chipId, telemetry(s0, [900, 900]));
    w.events.emit('message', {
      chipId: dead.chipId,
      body: { kind: 'death', value: { reason: 2 } },
      receivedMs: w.clock.now,
    });
    w.events.emit('presence', { chipId: gone.chipId, online: false, atMs: w.clock.now });
    expect(await sessions(dead.machineId)).toMatchObject([{ state: 'closed', endReason: 'death', arcS: 2 }]);
    expect(await sessions(gone.machineId)).toMatchObject([{ state: 'closed', endReason: 'offline' }]);
    // abandoned: its run is forgotten (a process restart), silent: the sweep sees it go quiet
    w.record(abandoned.chipId, telemetry(s0 + 2, [900]));
    await w.engine.idle();
    expect(await sessions(silent.machineId)).toMatchObject([{ state: 'open' }]);
    w.clock.now = T0 + 10 * 60_000;
    w.record(abandoned.chipId, telemetry(s0 + 3, [900]));
    const report = await w.engine.sweep();
    expect(report.arcsClosed).toBeGreaterThanOrEqual(1);
    expect(await sessions(silent.machineId)).toMatchObject([{ state: 'closed', endReason: 'gap', arcS: 2 }]);
    expect(await sessions(abandoned.machineId)).toMatchObject([{ state: 'open', arcS: 4 }]);
    expect(await w.storage.monitoring.arcSessions.closeAbandoned(w.clock.now + 1)).toBeGreaterThanOrEqual(1);
    expect(await sessions(abandoned.machineId)).toMatchObject([
      { state: 'closed', endReason: 'restart', arcS: 4, durationS: 4 },
    ]);
    w.clock.now = T0;
  });

  it('WC-SRV-143: arc sessions are listed per machine, keyset-paginated', async () => {
    const { machineId, chipId } = await w.machine();
    const other = await w.machine();
    const s0 = T0 / 1000;
    for (let i = 0; i < 5; i++) w.record(chipId, telemetry(s0 + i * 10, [700, 0]));
    w.record(other.chipId, telemetry(s0, [700, 0]));
    await w.engine.idle();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/arc-sessions?limit=2&machineId=${machineId}${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await w.app.inject({ method: 'GET', url })).json();
      for (const item of page.items) {
        expect(item.machineId).toBe(machineId);
        seen.push(item.id);
      }
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toHaveLength(5);
  });

  it('WC-SRV-135: arc at a crowded place while it is open, or in a special period, raises an alert', async () => {
    const mall = await w.storage.sites.create({
      ownerId: w.base.owner.id,
      townId: w.base.town.id,
      name: '商场',
      sector: 'mall-market',
    });
    await w.storage.crowdedPlaces.create({
      siteId: mall.id,
      name: '百货商场',
      openingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '09:00', closes: '21:00' }],
    });
    const atMall = await w.machine(mall.id);
    // 22:30 Shanghai: closed
    w.clock.now = T0 + 12.5 * HOUR;
    w.record(atMall.chipId, telemetry(w.clock.now / 1000, [900, 0]));
    expect(await w.alerts(`&machineId=${atMall.machineId}`)).toEqual([]);
    // 10:00 Shanghai the next day: open
    w.clock.now = T0 + DAY;
    w.record(atMall.chipId, telemetry(w.clock.now / 1000, [900, 0]));
    expect(await w.alerts(`&machineId=${atMall.machineId}`)).toMatchObject([
      { kind: 'CROWDED_PLACE_OPEN', severity: 'high', sector: 'mall-market' },
    ]);

    await w.storage.specialPeriods.create({
      areaId: w.base.district.id,
      name: '进博会',
      startsAt: new Date(T0 + 10 * DAY).toISOString(),
      endsAt: new Date(T0 + 11 * DAY).toISOString(),
    });
    const plain = await w.machine();
    w.clock.now = T0 + 9 * DAY;
    w.record(plain.chipId, telemetry(w.clock.now / 1000, [900, 0]));
    expect(await w.alerts(`&machineId=${plain.machineId}`)).toEqual([]);
    w.clock.now = T0 + 10 * DAY + HOUR;
    w.record(plain.chipId, telemetry(w.clock.now / 1000, [900, 0]));
    expect(await w.alerts(`&machineId=${plain.machineId}`)).toMatchObject([
      { kind: 'SPECIAL_PERIOD', details: { name: '进博会' } },
    ]);
    w.clock.now = T0;
  });

  it('WC-SRV-139: the sweep raises SPECIAL_PERIOD for a session still welding when a special period begins', async () => {
    const starts = T0 + 20 * DAY + 10_000;
    await w.storage.specialPeriods.create({
      areaId: w.base.town.id,
      name: '国庆',
      startsAt: new Date(starts).toISOString(),
      endsAt: new Date(starts + DAY).toISOString(),
    });
    const { machineId, chipId } = await w.machine();
    w.clock.now = starts - 10_000;
    w.record(chipId, telemetry(w.clock.now / 1000, [900, 900, 900, 900, 900]));
    await w.engine.sweep();
    expect(await w.alerts(`&machineId=${machineId}`)).toEqual([]);
    w.clock.now = starts + 5_000;
    w.record(chipId, telemetry((starts - 5_000) / 1000, [900, 900, 900, 900, 900, 900, 900, 900, 900, 900]));
    await w.engine.sweep();
    expect(await w.alerts(`&machineId=${machineId}`)).toMatchObject([
      { kind: 'SPECIAL_PERIOD', source: 'sweep', details: { name: '国庆' } },
    ]);
    expect(await sessions(machineId)).toMatchObject([{ state: 'open', arcS: 15 }]);
    w.clock.now = T0;
  });
});
