import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Storage } from '../../src/index';
import { departmentOf, routeOf } from '../../src/supervision/alert-routing';
import { DEFAULT_SUPERVISION_POLICY } from '../../src/supervision/supervision-policy';
import { buildWorld, type World } from '../access/support/world';
import { expectProblem, testApp, tokenFor } from '../support/app';
import { BACKENDS } from '../support/backends';

// Hang guards only (tests never assert durations): a loaded 2-core CI machine with PostgreSQL is slow.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 6, 1, 2, 0, 0);

describe('alert routing', () => {
  const row = (over: Record<string, unknown> = {}) => ({
    severity: 'high',
    state: 'open',
    first_seen_at: T0,
    acknowledged_at: null,
    closed_at: null,
    town_id: 'town-1',
    district_id: 'district-1',
    city_id: 'city-1',
    sector: 'hospital',
    ...over,
  });

  it('WC-SUP-030: an alert goes to its town and its sector’s department first', () => {
    expect(routeOf(row(), DEFAULT_SUPERVISION_POLICY, T0)).toEqual({
      tier: 'town',
      areaId: 'town-1',
      department: 'fire-rescue',
      escalations: 0,
      escalatesAt: new Date(T0 + 120 * MINUTE).toISOString(),
    });
    expect(departmentOf('industry-trade')).toBe('emergency-management');
    expect(departmentOf('construction-site')).toBe('construction');
    expect(departmentOf('hospital')).toBe('fire-rescue');
    expect(departmentOf(null)).toBeNull();
    // An alert no town could be found for starts at the lowest tier it names.
    expect(routeOf(row({ town_id: null }), DEFAULT_SUPERVISION_POLICY, T0)).toMatchObject({
      tier: 'district',
      areaId: 'district-1',
    });
  });

  it('WC-SUP-031: unacknowledged, it escalates one tier per policy interval of its severity; acknowledging freezes it', () => {
    const policy = DEFAULT_SUPERVISION_POLICY;
    const at = (minutes: number, over: Record<string, unknown> = {}) =>
      routeOf(row(over), policy, T0 + minutes * MINUTE);
    expect(at(119).tier).toBe('town');
    expect(at(120)).toMatchObject({ tier: 'district', areaId: 'district-1', escalations: 1 });
    expect(at(240)).toMatchObject({ tier: 'city', areaId: 'city-1', escalations: 2, escalatesAt: null });
    expect(at(10_000).tier).toBe('city');
    expect(at(30, { severity: 'critical' }).tier).toBe('district');
    expect(at(1000, { severity: 'low' }).tier).toBe('town');
    const acknowledged = { state: 'acknowledged', acknowledged_at: T0 + 130 * MINUTE };
    expect(at(10_000, acknowledged)).toMatchObject({ tier: 'district', escalatesAt: null });
  });
});

