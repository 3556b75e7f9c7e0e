import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectProblem } from '../support/app';
import { BACKENDS } from '../support/backends';
import { MINUTE, type MonitoringWorld, monitoringWorld, T0 } from './support/monitoring-world';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

describe.each(BACKENDS)('alert lifecycle on $name', (backend) => {
  let w: MonitoringWorld;
  beforeAll(async () => {
    w = await monitoringWorld(backend);
  });
  afterAll(async () => w.close());

  const post = (url: string, payload: unknown) =>
    w.app.inject({ method: 'POST', url, payload: payload as object });
  const tamper = (chipId: string) =>
    w.record(chipId, { kind: 'alarm', value: { kind: 1, timeS: T0 / 1000 } });

  it('WC-SRV-122: repeats bump one open alert per kind and subject; after closing, a repeat opens a new one', async () => {
    const { machineId, chipId } = await w.machine();
    const other = await w.machine();
    tamper(chipId);
    w.clock.now = T0 + MINUTE;
    tamper(chipId);
    w.clock.now = T0 + 2 * MINUTE;
    tamper(chipId);
    tamper(other.chipId);
    w.record(chipId, { kind: 'alarm', value: { kind: 2, timeS: T0 / 1000 } });
    const alerts = await w.alerts(`&machineId=${machineId}`);
    expect(alerts.map((a) => [a.kind, a.occurrences])).toEqual([
      ['ENCLOSURE_OPENED', 3],
      ['CHIP_REMOVED', 1],
    ]);
    expect(alerts[0]).toMatchObject({
      firstSeenAt: new Date(T0).toISOString(),
      lastSeenAt: new Date(T0 + 2 * MINUTE).toISOString(),
    });
    // An acknowledged alert is still the one repeats go to.
    const id = String(alerts[0]?.id);
    expect((await post(`/v1/alerts/${id}/acknowledge`, { actor: 'town-officer-1' })).statusCode).toBe(200);
    tamper(chipId);
    expect(
      (await w.alerts(`&machineId=${machineId}&kind=ENCLOSURE_OPENED`)).map((a) => a.occurrences),
    ).toEqual([4]);
    expect(
      (await post(`/v1/alerts/${id}/close`, { actor: 'town-officer-1', note: '已核实，外壳复位' }))
        .statusCode,
    ).toBe(200);
    tamper(chipId);
    const after = await w.alerts(`&machineId=${machineId}&kind=ENCLOSURE_OPENED`);
    expect(after.map((a) => [a.state, a.occurrences])).toEqual([
      ['closed', 4],
      ['open', 1],
    ]);
    w.clock.now = T0;
  });

  it('WC-SRV-123: open → acknowledged → closed records who, when and the note; other moves are refused', async () => {
    const { machineId, chipId } = await w.machine();
    tamper(chipId);
    const [alert] = await w.alerts(`&machineId=${machineId}`);
    const id = String(alert?.id);
    w.clock.now = T0 + 5 * MINUTE;
    // WC-SUP-040: the body's `actor` is ignored; the signed-in user is recorded.
    const me = (await w.app.inject({ url: '/v1/me' })).json().username as string;
    const acked = await post(`/v1/alerts/${id}/acknowledge`, { actor: 'officer-7', note: '已派人' });
    expect(acked.json()).toMatchObject({
      state: 'acknowledged',
      acknowledged: { by: me, at: new Date(T0 + 5 * MINUTE).toISOString(), note: '已派人' },
      closed: null,
    });
    expectProblem(
      await post(`/v1/alerts/${id}/acknowledge`, { actor: 'officer-7' }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    expectProblem(await post(`/v1/alerts/${id}/close`, { actor: 'officer-7' }), 400, 'ERR_SRV_VALIDATION');
    w.clock.now = T0 + 9 * MINUTE;
    const closed = await post(`/v1/alerts/${id}/close`, { actor: 'officer-8', note: '现场核实：误报' });
    expect(closed.json()).toMatchObject({
      state: 'closed',
      closed: { by: me, at: new Date(T0 + 9 * MINUTE).toISOString(), note: '现场核实：误报' },
    });
    expectProblem(
      await post(`/v1/alerts/${id}/close`, { actor: 'x', note: 'again' }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    expectProblem(await post(`/v1/alerts/${id}/acknowledge`, { actor: 'x' }), 409, 'ERR_SRV_INVALID_STATE');
    expectProblem(
      await post('/v1/alerts/alt_missing/close', { actor: 'x', note: 'y' }),
      404,
      'ERR_SRV_NOT_FOUND',
    );
    expectProblem(
      await post(`/v1/alerts/${id}/close`, { actor: 'x', note: 'y', extra: 1 }),
      400,
      'ERR_SRV_VALIDATION',
    );
    // open → closed directly
    const second = await w.machine();
    tamper(second.chipId);
    const [open] = await w.alerts(`&machineId=${second.machineId}`);
    expect(
      (await post(`/v1/alerts/${String(open?.id)}/close`, { actor: 'x', note: 'done' })).json(),
    ).toMatchObject({
      state: 'closed',
      acknowledged: null,
    });
    expect((await w.app.inject({ method: 'GET', url: `/v1/alerts/${id}` })).json()).toMatchObject({
      state: 'closed',
    });
    expectProblem(
      await w.app.inject({ method: 'GET', url: '/v1/alerts/alt_nope' }),
      404,
      'ERR_SRV_NOT_FOUND',
    );
    w.clock.now = T0;
  });

  it('WC-SRV-124: opening, acknowledging and closing are in the audit log', async () => {
    const { machineId, chipId } = await w.machine();
    tamper(chipId);
    tamper(chipId);
    const [alert] = await w.alerts(`&machineId=${machineId}`);
    const id = String(alert?.id);
    await post(`/v1/alerts/${id}/acknowledge`, { actor: 'officer-1' });
    await post(`/v1/alerts/${id}/close`, { actor: 'officer-2', note: '已处置' });
    const me = (await w.app.inject({ url: '/v1/me' })).json().username as string;
    const audit = (
      await w.app.inject({ method: 'GET', url: `/v1/audit?subjectType=alert&subjectId=${id}` })
    ).json();
    expect(audit.items.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual([
      ['alert.open', 'monitoring'],
      ['alert.acknowledge', me],
      ['alert.close', me],
    ]);
    expect(audit.items[2].details).toEqual({ note: '已处置' });
  });

  it('WC-SRV-141: listings filter by state, kind, severity, machine and town and page by keyset', async () => {
    const machines = [await w.machine(), await w.machine(), await w.machine()];
    for (const m of machines) {
      tamper(m.chipId);
      w.record(m.chipId, { kind: 'alarm', value: { kind: 2, timeS: T0 / 1000 } });
    }
    await w.engine.idle();
    const ids = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/v1/alerts?limit=2&townId=${w.base.town.id}&kind=CHIP_REMOVED${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await w.app.inject({ method: 'GET', url: query })).json();
      for (const item of page.items) {
        expect(ids.has(item.id)).toBe(false);
        ids.add(item.id);
        expect(item).toMatchObject({ kind: 'CHIP_REMOVED', townId: w.base.town.id });
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(ids.size).toBe((await w.alerts(`&kind=CHIP_REMOVED`)).length);
    expect(pages).toBeGreaterThan(1);
    expect((await w.alerts('&severity=critical')).every((a) => a.severity === 'critical')).toBe(true);
    expect((await w.alerts('&state=closed')).every((a) => a.state === 'closed')).toBe(true);
    expect(await w.alerts(`&machineId=${machines[0]?.machineId}`)).toHaveLength(2);
    expect(await w.alerts('&townId=twn_elsewhere')).toEqual([]);
    expectProblem(
      await w.app.inject({ method: 'GET', url: '/v1/alerts?cursor=bm90LWEta2V5IQ' }),
      400,
      'ERR_SRV_VALIDATION',
    );
    expectProblem(
      await w.app.inject({ method: 'GET', url: '/v1/alerts?kind=NOPE' }),
      400,
      'ERR_SRV_VALIDATION',
    );
    expectProblem(
      await w.app.inject({ method: 'GET', url: '/v1/alerts?state=done' }),
      400,
      'ERR_SRV_VALIDATION',
    );
  });
});
