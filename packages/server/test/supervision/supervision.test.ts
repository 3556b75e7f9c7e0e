import type { FastifyInstance } from 'fastify';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, PlatformEvents, type Storage } from '../../src/index';
import type { FireWatchEvent } from '../../src/platform/platform-events';
import { buildWorld, type World } from '../access/support/world';
import { authenticateInjects, expectProblem, testApp, tokenFor } from '../support/app';
import { BACKENDS } from '../support/backends';

// Hang guards only (tests never assert durations): a loaded 2-core CI machine with PostgreSQL is slow.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const HOUR = 3_600_000;

type Totals = Record<string, number>;

describe.each(BACKENDS)('district supervision on $name', (backend) => {
  let app: FastifyInstance;
  let storage: Storage;
  let close: () => Promise<void>;
  let world: World;
  const as = async (role: Parameters<Storage['access']['users']['create']>[0]) => {
    const user = await storage.access.users.create(role);
    return { authorization: `Bearer ${await tokenFor(storage, user.id)}` };
  };
  let district: { authorization: string };
  let town: { authorization: string };

  beforeAll(async () => {
    ({ app, storage, close } = await testApp(backend));
    world = await buildWorld(storage);
    // T1's machine A is coded (赋码) and T2's is not, whatever plates the world issued.
    await storage.access.db.execute('UPDATE machines SET plate_id = ? WHERE id = ?', [
      'plate-t1',
      world.towns.t1.machineA,
    ]);
    await storage.access.db.execute('UPDATE machines SET plate_id = NULL WHERE id = ?', [
      world.towns.t2.machineA,
    ]);
    district = await as({
      username: 'd1-officer',
      displayName: '奉贤区应急局',
      role: 'district-officer',
      areaId: world.areas.d1,
    });
    town = await as({
      username: 't1-officer',
      displayName: '青村镇安全办',
      role: 'town-officer',
      areaId: world.towns.t1.town,
    });
  });
  afterAll(async () => close());

  it('WC-SUP-002: login returns a token, its expiry and the user; a wrong password or user is one 401', async () => {
    await storage.access.users.create({
      username: 'qingcun',
      displayName: '青村镇',
      role: 'town-officer',
      areaId: world.towns.t1.town,
      password: 'a long enough password',
    });
    const login = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { username: 'qingcun', password: 'a long enough password' },
      headers: { authorization: '' },
    });
    expect(login.statusCode, login.body).toBe(200);
    const session = login.json();
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
    expect(session.user).toEqual({
      id: expect.any(String),
      username: 'qingcun',
      displayName: '青村镇',
      role: 'town-officer',
      areaId: world.towns.t1.town,
    });
    const me = await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(me.json()).toEqual(session.user);
    const rows = await storage.access.db.query('SELECT password_hash FROM users WHERE username = ?', [
      'qingcun',
    ]);
    expect(String(rows[0]?.password_hash)).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(String(rows[0]?.password_hash)).not.toContain('a long enough password');
    for (const payload of [
      { username: 'qingcun', password: 'wrong password!!' },
      { username: 'nobody', password: 'a long enough password' },
    ]) {
      const refused = await app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload,
        headers: { authorization: '' },
      });
      expect(expectProblem(refused, 401, 'ERR_SRV_UNAUTHENTICATED').detail).toBe(
        'wrong username or password',
      );
    }
  });

  it('WC-SUP-001 WC-SUP-002: API keys authenticate machine clients, are stored hashed and can be told apart from forgeries', async () => {
    const chipUser = await storage.access.users.create({
      username: 'chip-t1',
      displayName: 'chip',
      role: 'chip',
      chipId: world.towns.t1.chipA,
    });
    const issued = await app.inject({
      method: 'POST',
      url: `/v1/users/${chipUser.id}/api-keys`,
      payload: { label: 'firmware' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const { key } = issued.json();
    expect(key).toMatch(/^wck_key_/);
    const stored = await storage.access.db.query('SELECT secret_hash FROM api_keys');
    // The secret is the last 43 characters (base64url: it may itself contain '_').
    expect(JSON.stringify(stored)).not.toContain(key.slice(-43));
    const own = await app.inject({
      method: 'GET',
      url: `/v1/chips/${world.towns.t1.chipA}`,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(own.statusCode).toBe(200);
    const forged = `${key.slice(0, -3)}AAA`;
    const refused = await app.inject({
      method: 'GET',
      url: `/v1/chips/${world.towns.t1.chipA}`,
      headers: { authorization: `Bearer ${forged}` },
    });
    expectProblem(refused, 401, 'ERR_SRV_UNAUTHENTICATED');
    // A disabled user's key stops working at once.
    await storage.access.db.execute('UPDATE users SET disabled = 1 WHERE id = ?', [chipUser.id]);
    const disabled = await app.inject({
      method: 'GET',
      url: `/v1/chips/${world.towns.t1.chipA}`,
      headers: { authorization: `Bearer ${key}` },
    });
    expectProblem(disabled, 401, 'ERR_SRV_UNAUTHENTICATED');
    const expired = await storage.access.tokens.issue(chipUser.id, Date.now() - 13 * HOUR);
    const late = await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${expired.token}` },
    });
    expectProblem(late, 401, 'ERR_SRV_UNAUTHENTICATED');
  });

  it('WC-SUP-003 WC-SUP-008: a user carries exactly the binding its role needs; only the platform administrator creates unbound users and cities', async () => {
    const wrong = [
      { username: 'wrong-1', displayName: 'x', role: 'town-officer', areaId: world.areas.d1 },
      { username: 'wrong-2', displayName: 'x', role: 'district-officer' },
      { username: 'wrong-3', displayName: 'x', role: 'sector-officer', areaId: world.areas.d1 },
      { username: 'wrong-4', displayName: 'x', role: 'enterprise-manager', areaId: world.towns.t1.town },
      {
        username: 'wrong-5',
        displayName: 'x',
        role: 'worker',
        areaId: world.towns.t1.town,
        workerId: world.towns.t1.workerA,
      },
    ];
    for (const payload of wrong) {
      expectProblem(
        await app.inject({ method: 'POST', url: '/v1/users', payload }),
        422,
        'ERR_SRV_REGISTRY_INVARIANT',
      );
    }
    const cityAdmin = await as({
      username: 'c1-admin',
      displayName: '市管理员',
      role: 'city-admin',
      areaId: world.areas.c1,
    });
    const unbound = await app.inject({
      method: 'POST',
      url: '/v1/users',
      payload: { username: 'sneaky', displayName: 'x', role: 'city-admin' },
      headers: cityAdmin,
    });
    expectProblem(unbound, 403, 'ERR_SRV_FORBIDDEN');
    const city = await app.inject({
      method: 'POST',
      url: '/v1/areas',
      payload: { level: 'city', name: '新城' },
      headers: cityAdmin,
    });
    expectProblem(city, 403, 'ERR_SRV_FORBIDDEN');
    const districtOk = await app.inject({
      method: 'POST',
      url: '/v1/areas',
      payload: { level: 'district', name: '新区', parentId: world.areas.c1 },
      headers: cityAdmin,
    });
    expect(districtOk.statusCode).toBe(201);
  });

  it('WC-SUP-010 WC-SUP-011 WC-SUP-012: progress counts the inventory and rolls towns up into districts and the city', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/v1/progress?areaId=${world.areas.d1}`,
      headers: district,
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.area).toEqual({ id: world.areas.d1, name: '奉贤区', level: 'district' });
    expect(report.targets).toEqual([
      { date: '2026-06-30', share: 0.7 },
      { date: '2026-09-30', share: 1 },
    ]);
    const town1: Totals = {
      sites: 2,
      machines: 2,
      chippedMachines: 1,
      codedMachines: 1,
      chippedAndCodedMachines: 1,
      notRetrofittedMachines: 1,
      workers: 4,
      certifiedWorkers: 1,
      trainedWorkers: 1,
      inspections: 1,
      inspectionsWithFindings: 1,
    };
    const town2: Totals = { ...town1, codedMachines: 0, chippedAndCodedMachines: 0 };
    expect(
      report.children.map((c: { area: { name: string }; totals: Totals }) => [c.area.name, c.totals]),
    ).toEqual([
      ['青村镇', town1],
      ['南桥镇', town2],
    ]);
    expect(report.totals).toEqual(
      Object.fromEntries(Object.keys(town1).map((k) => [k, (town1[k] ?? 0) + (town2[k] ?? 0)])),
    );
    expect(report.share).toBe(0.25);
    const bySector = Object.fromEntries(
      report.bySector.map((s: { sector: string; totals: Totals }) => [s.sector, s.totals]),
    );
    expect(Object.keys(bySector)).toEqual(['hospital', 'industry-trade']);
    expect(bySector['industry-trade']).toMatchObject({
      sites: 2,
      machines: 2,
      chippedMachines: 2,
      codedMachines: 1,
      workers: 4,
    });
    expect(bySector.hospital).toMatchObject({ sites: 2, machines: 2, chippedMachines: 0, workers: 4 });

    const city = (await app.inject({ method: 'GET', url: `/v1/progress?areaId=${world.areas.c1}` })).json();
    expect(city.children.map((c: { area: { id: string } }) => c.area.id).slice(0, 2)).toEqual([
      world.areas.d1,
      world.areas.d2,
    ]);
    expect(city.children[0].totals).toEqual(report.totals);
    expect(city.totals.machines).toBe(6);
    const sum = (rows: { totals: Totals }[], key: string) =>
      rows.reduce((n, r) => n + (r.totals[key] ?? 0), 0);
    for (const key of ['sites', 'machines', 'chippedMachines', 'codedMachines']) {
      expect(sum(city.children, key)).toBe(city.totals[key]);
      expect(sum(city.bySector, key)).toBe(city.totals[key]);
    }
    // The due target on a given day, and whether it is met.
    const early = await storage.supervision.progress(
      world.areas.d1,
      undefined,
      Date.parse('2026-05-01T00:00:00Z'),
    );
    expect(early.due).toEqual({ date: '2026-06-30', share: 0.7, met: false });
    const late = await storage.supervision.progress(
      world.areas.d1,
      undefined,
      Date.parse('2026-08-01T00:00:00Z'),
    );
    expect(late.due).toEqual({ date: '2026-09-30', share: 1, met: false });
    // A certificate that expired before the day no longer counts.
    const later = await storage.supervision.progress(
      world.areas.d1,
      undefined,
      Date.parse('2031-01-01T00:00:00Z'),
    );
    expect(later.totals.certifiedWorkers).toBe(0);
    // A town's own report, by its officer (default area), has no children.
    const own = (await app.inject({ method: 'GET', url: '/v1/progress', headers: town })).json();
    expect(own.area.id).toBe(world.towns.t1.town);
    expect(own.children).toEqual([]);
    expect(own.totals).toEqual(town1);
  });

  it('WC-SUP-013: a sector officer’s figures count only its department’s sectors', async () => {
    const fire = await as({
      username: 'fire-d1',
      displayName: '消防救援',
      role: 'sector-officer',
      areaId: world.areas.d1,
      sector: 'fire-rescue',
    });
    const report = (await app.inject({ method: 'GET', url: '/v1/progress', headers: fire })).json();
    expect(report.bySector.map((s: { sector: string }) => s.sector)).toEqual(['hospital']);
    expect(report.totals).toMatchObject({
      sites: 2,
      machines: 2,
      chippedMachines: 0,
      workers: 4,
      inspections: 0,
    });
    const csv = (await app.inject({ method: 'GET', url: '/v1/exports/annex1.csv', headers: fire })).body;
    expect(csv).toContain('T1H');
    expect(csv).not.toContain('T1A');
  });

  it('WC-SUP-014: 附件1 lists every owner per town with subtotals and a total, as CSV and XLSX alike', async () => {
    const emptyOwner = await storage.owners.create({
      kind: 'enterprise',
      name: '=HYPERLINK("x") 新登记企业',
      creditCode: '91310120MA1W9999ZZ',
      townId: world.towns.t2.town,
    });
    const csvResponse = await app.inject({
      method: 'GET',
      url: `/v1/exports/annex1.csv?areaId=${world.areas.d1}`,
      headers: district,
    });
    expect(csvResponse.statusCode).toBe(200);
    expect(csvResponse.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csvResponse.headers['content-disposition']).toContain('annex1.csv');
    const csv = csvResponse.body;
    expect(
      csv.startsWith(
        '\uFEFF序号,区,街镇,单位（个人）名称,统一社会信用代码,行业领域,作业场所数,电焊机数（底数）,已加芯,已赋码,已加芯赋码,未改造',
      ),
    ).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // Header, T1 (2 owners + 小计), T2 (3 owners + 小计), 合计; towns in name order (南桥镇 before 青村镇).
    expect(lines).toHaveLength(1 + 3 + 4 + 1);
    expect(lines[1]).toBe(
      `1,奉贤区,南桥镇,"'=HYPERLINK(""x"") 新登记企业",91310120MA1W9999ZZ,,0,0,0,0,0,0,0,0,0`,
    );
    expect(lines[4]).toBe(',奉贤区,南桥镇,小计,,,2,2,1,0,0,1,4,1,1');
    expect(lines[8]).toBe(',,奉贤区,合计,,,4,4,2,1,1,2,8,2,2');
    expect(lines.slice(5, 7).map((l) => l.split(',').slice(3, 6).join(','))).toEqual([
      `T1A,${lines[5]?.split(',')[4]},工贸`,
      `T1H,${lines[6]?.split(',')[4]},医院`,
    ]);
    const xlsx = await app.inject({
      method: 'GET',
      url: `/v1/exports/annex1.xlsx?areaId=${world.areas.d1}`,
      headers: district,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheet = await readSheet(xlsx.rawPayload);
    const fromCsv = lines.map((line) =>
      line
        .match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)
        ?.slice(0, 15)
        .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"')),
    );
    const fromXlsx = sheet.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    fromXlsx[1] = (fromXlsx[1] ?? []).map((cell, i) => (i === 3 ? `'${cell}` : cell));
    expect(fromXlsx).toEqual(fromCsv);
    await storage.access.db.execute('DELETE FROM owners WHERE id = ?', [emptyOwner.id]);
  });

  it('WC-SUP-015: the map draws sites, machines, permit zones and crowded places in WGS-84', async () => {
    const response = await app.inject({ method: 'GET', url: '/v1/map/features', headers: town });
    expect(response.statusCode, response.body).toBe(200);
    const collection = response.json();
    expect(collection.type).toBe('FeatureCollection');
    const kinds = collection.features.map((f: { properties: { kind: string } }) => f.properties.kind).sort();
    expect(kinds).toEqual([
      'crowded-place',
      'machine',
      'machine',
      'permit-zone',
      'permit-zone',
      'site',
      'site',
    ]);
    const site = collection.features.find((f: { id: string }) => f.id === world.towns.t1.siteA);
    expect(site.properties).toEqual({
      kind: 'site',
      id: world.towns.t1.siteA,
      name: 'T1车间',
      status: 'retrofitted',
      sector: 'industry-trade',
      openAlerts: 1, // the world's ENCLOSURE_OPENED alert on its machine
    });
    // The site was stored in GCJ-02; in Shanghai its WGS-84 position lies a few hundred metres west and north.
    const [lon, lat] = site.geometry.coordinates;
    const stored = (await storage.sites.get(world.towns.t1.siteA)).location as {
      longitude: number;
      latitude: number;
    };
    expect(stored.longitude - lon).toBeGreaterThan(0.003);
    expect(stored.longitude - lon).toBeLessThan(0.006);
    expect(lat - stored.latitude).toBeGreaterThan(0.001);
    expect(lat - stored.latitude).toBeLessThan(0.004);
    const zone = collection.features.find(
      (f: { properties: { kind: string } }) => f.properties.kind === 'permit-zone',
    );
    expect(zone.geometry.type).toBe('Polygon');
    expect(zone.geometry.coordinates[0][0]).toEqual(zone.geometry.coordinates[0].at(-1));
    const limited = (
      await app.inject({ method: 'GET', url: '/v1/map/features?machineLimit=1', headers: town })
    ).json();
    expect(limited.truncated).toBe(true);
    expect(
      limited.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'machine'),
    ).toHaveLength(1);
  });

  it('WC-SUP-020 WC-SUP-021: the five duties run in order, with who and when, and fire-watch changes are announced', async () => {
    const events = new PlatformEvents();
    const seen: FireWatchEvent[] = [];
    events.on('fire-watch', (e) => seen.push(e));
    const local = await createServer({ storage, logger: false, docs: false, events });
    const t1 = world.towns.t1;
    const manager = await storage.access.users.create({
      username: 'mgr-a',
      displayName: '经理',
      role: 'enterprise-manager',
      ownerId: t1.ownerA,
    });
    const watcher = await storage.access.users.create({
      username: 'watch-a',
      displayName: '监护人',
      role: 'worker',
      workerId: t1.watcherA,
    });
    const welder = await storage.access.users.create({
      username: 'weld-a',
      displayName: '焊工',
      role: 'worker',
      workerId: t1.workerA,
    });
    const step = async (userId: string, payload: object) =>
      local.inject({
        method: 'POST',
        url: `/v1/permits/${t1.permitA}/duties`,
        payload,
        headers: { authorization: `Bearer ${await tokenFor(storage, userId)}` },
      });
    const startWork = { duty: 'hot-work', action: 'start' };
    expectProblem(await step(welder.id, startWork), 409, 'ERR_SRV_INVALID_STATE');
    const dirty = { duty: 'clearance', action: 'complete', checklist: [{ item: '清除可燃物', done: false }] };
    expectProblem(await step(manager.id, dirty), 409, 'ERR_SRV_INVALID_STATE');
    const clean = {
      duty: 'clearance',
      action: 'complete',
      checklist: [
        { item: '清除10米内可燃物', done: true, photo: 'photos/p1.jpg' },
        { item: '配备灭火器', done: true, note: '2具' },
      ],
    };
    expect((await step(manager.id, clean)).statusCode).toBe(201);
    expectProblem(await step(welder.id, startWork), 409, 'ERR_SRV_INVALID_STATE'); // no watcher yet
    expectProblem(
      await step(welder.id, { duty: 'watch', action: 'present', workerId: t1.watcherA }),
      403,
      'ERR_SRV_FORBIDDEN',
    );
    expectProblem(
      await step(manager.id, { duty: 'watch', action: 'present', workerId: t1.watcherA }),
      403,
      'ERR_SRV_FORBIDDEN',
    );
    expect(
      (await step(watcher.id, { duty: 'watch', action: 'present', workerId: t1.watcherA, method: 'co-scan' }))
        .statusCode,
    ).toBe(201);
    const started = await step(welder.id, startWork);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ hotWorkActive: true, watcherPresent: true });
    expect(
      (await step(watcher.id, { duty: 'watch', action: 'absent', workerId: t1.watcherA })).statusCode,
    ).toBe(201);
    const closeEarly = { duty: 'closing', action: 'complete', residualFireCleared: true };
    expectProblem(await step(manager.id, closeEarly), 409, 'ERR_SRV_INVALID_STATE');
    expect(await storage.supervision.duties.unwatched()).toEqual([t1.permitA]);
    expect((await step(welder.id, { duty: 'hot-work', action: 'end' })).statusCode).toBe(201);
    expectProblem(
      await step(manager.id, { ...closeEarly, residualFireCleared: false }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    const closed = await step(manager.id, { ...closeEarly, note: '现场无遗留火种', photo: 'photos/p9.jpg' });
    expect(closed.statusCode).toBe(201);
    expectProblem(await step(welder.id, startWork), 409, 'ERR_SRV_INVALID_STATE');
    authenticateInjects(local, await tokenFor(storage, manager.id));
    const duties = (await local.inject({ method: 'GET', url: `/v1/permits/${t1.permitA}/duties` })).json();
    expect(
      duties.duties.map((d: { duty: string; status: string; by: string | null }) => [d.duty, d.status, d.by]),
    ).toEqual([
      ['approval', 'done', 'fixture'],
      ['clearance', 'done', 'mgr-a'],
      ['hot-work', 'done', 'weld-a'],
      ['watch', 'done', 'watch-a'],
      ['closing', 'done', 'mgr-a'],
    ]);
    expect(duties.events[0].details.checklist[0].photo).toBe('photos/p1.jpg');
    expect(seen.map((e) => [e.present, e.hotWorkActive])).toEqual([
      [true, false],
      [true, true],
      [false, true],
      [false, false],
    ]);
    await local.close();
  });

  it('WC-SUP-022: training attendees are the owner’s own workers, and coverage appears beside progress', async () => {
    const t2 = world.towns.t2;
    const foreignWorker = await app.inject({
      method: 'POST',
      url: '/v1/trainings',
      payload: {
        ownerId: t2.ownerA,
        heldOn: '2025-12-01',
        trainer: '技术服务团队',
        topic: '扫码开机',
        attendees: [{ kind: 'worker', workerId: t2.workerH }],
      },
    });
    expectProblem(foreignWorker, 422, 'ERR_SRV_REGISTRY_INVARIANT');
    const before = (await storage.supervision.progress(t2.town)).totals.trainedWorkers;
    const recorded = await app.inject({
      method: 'POST',
      url: '/v1/trainings',
      payload: {
        ownerId: t2.ownerA,
        heldOn: '2025-12-01',
        trainer: '技术服务团队',
        topic: '扫码开机',
        attendees: [
          { kind: 'worker', workerId: t2.watcherA },
          { kind: 'safety-manager', name: '张安全' },
        ],
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().attendees).toEqual([
      { kind: 'worker', workerId: t2.watcherA, name: 'T2监护A' },
      { kind: 'safety-manager', workerId: null, name: '张安全' },
    ]);
    expect((await storage.supervision.progress(t2.town)).totals.trainedWorkers).toBe(before + 1);
  });

  it('WC-SUP-023: an inspection synced twice is stored once; other content under the same id is a conflict', async () => {
    const inspector = await as({
      username: 'insp-t2',
      displayName: '检查员',
      role: 'inspector',
      areaId: world.towns.t2.town,
    });
    const t2 = world.towns.t2;
    const visit = {
      townId: t2.town,
      visitedAt: new Date(Date.now() - 3 * HOUR).toISOString(),
      siteId: t2.siteH,
      machineId: t2.machineH,
      workerId: t2.workerH,
      plate: 'WC1:plate-text',
      findings: { certified: false, chipped: false, coded: false },
      notes: '无证作业，焊机未加芯',
    };
    const before = (await storage.supervision.progress(t2.town)).totals;
    const put = () =>
      app.inject({
        method: 'PUT',
        url: '/v1/inspections/0b9e6f1c-offline-1',
        payload: visit,
        headers: inspector,
      });
    const first = await put();
    expect(first.statusCode, first.body).toBe(201);
    const again = await put();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const after = (await storage.supervision.progress(t2.town)).totals;
    expect([
      after.inspections - before.inspections,
      after.inspectionsWithFindings - before.inspectionsWithFindings,
    ]).toEqual([1, 1]);
    const changed = await app.inject({
      method: 'PUT',
      url: '/v1/inspections/0b9e6f1c-offline-1',
      payload: { ...visit, notes: 'changed' },
      headers: inspector,
    });
    expectProblem(changed, 409, 'ERR_SRV_CONFLICT');
    const wrongTown = await app.inject({
      method: 'PUT',
      url: '/v1/inspections/0b9e6f1c-offline-2',
      payload: { ...visit, siteId: world.towns.t1.siteA },
      headers: await as({
        username: 'insp-d1',
        displayName: '检查员',
        role: 'inspector',
        areaId: world.areas.d1,
      }),
    });
    expectProblem(wrongTown, 422, 'ERR_SRV_REGISTRY_INVARIANT');
  });
});
