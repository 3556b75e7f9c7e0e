import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneJob, testPlatform } from '../decisions/support/world';
import { BACKENDS } from '../support/backends';

/** The signed-in user of the decisions world: every request is sent with its token. */
const SIGNED_IN = 'decisions-admin';
/** Whom a client tries to act as, through a body member. */
const SOMEONE_ELSE = 'mallory';

describe.each(BACKENDS)('who acts is the signed-in user, never a body member ($name)', (backend) => {
  let p: Awaited<ReturnType<typeof testPlatform>>;
  let job: Awaited<ReturnType<typeof oneJob>>;

  const post = async (url: string, payload: object) => {
    const response = await p.app.inject({ method: 'POST', url, payload });
    expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  const actorsOf = async (action: string) =>
    (await p.storage.audit.list({ action, limit: 100 })).items.map((e) => e.actor);

  beforeAll(async () => {
    p = await testPlatform(backend);
    job = await oneJob(p.registry);
    p.clock.set('2026-06-01T08:00:00+08:00');
  });
  afterAll(() => p.close());

  it('WC-SUP-040: codes, retrofits and permits record the signed-in user whatever `by` says', async () => {
    // oneJob issued every code with `by: 'operator'` in the body.
    expect(new Set(await actorsOf('code.issue'))).toEqual(new Set([SIGNED_IN]));
    const { ownerId } = await p.registry.town();
    const machine = await p.storage.machines.create({
      ownerId,
      siteId: job.site.id,
      brand: '瑞凌',
      model: 'ZX7-400',
      serial: 'acting-1',
      kind: 'arc',
    });
    await p.storage.chips.create({ id: 'WC-ACT-1', publicKey: 'A'.repeat(43) });
    const retrofit = await post('/v1/retrofits', {
      chipId: 'WC-ACT-1',
      machineId: machine.id,
      installer: SOMEONE_ELSE,
    });
    expect(retrofit.installer).toBe(SIGNED_IN);
    const fitted = await p.storage.audit.list({ subjectId: machine.id, limit: 10 });
    expect(fitted.items.map((e) => [e.action, e.actor])).toEqual([['retrofit', SIGNED_IN]]);
    const permit = await post('/v1/permits', {
      siteId: job.site.id,
      level: 'level-2',
      workKind: 'ordinary',
      startsAt: '2026-06-01T09:00:00+08:00',
      endsAt: '2026-06-01T12:00:00+08:00',
      zone: { datum: 'wgs84', geometry: { type: 'Point', coordinates: [121.4741, 30.9181] }, radiusM: 50 },
      fireWatcherId: job.watcher.worker.id,
      machineIds: [job.machine.machine.id],
      workerIds: [job.welder.worker.id],
      applicant: SOMEONE_ELSE,
    });
    expect(permit.applicant).toBe(SIGNED_IN);
    const approved = await post(`/v1/permits/${permit.id}/decision`, {
      decision: 'approve',
      by: SOMEONE_ELSE,
    });
    expect(approved.decidedBy).toBe(SIGNED_IN);
    // The member may be left out altogether.
    const code = await post(`/v1/permits/${permit.id}/code`, {});
    await post(`/v1/codes/${code.id}/revoke`, { by: SOMEONE_ELSE, reason: '测试' });
    const audit = await p.storage.audit.list({ subjectId: permit.id, limit: 10 });
    expect(audit.items.map((e) => [e.action, e.actor])).toEqual([
      ['permit.approve', SIGNED_IN],
      ['code.issue', SIGNED_IN],
      ['code.revoke', SIGNED_IN],
    ]);
  });

  it('WC-SUP-040: alert moves record the signed-in user whatever `actor` says', async () => {
    const { alertId } = await p.storage.monitoring.alerts.raise({
      kind: 'GRANT_REJECTED',
      severity: 'medium',
      subjectType: 'machine',
      subjectId: job.machine.machine.id,
      context: {
        chipId: job.machine.chipId,
        machineId: job.machine.machine.id,
        siteId: job.site.id,
        townId: null,
        districtId: null,
        cityId: null,
        sector: null,
        sitePosition: null,
      },
      source: 'chip-alert',
      atMs: p.clock.ms,
      details: {},
    });
    const acknowledged = await post(`/v1/alerts/${alertId}/acknowledge`, { actor: SOMEONE_ELSE });
    expect(acknowledged.acknowledged.by).toBe(SIGNED_IN);
    const closed = await post(`/v1/alerts/${alertId}/close`, { note: '已核实' });
    expect(closed.closed.by).toBe(SIGNED_IN);
    expect(await actorsOf('alert.acknowledge')).toEqual([SIGNED_IN]);
    expect(await actorsOf('alert.close')).toEqual([SIGNED_IN]);
  });
});
