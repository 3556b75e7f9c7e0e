import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Storage } from '../src/index';
import { expectProblem, testApp } from './support/app';
import { BACKENDS } from './support/backends';
import { chipPublicKey, idNumber } from './support/fixtures';

// Hang guards only (tests never assert durations): a loaded 2-core CI machine with PostgreSQL is slow.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const HOUR = 3_600_000;
const square = {
  datum: 'gcj02',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [121.6, 30.9],
        [121.61, 30.9],
        [121.61, 30.91],
        [121.6, 30.9],
      ],
    ],
  },
};

describe.each(BACKENDS)('registry API on $name', (backend) => {
  let app: FastifyInstance;
  let storage: Storage;
  let close: () => Promise<void>;
  const post = (url: string, payload: unknown) =>
    app.inject({ method: 'POST', url, payload: payload as object });
  const get = (url: string) => app.inject({ method: 'GET', url });
  const created = async (url: string, payload: unknown) => {
    const response = await post(url, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Record<string, unknown> & { id: string };
  };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ app, storage, close } = await testApp(backend));
  });
  afterAll(async () => close());

  it('WC-SRV-030: builds city → district → town and refuses a broken hierarchy', async () => {
    const city = await created('/v1/areas', { level: 'city', name: '上海市', code: '310000' });
    const district = await created('/v1/areas', { level: 'district', parentId: city.id, name: '奉贤区' });
    const town = await created('/v1/areas', { level: 'town', parentId: district.id, name: '青村镇' });
    Object.assign(ids, { city: city.id, district: district.id, town: town.id });
    expect(town).toMatchObject({ level: 'town', parentId: district.id, code: null });
    expectProblem(
      await post('/v1/areas', { level: 'town', parentId: city.id, name: 'x' }),
      422,
      'ERR_SRV_REGISTRY_INVARIANT',
    );
    expectProblem(
      await post('/v1/areas', { level: 'district', name: 'x' }),
      422,
      'ERR_SRV_REGISTRY_INVARIANT',
    );
    expectProblem(
      await post('/v1/areas', { level: 'city', parentId: city.id, name: 'x' }),
      422,
      'ERR_SRV_REGISTRY_INVARIANT',
    );
    expectProblem(
      await post('/v1/areas', { level: 'city', name: '重复', code: '310000' }),
      409,
      'ERR_SRV_CONFLICT',
    );
    const towns = (await get(`/v1/areas?level=town&parentId=${district.id}`)).json();
    expect(towns.items.map((a: { id: string }) => a.id)).toEqual([town.id]);
  });

  it('WC-SRV-031 WC-SRV-032: owners belong to towns and carry the right identifier', async () => {
    const owner = await created('/v1/owners', {
      kind: 'enterprise',
      name: '上海奉贤机械厂',
      creditCode: '91310120MA1H000001',
      townId: ids.town,
    });
    ids.owner = owner.id;
    const number = idNumber();
    const person = await created('/v1/owners', {
      kind: 'individual',
      name: '张三',
      idNumber: number,
      townId: ids.town,
    });
    expect(person.idNumberMasked).toBe(`${number.slice(0, 3)}${'*'.repeat(11)}${number.slice(-4)}`);
    expect(JSON.stringify(person)).not.toContain(number);
    const bad = [
      { kind: 'enterprise', name: 'x', townId: ids.town },
      { kind: 'individual', name: 'x', townId: ids.town },
      {
        kind: 'enterprise',
        name: 'x',
        creditCode: '91310120MA1H000002',
        idNumber: idNumber(),
        townId: ids.town,
      },
      { kind: 'enterprise', name: 'x', creditCode: '91310120MA1H000003', townId: ids.district },
    ];
    for (const body of bad) expectProblem(await post('/v1/owners', body), 422, 'ERR_SRV_REGISTRY_INVARIANT');
    expectProblem(
      await post('/v1/owners', {
        kind: 'enterprise',
        name: 'x',
        creditCode: '91310120MA1H000009',
        townId: 'area_missing',
      }),
      422,
      'ERR_SRV_REFERENCE_NOT_FOUND',
    );
  });

  it('WC-SRV-033 WC-SRV-031: sites take a policy sector and a town', async () => {
    const site = await created('/v1/sites', {
      ownerId: ids.owner,
      townId: ids.town,
      name: '一号车间',
      sector: 'industry-trade',
      location: { longitude: 121.605, latitude: 30.905, datum: 'gcj02' },
    });
    ids.site = site.id;
    expect(site.location).toEqual({ longitude: 121.605, latitude: 30.905, datum: 'gcj02' });
    const mall = await created('/v1/sites', {
      ownerId: ids.owner,
      townId: ids.town,
      name: '百货商场',
      sector: 'mall-market',
    });
    ids.mall = mall.id;
    const bad = await post('/v1/sites', {
      ownerId: ids.owner,
      townId: ids.town,
      name: 'x',
      sector: 'casino',
    });
    expect(expectProblem(bad, 400, 'ERR_SRV_VALIDATION').errors).toEqual([
      expect.objectContaining({ location: 'body', pointer: '/sector' }),
    ]);
    const filtered = (await get(`/v1/sites?sector=mall-market&townId=${ids.town}`)).json();
    expect(filtered.items.map((s: { id: string }) => s.id)).toEqual([mall.id]);
    const vocabulary = (await get('/v1/vocabulary')).json();
    expect(vocabulary.sectors.map((s: { label: string }) => s.label)).toContain('施工工地');
  });

  it('WC-SRV-036 WC-SRV-034 WC-SRV-035 WC-SRV-043 WC-SRV-047: retrofit binds one chip to one machine, audited', async () => {
    const machine = await created('/v1/machines', {
      ownerId: ids.owner,
      siteId: ids.site,
      brand: '瑞凌',
      model: 'ZX7-400',
      serial: 'RL-0001',
      kind: 'arc',
    });
    const second = await created('/v1/machines', {
      ownerId: ids.owner,
      brand: '瑞凌',
      model: 'ZX7-400',
      serial: 'RL-0002',
      kind: 'tig',
    });
    expect(machine).toMatchObject({ status: 'registered', chipId: null, plateId: null });
    // WC-SRV-047: code numbers for signed codes, per kind, in creation order.
    expect(second.codeNo).toBe((machine.codeNo as number) + 1);
    expect(machine.codeNo).toBeGreaterThanOrEqual(65536);
    expectProblem(
      await post('/v1/machines', {
        ownerId: ids.owner,
        brand: '瑞凌',
        model: 'other',
        serial: 'RL-0001',
        kind: 'arc',
      }),
      409,
      'ERR_SRV_CONFLICT',
    );
    const key = chipPublicKey();
    const chip = await created('/v1/chips', { id: 'chip-0001', publicKey: key });
    expect(chip).toMatchObject({ status: 'provisioned', machineId: null, publicKey: key });
    expectProblem(await post('/v1/chips', { id: 'chip-clone', publicKey: key }), 409, 'ERR_SRV_CONFLICT');
    expectProblem(
      await post('/v1/chips', { id: 'chip-0001', publicKey: chipPublicKey() }),
      409,
      'ERR_SRV_CONFLICT',
    );
    expectProblem(
      await post('/v1/chips', { id: 'chip-short', publicKey: key.slice(0, 40) }),
      400,
      'ERR_SRV_VALIDATION',
    );
    // Chip ids name MQTT topics, so they follow the wire protocol's alphabet and length.
    for (const id of ['c'.repeat(33), 'chip/1', 'chip+', '']) {
      expectProblem(await post('/v1/chips', { id, publicKey: chipPublicKey() }), 400, 'ERR_SRV_VALIDATION');
    }

    const retrofit = await created('/v1/retrofits', {
      chipId: chip.id,
      machineId: machine.id,
      installer: 'installer-7',
    });
    expect(retrofit).toMatchObject({ chipId: chip.id, machineId: machine.id, plateId: null });
    expect((await get(`/v1/machines/${machine.id}`)).json()).toMatchObject({
      status: 'retrofitted',
      chipId: chip.id,
    });
    expect((await get(`/v1/chips/${chip.id}`)).json()).toMatchObject({
      status: 'active',
      machineId: machine.id,
    });

    const other = await created('/v1/chips', { id: 'chip-0002', publicKey: chipPublicKey() });
    expectProblem(
      await post('/v1/retrofits', { chipId: chip.id, machineId: second.id, installer: 'i' }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    expectProblem(
      await post('/v1/retrofits', { chipId: other.id, machineId: machine.id, installer: 'i' }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    expect((await get(`/v1/chips/${other.id}`)).json()).toMatchObject({
      status: 'provisioned',
      machineId: null,
    });
    const audit = (await get(`/v1/audit?subjectType=machine&subjectId=${machine.id}`)).json();
    expect(audit.items).toEqual([
      // WC-SUP-040: the signed-in user, not the body's `installer`.
      expect.objectContaining({ action: 'retrofit', actor: 'test-admin', outcome: 'accepted', reasons: [] }),
    ]);
    ids.machine = machine.id;
    const retrofitted = (await get('/v1/machines?status=retrofitted')).json();
    expect(retrofitted.items.map((m: { id: string }) => m.id)).toEqual([machine.id]);
  });

  it('WC-SRV-037 WC-SRV-038: workers are found by ID number hash; certificates are checked', async () => {
    const number = idNumber();
    const worker = await created('/v1/workers', { name: '李四', idNumber: number, employerId: ids.owner });
    const watcher = await created('/v1/workers', { name: '王五', idNumber: idNumber() });
    Object.assign(ids, { worker: worker.id, watcher: watcher.id });
    expect(JSON.stringify(worker)).not.toContain(number);
    expectProblem(
      await post('/v1/workers', { name: '冒名', idNumber: number.toLowerCase() }),
      409,
      'ERR_SRV_CONFLICT',
    );
    const found = (await get(`/v1/workers?idNumber=${number}`)).json();
    expect(found.items.map((w: { id: string }) => w.id)).toEqual([worker.id]);
    const stored = await storage.workers.list({ limit: 50 });
    expect(JSON.stringify(stored)).not.toContain(number);

    const certificate = {
      type: 'em-welding',
      number: 'T310120199001011234',
      issuer: '上海市应急管理局',
      issuedOn: '2024-03-01',
      expiresOn: '2030-03-01',
      reviewDueOn: '2027-03-01',
    };
    const cert = await created(`/v1/workers/${worker.id}/certificates`, certificate);
    expect(cert).toMatchObject({ workerId: worker.id, type: 'em-welding', reviewDueOn: '2027-03-01' });
    expectProblem(await post(`/v1/workers/${watcher.id}/certificates`, certificate), 409, 'ERR_SRV_CONFLICT');
    expectProblem(
      await post(`/v1/workers/${worker.id}/certificates`, {
        ...certificate,
        number: 'n2',
        expiresOn: '2024-01-01',
      }),
      422,
      'ERR_SRV_REGISTRY_INVARIANT',
    );
    expectProblem(
      await post(`/v1/workers/${worker.id}/certificates`, {
        ...certificate,
        number: 'n3',
        type: 'driver-licence',
      }),
      400,
      'ERR_SRV_VALIDATION',
    );
    expectProblem(await post('/v1/workers/wkr_missing/certificates', certificate), 404, 'ERR_SRV_NOT_FOUND');
    const list = (await get(`/v1/workers/${worker.id}/certificates`)).json();
    expect(list.items).toHaveLength(1);
  });

  it('WC-SRV-039: crowded places sit in crowded sectors; special periods have a window', async () => {
    const hours = [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '22:00' }];
    const place = await created('/v1/crowded-places', {
      siteId: ids.mall,
      name: '百货商场',
      openingHours: hours,
    });
    expect(place.openingHours).toEqual(hours);
    expectProblem(
      await post('/v1/crowded-places', { siteId: ids.site, name: '车间', openingHours: hours }),
      422,
      'ERR_SRV_REGISTRY_INVARIANT',
    );
    expectProblem(
      await post('/v1/crowded-places', {
        siteId: ids.mall,
        name: 'x',
        openingHours: [{ days: [8], opens: '25:00', closes: '22:00' }],
      }),
      400,
      'ERR_SRV_VALIDATION',
    );
    const period = await created('/v1/special-periods', {
      areaId: ids.district,
      name: '国庆假期',
      startsAt: '2026-10-01T00:00:00+08:00',
      endsAt: '2026-10-08T00:00:00+08:00',
    });
    expect(period.startsAt).toBe('2026-09-30T16:00:00.000Z');
    expectProblem(
      await post('/v1/special-periods', {
        areaId: ids.district,
        name: 'x',
        startsAt: '2026-10-08T00:00:00Z',
        endsAt: '2026-10-01T00:00:00Z',
      }),
      422,
      'ERR_SRV_REGISTRY_INVARIANT',
    );
  });

  it('WC-SRV-040 WC-SRV-041 WC-SRV-046 WC-SRV-044: permits respect the window policy, watcher and zone rules', async () => {
    const start = Date.UTC(2026, 5, 1, 1);
    const permit = (level: string, hours: number, extra: Record<string, unknown> = {}) => ({
      siteId: ids.site,
      level,
      workKind: 'ordinary',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + hours * HOUR).toISOString(),
      zone: square,
      fireWatcherId: ids.watcher,
      machineIds: [ids.machine],
      workerIds: [ids.worker],
      applicant: 'safety-manager',
      ...extra,
    });
    const ok = await created('/v1/permits', permit('level-1', 8));
    expect(ok).toMatchObject({
      state: 'pending',
      machineIds: [ids.machine],
      workerIds: [ids.worker],
      zone: square,
    });
    await created('/v1/permits', permit('level-2', 72));
    for (const [level, hours] of [
      ['special', 8.01],
      ['level-1', 9],
      ['level-2', 73],
      ['level-2', 0],
    ] as const) {
      expectProblem(await post('/v1/permits', permit(level, hours)), 422, 'ERR_SRV_POLICY_VIOLATION');
    }
    expectProblem(
      await post('/v1/permits', permit('level-1', 1, { fireWatcherId: ids.worker })),
      422,
      'ERR_SRV_POLICY_VIOLATION',
    );
    const open = {
      ...square,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [121.6, 30.9],
            [121.61, 30.9],
            [121.61, 30.91],
            [121.6, 30.95],
          ],
        ],
      },
    };
    expectProblem(await post('/v1/permits', permit('level-1', 1, { zone: open })), 400, 'ERR_SRV_VALIDATION');
    const circle = { datum: 'wgs84', geometry: { type: 'Point', coordinates: [121.6, 30.9] }, radiusM: 30 };
    await created('/v1/permits', permit('level-1', 1, { zone: circle }));
    const { radiusM: _r, ...noRadius } = circle;
    expectProblem(
      await post('/v1/permits', permit('level-1', 1, { zone: noRadius })),
      400,
      'ERR_SRV_VALIDATION',
    );
    const missing = expectProblem(
      await post('/v1/permits', permit('level-1', 1, { machineIds: ['mch_missing'] })),
      422,
      'ERR_SRV_REFERENCE_NOT_FOUND',
    );
    expect(missing.details).toEqual({ field: 'machineIds', id: 'mch_missing' });
    expectProblem(await get('/v1/permits/pmt_missing'), 404, 'ERR_SRV_NOT_FOUND');
    ids.permit = ok.id;
  });

  it('WC-SRV-042 WC-SRV-043: permit decisions follow the state machine and are audited', async () => {
    const decide = (decision: string) =>
      post(`/v1/permits/${ids.permit}/decision`, { decision, by: 'approver-1', note: '现场已清理' });
    expectProblem(await decide('revoke'), 409, 'ERR_SRV_INVALID_STATE');
    const approved = await decide('approve');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      state: 'approved',
      decidedBy: 'test-admin',
      decisionNote: '现场已清理',
    });
    expectProblem(await decide('approve'), 409, 'ERR_SRV_INVALID_STATE');
    expectProblem(await decide('reject'), 409, 'ERR_SRV_INVALID_STATE');
    expect((await decide('revoke')).json()).toMatchObject({ state: 'revoked' });
    const audit = (await get(`/v1/audit?subjectType=permit&subjectId=${ids.permit}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['permit.approve', 'permit.revoke']);
    expect((await get('/v1/permits?state=revoked')).json().items.map((p: { id: string }) => p.id)).toEqual([
      ids.permit,
    ]);
  });

  it('WC-SRV-045: walking the pages returns every record once, in creation order', async () => {
    const made: string[] = [];
    for (let i = 0; i < 23; i += 1) {
      made.push(
        (
          await created('/v1/chips', {
            id: `chip-page-${String(i).padStart(2, '0')}`,
            publicKey: chipPublicKey(),
          })
        ).id,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await get(`/v1/chips?status=provisioned&limit=5${cursor === null ? '' : `&cursor=${cursor}`}`)
      ).json();
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 20);
    expect(seen.filter((id) => id.startsWith('chip-page-'))).toEqual(made);
    expect(new Set(seen).size).toBe(seen.length);
    expectProblem(await get('/v1/chips?cursor=not-one-of-ours!'), 400, 'ERR_SRV_VALIDATION');
    expectProblem(await get('/v1/chips?cursor=AAAA'), 400, 'ERR_SRV_VALIDATION');
    expectProblem(await get('/v1/chips?limit=0'), 400, 'ERR_SRV_VALIDATION');
  });
});