describe.each(BACKENDS)('alert queue and 核实处置 on $name', (backend) => {
  let app: FastifyInstance;
  let storage: Storage;
  let close: () => Promise<void>;
  let world: World;
  const as = async (input: Parameters<Storage['access']['users']['create']>[0]) => {
    const user = await storage.access.users.create(input);
    return { authorization: `Bearer ${await tokenFor(storage, user.id)}` };
  };

  beforeAll(async () => {
    ({ app, storage, close } = await testApp(backend));
    world = await buildWorld(storage);
  });
  afterAll(async () => close());

  it('WC-SUP-031 WC-SUP-032: the queue holds what is routed to the caller now', async () => {
    const { t1, t2 } = world.towns;
    const town = await as({ username: 'q-town', displayName: '镇', role: 'town-officer', areaId: t1.town });
    const district = await as({
      username: 'q-district',
      displayName: '区',
      role: 'district-officer',
      areaId: world.areas.d1,
    });
    const fire = await as({
      username: 'q-fire',
      displayName: '消防',
      role: 'sector-officer',
      areaId: world.areas.d1,
      sector: 'fire-rescue',
    });
    const queue = async (headers: { authorization: string }) => {
      const response = await app.inject({ method: 'GET', url: '/v1/alert-queue', headers });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as { id: string; route: { tier: string } }[]).map((i) => i.id).sort();
    };
    // The world's alerts are three hours old and 'high' (two hours a tier): at the district now.
    expect(await queue(town)).toEqual([]);
    expect(await queue(district)).toEqual([t1.alertA, t1.alertH, t2.alertA, t2.alertH].sort());
    expect(await queue(fire)).toEqual([t1.alertH, t2.alertH].sort());
    const handling = (
      await app.inject({ method: 'GET', url: `/v1/alerts/${t1.alertA}/handling`, headers: district })
    ).json();
    expect(handling.route).toMatchObject({
      tier: 'district',
      areaId: world.areas.d1,
      department: 'emergency-management',
      escalations: 1,
    });
  });

  it('WC-SUP-033 WC-SUP-034: verify, then act, then close; confirmed alerts become enforcement leads', async () => {
    const { t1, t2 } = world.towns;
    const district = await as({
      username: 'loop-district',
      displayName: '区',
      role: 'district-officer',
      areaId: world.areas.d1,
    });
    const post = (url: string, payload: object) =>
      app.inject({ method: 'POST', url, payload, headers: district });
    expectProblem(
      await post(`/v1/alerts/${t1.alertA}/actions`, { action: 'warning', note: '警告' }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    const verified = await post(`/v1/alerts/${t1.alertA}/verify`, {
      outcome: 'confirmed',
      note: '现场核实：外壳被撬开',
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect((await storage.monitoring.alerts.get(t1.alertA)).state).toBe('acknowledged');
    const acted = await post(`/v1/alerts/${t1.alertA}/actions`, {
      action: 'rectification-order',
      note: '责令整改',
    });
    expect(
      acted
        .json()
        .steps.map((s: { step: string; value: string; actor: string }) => [s.step, s.value, s.actor]),
    ).toEqual([
      ['verify', 'confirmed', 'loop-district'],
      ['act', 'rectification-order', 'loop-district'],
    ]);
    const closed = await post(`/v1/alerts/${t1.alertA}/close`, { actor: 'loop-district', note: '已整改' });
    expect(closed.statusCode).toBe(200);
    expectProblem(
      await post(`/v1/alerts/${t1.alertA}/verify`, { outcome: 'confirmed', note: 'x' }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    // A false alarm is no lead.
    await post(`/v1/alerts/${t2.alertH}/verify`, { outcome: 'false-alarm', note: '误报' });
    const csv = await app.inject({
      method: 'GET',
      url: `/v1/exports/enforcement-leads.csv?areaId=${world.areas.d1}`,
      headers: district,
    });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.startsWith('告警编号,类型,等级,状态')).toBe(true);
    expect(lines[1]).toContain(t1.alertA);
    expect(lines[1]).toContain('T1A');
    expect(lines[1]).toContain('现场核实：外壳被撬开');
    expect(lines[1]).toContain('rectification-order');
    // Another district's officer asking for this district is refused; its own export has none of it.
    const other = await as({
      username: 'loop-d2',
      displayName: '区',
      role: 'district-officer',
      areaId: world.areas.d2,
    });
    const refused = await app.inject({
      method: 'GET',
      url: `/v1/exports/enforcement-leads.csv?areaId=${world.areas.d1}`,
      headers: other,
    });
    expectProblem(refused, 403, 'ERR_SRV_FORBIDDEN');
    const own = await app.inject({ method: 'GET', url: '/v1/exports/enforcement-leads.csv', headers: other });
    expect(own.body).not.toContain(t1.alertA);
  });

  it('WC-SUP-021: a fire watcher leaving during hot work raises FIRE_WATCHER_ABSENT for the permit’s town', async () => {
    const t3 = world.towns.t3;
    const manager = await as({
      username: 'fw-mgr',
      displayName: '经理',
      role: 'enterprise-manager',
      ownerId: t3.ownerA,
    });
    const watcher = await as({
      username: 'fw-watch',
      displayName: '监护',
      role: 'worker',
      workerId: t3.watcherA,
    });
    const welder = await as({
      username: 'fw-weld',
      displayName: '焊工',
      role: 'worker',
      workerId: t3.workerA,
    });
    const step = (headers: { authorization: string }, payload: object) =>
      app.inject({ method: 'POST', url: `/v1/permits/${t3.permitA}/duties`, payload, headers });
    await step(manager, { duty: 'clearance', action: 'complete', checklist: [{ item: '清理', done: true }] });
    await step(watcher, { duty: 'watch', action: 'present', workerId: t3.watcherA });
    await step(welder, { duty: 'hot-work', action: 'start' });
    const before = await storage.monitoring.alerts.list({ limit: 50, kind: 'FIRE_WATCHER_ABSENT' } as never);
    expect(before.items).toEqual([]);
    expect((await step(watcher, { duty: 'watch', action: 'absent', workerId: t3.watcherA })).statusCode).toBe(
      201,
    );
    const after = await storage.monitoring.alerts.list({ limit: 50, kind: 'FIRE_WATCHER_ABSENT' } as never);
    expect(after.items).toHaveLength(1);
    expect(after.items[0]).toMatchObject({
      workerId: t3.watcherA,
      siteId: t3.siteA,
      townId: t3.town,
      sector: 'industry-trade',
      details: { permitId: t3.permitA },
    });
  });
});
