import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Principal } from '../../src/access/roles';
import { openStorage, type Storage } from '../../src/index';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { openPostgresDatabase } from '../../src/storage/postgres-database';
import type { SqlExecutor } from '../../src/storage/sql-database';
import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { annex1Rows } from '../../src/supervision/annex1';
import { progressReport } from '../../src/supervision/progress';
import { RECOUNT_FIGURES } from '../../src/supervision/recount';
import { ROLLUP_TABLES, recountSql } from '../../src/supervision/rollup-schema';
import { testApp } from '../support/app';
import { BACKENDS } from '../support/backends';
import { chipPublicKey, idNumber } from '../support/fixtures';

// Hang guards only (tests never assert durations).
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** The day the figures are counted on: certificates expire around it. */
const AT = Date.parse('2026-01-15T04:00:00Z');
const EXPIRIES = ['2026-01-14', '2026-01-15', '2026-01-16', '2030-01-01'];
const SECTORS = ['industry-trade', 'hospital', 'construction-site', 'mall-market'];

/** One registry write; indexes pick among the records created so far (modulo their count). */
type Op =
  | { op: 'owner'; town: number }
  | { op: 'site'; owner: number; town: number; sector: number }
  | { op: 'machine'; owner: number; site: number | null }
  | { op: 'retrofit'; machine: number }
  | { op: 'plate'; machine: number }
  | { op: 'worker'; owner: number | null }
  | { op: 'certificate'; worker: number; expiry: number }
  | { op: 'training'; owner: number; workers: number[] }
  | { op: 'inspection'; town: number; site: number | null; finding: boolean }
  // Writes no route makes yet, straight in SQL: the triggers must follow them all the same.
  | { op: 'move-machines'; owner: number; site: number | null }
  | { op: 'decommission'; machine: number }
  | { op: 'delete-machine'; machine: number }
  | { op: 'site-sector'; site: number; sector: number; town: number }
  | { op: 'owner-town'; owner: number; town: number }
  | { op: 'employer'; worker: number; owner: number | null }
  | { op: 'expiry'; worker: number; expiry: number }
  | { op: 'two-certificates'; worker: number; expiry: number }
  | { op: 'delete-certificates'; worker: number }
  | { op: 'delete-attendance'; worker: number };

const i = fc.nat(50);
const OP: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('owner' as const), town: i }),
  fc.record({ op: fc.constant('site' as const), owner: i, town: i, sector: i }),
  { arbitrary: fc.record({ op: fc.constant('machine' as const), owner: i, site: fc.option(i) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('retrofit' as const), machine: i }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('plate' as const), machine: i }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('worker' as const), owner: fc.option(i) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('certificate' as const), worker: i, expiry: i }), weight: 2 },
  fc.record({
    op: fc.constant('training' as const),
    owner: i,
    workers: fc.array(i, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('inspection' as const), town: i, site: fc.option(i), finding: fc.boolean() }),
  fc.record({ op: fc.constant('move-machines' as const), owner: i, site: fc.option(i) }),
  fc.record({ op: fc.constant('decommission' as const), machine: i }),
  fc.record({ op: fc.constant('delete-machine' as const), machine: i }),
  fc.record({ op: fc.constant('site-sector' as const), site: i, sector: i, town: i }),
  fc.record({ op: fc.constant('owner-town' as const), owner: i, town: i }),
  fc.record({ op: fc.constant('employer' as const), worker: i, owner: fc.option(i) }),
  fc.record({ op: fc.constant('expiry' as const), worker: i, expiry: i }),
  fc.record({ op: fc.constant('two-certificates' as const), worker: i, expiry: i }),
  fc.record({ op: fc.constant('delete-certificates' as const), worker: i }),
  fc.record({ op: fc.constant('delete-attendance' as const), worker: i }),
);

const pick = <T>(list: T[], index: number): T | undefined =>
  list.length === 0 ? undefined : list[index % list.length];

/** The rows of every rollup table as stored and as recounted from the registry's tables. */
async function rollupsAndRecount(db: SqlExecutor) {
  const normal = (rows: Record<string, unknown>[]) =>
    rows
      .map((row) =>
        Object.values(row).map((v) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : v)),
      )
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const stored: Record<string, unknown[]> = {};
  const recounted: Record<string, unknown[]> = {};
  for (const table of ROLLUP_TABLES) {
    const columns = [table.key, ...table.columns].join(', ');
    stored[table.name] = normal(await db.query(`SELECT ${columns} FROM ${table.name}`));
    recounted[table.name] = normal(await db.query(recountSql(table)));
  }
  return { stored, recounted };
}

function sectorOfficer(): Principal {
  return {
    userId: 'u',
    username: 'u',
    role: 'sector-officer',
    areaId: null,
    areaLevel: null,
    ownerId: null,
    department: 'emergency-management',
    workerId: null,
    chipId: null,
  };
}

/** Every report of every area, from the rollups and from the recount, must be the same. */
async function expectReportsAgree(storage: Storage, areas: string[]): Promise<void> {
  const db = storage.access.db;
  const policy = storage.supervision.policy;
  for (const area of areas) {
    for (const principal of [undefined, sectorOfficer()]) {
      expect(await progressReport(db, area, policy, principal, AT)).toEqual(
        await progressReport(db, area, policy, principal, AT, RECOUNT_FIGURES),
      );
      expect(await annex1Rows(db, area, principal, AT)).toEqual(
        await annex1Rows(db, area, principal, AT, RECOUNT_FIGURES),
      );
    }
  }
}

describe.each(BACKENDS)('supervision rollups on $name', (backend) => {
  let app: FastifyInstance;
  let storage: Storage;
  let close: () => Promise<void>;
  const areas: string[] = [];
  const towns: string[] = [];
  const owners: string[] = [];
  const sites: string[] = [];
  const machines: string[] = [];
  const workers: string[] = [];
  let serial = 0;
  const applied = new Map<string, number>();

  beforeAll(async () => {
    ({ app, storage, close } = await testApp(backend));
    const city = await storage.areas.create({ level: 'city', name: '上海市', code: '310000' });
    areas.push(city.id);
    for (const d of [0, 1]) {
      const district = await storage.areas.create({
        level: 'district',
        parentId: city.id,
        name: `区${d}`,
        code: `3101${20 + d}`,
      });
      areas.push(district.id);
      for (const t of [0, 1]) {
        const town = await storage.areas.create({ level: 'town', parentId: district.id, name: `镇${d}${t}` });
        areas.push(town.id);
        towns.push(town.id);
      }
    }
  });
  afterAll(async () => close());

  async function post(url: string, payload: object, method: 'POST' | 'PUT' = 'POST') {
    const response = await app.inject({ method, url, payload });
    expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(500);
    return response.statusCode < 300 ? (response.json() as { id: string }) : undefined;
  }

  async function retrofit(machine: string): Promise<boolean> {
    serial += 1;
    const chip = await post('/v1/chips', { id: `chip${serial}`, publicKey: chipPublicKey() });
    if (chip === undefined) return false;
    return (
      (await post('/v1/retrofits', { chipId: chip.id, machineId: machine, installer: '安装队' })) !==
      undefined
    );
  }

  async function run(op: Op): Promise<boolean> {
    const db = storage.access.db;
    serial += 1;
    const town = (n: number) => towns[n % towns.length] as string;
    switch (op.op) {
      case 'owner': {
        const owner = await post('/v1/owners', {
          kind: 'enterprise',
          name: `企业${serial}`,
          creditCode: `91310120MA1R${String(serial).padStart(6, '0')}`,
          townId: town(op.town),
        });
        if (owner !== undefined) owners.push(owner.id);
        return owner !== undefined;
      }
      case 'site': {
        const owner = pick(owners, op.owner);
        if (owner === undefined) return false;
        const site = await post('/v1/sites', {
          ownerId: owner,
          townId: town(op.town),
          name: `场所${serial}`,
          sector: SECTORS[op.sector % SECTORS.length],
        });
        if (site !== undefined) sites.push(site.id);
        return site !== undefined;
      }
      case 'machine': {
        // A machine on a site belongs to the site's owner (the registry refuses another).
        const site = op.site === null ? undefined : pick(sites, op.site);
        const [siteOwner] =
          site === undefined ? [] : await db.query('SELECT owner_id FROM sites WHERE id = ?', [site]);
        const owner = siteOwner === undefined ? pick(owners, op.owner) : String(siteOwner.owner_id);
        if (owner === undefined) return false;
        const machine = await post('/v1/machines', {
          ownerId: owner,
          ...(site === undefined ? {} : { siteId: site }),
          brand: '瑞凌',
          model: 'ZX7-400',
          serial: `SN${serial}`,
          kind: 'arc',
        });
        if (machine !== undefined) machines.push(machine.id);
        return machine !== undefined;
      }
      case 'retrofit': {
        const machine = pick(machines, op.machine);
        return machine !== undefined && (await retrofit(machine));
      }
      case 'plate': {
        // A plate needs a chipped machine on a site: retrofit a registered one first.
        const ready = await db.query(
          "SELECT id, status FROM machines WHERE status <> 'decommissioned' AND site_id IS NOT NULL ORDER BY id",
        );
        const machine = pick(ready, op.machine);
        if (machine === undefined) return false;
        if (machine.status === 'registered' && !(await retrofit(String(machine.id)))) return false;
        return (await post(`/v1/machines/${String(machine.id)}/plate`, { by: 'test' })) !== undefined;
      }
      case 'worker': {
        const owner = op.owner === null ? undefined : pick(owners, op.owner);
        const worker = await post('/v1/workers', {
          name: `焊工${serial}`,
          idNumber: idNumber(),
          ...(owner === undefined ? {} : { employerId: owner }),
        });
        if (worker !== undefined) workers.push(worker.id);
        return worker !== undefined;
      }
      case 'certificate': {
        const worker = pick(workers, op.worker);
        if (worker === undefined) return false;
        const certificate = await post(`/v1/workers/${worker}/certificates`, {
          type: 'em-welding',
          number: `T${serial}`,
          issuer: '应急管理局',
          issuedOn: '2020-01-01',
          expiresOn: EXPIRIES[op.expiry % EXPIRIES.length],
        });
        return certificate !== undefined;
      }
      case 'training': {
        // Attendees are workers of the training's enterprise: the owner is a picked worker's employer.
        const worker = pick(workers, op.owner);
        if (worker === undefined) return false;
        const [employer] = await db.query('SELECT employer_id FROM workers WHERE id = ?', [worker]);
        if (employer?.employer_id == null) return false;
        const colleagues = await db.query('SELECT id FROM workers WHERE employer_id = ? ORDER BY id', [
          String(employer.employer_id),
        ]);
        const attendees = [...new Set(op.workers.map((w) => String(pick(colleagues, w)?.id)))];
        const training = await post('/v1/trainings', {
          ownerId: String(employer.employer_id),
          heldOn: '2025-11-01',
          trainer: '技术服务团队',
          topic: '扫码开机',
          attendees: attendees.map((workerId) => ({ kind: 'worker', workerId })),
        });
        return training !== undefined;
      }
      case 'inspection': {
        const site = op.site === null ? undefined : pick(sites, op.site);
        const inspection = await post(
          `/v1/inspections/inspection-${serial}`,
          {
            townId: town(op.town),
            visitedAt: new Date(AT).toISOString(),
            ...(site === undefined ? {} : { siteId: site }),
            findings: { certified: !op.finding, chipped: true, coded: null },
          },
          'PUT',
        );
        return inspection !== undefined;
      }
      case 'move-machines': {
        const owner = pick(owners, op.owner);
        if (owner === undefined) return false;
        const site = op.site === null ? null : (pick(sites, op.site) ?? null);
        return (await db.execute('UPDATE machines SET site_id = ? WHERE owner_id = ?', [site, owner])) > 0;
      }
      case 'decommission': {
        const machine = pick(machines, op.machine);
        if (machine === undefined) return false;
        await db.execute("UPDATE machines SET status = 'decommissioned' WHERE id = ?", [machine]);
        return true;
      }
      case 'delete-machine': {
        const machine = pick(machines, op.machine);
        if (machine === undefined) return false;
        const deleted = await db.execute(
          `DELETE FROM machines WHERE id = ? AND status = 'registered'
             AND NOT EXISTS (SELECT 1 FROM inspections WHERE machine_id = machines.id)`,
          [machine],
        );
        if (deleted > 0) machines.splice(machines.indexOf(machine), 1);
        return deleted > 0;
      }
      case 'site-sector': {
        const site = pick(sites, op.site);
        if (site === undefined) return false;
        const sector = SECTORS[op.sector % SECTORS.length] as string;
        await db.execute('UPDATE sites SET sector = ?, town_id = ? WHERE id = ?', [
          sector,
          town(op.town),
          site,
        ]);
        return true;
      }
      case 'owner-town': {
        const owner = pick(owners, op.owner);
        if (owner === undefined) return false;
        await db.execute('UPDATE owners SET town_id = ? WHERE id = ?', [town(op.town), owner]);
        return true;
      }
      case 'employer': {
        const worker = pick(workers, op.worker);
        if (worker === undefined) return false;
        const owner = op.owner === null ? null : (pick(owners, op.owner) ?? null);
        await db.execute('UPDATE workers SET employer_id = ? WHERE id = ?', [owner, worker]);
        return true;
      }
      case 'expiry': {
        const worker = pick(workers, op.worker);
        if (worker === undefined) return false;
        const expiry = EXPIRIES[op.expiry % EXPIRIES.length] as string;
        return (
          (await db.execute('UPDATE certificates SET expires_on = ? WHERE worker_id = ?', [expiry, worker])) >
          0
        );
      }
      case 'two-certificates': {
        // One statement, two rows of the same worker: PostgreSQL fires both AFTER triggers at its end.
        const worker = pick(workers, op.worker);
        if (worker === undefined) return false;
        const expiry = EXPIRIES[op.expiry % EXPIRIES.length] as string;
        await db.execute(
          `INSERT INTO certificates (id, worker_id, type, number, issuer, issued_on, expires_on, created_at)
           VALUES (?, ?, 'em-welding', ?, 'x', '2020-01-01', ?, 0), (?, ?, 'construction-welder', ?, 'x', '2020-01-01', ?, 0)`,
          [`c${serial}a`, worker, `R${serial}a`, expiry, `c${serial}b`, worker, `R${serial}b`, '2026-01-14'],
        );
        return true;
      }
      case 'delete-certificates': {
        const worker = pick(workers, op.worker);
        if (worker === undefined) return false;
        return (await db.execute('DELETE FROM certificates WHERE worker_id = ?', [worker])) > 0;
      }
      case 'delete-attendance': {
        const trained = await db.query(
          'SELECT DISTINCT worker_id FROM training_attendees WHERE worker_id IS NOT NULL ORDER BY worker_id',
        );
        const worker = pick(trained, op.worker)?.worker_id as string | undefined;
        if (worker === undefined) return false;
        return (await db.execute('DELETE FROM training_attendees WHERE worker_id = ?', [worker])) > 0;
      }
    }
  }

  it('WC-SUP-016: after any sequence of registry writes the rollups equal a recount, and so does every report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(OP, { minLength: 5, maxLength: 25 }), async (ops) => {
        for (const op of ops) {
          if (await run(op)) applied.set(op.op, (applied.get(op.op) ?? 0) + 1);
        }
        const { stored, recounted } = await rollupsAndRecount(storage.access.db);
        expect(stored).toEqual(recounted);
      }),
      { numRuns: 12, seed: 20260115 },
    );
    await expectReportsAgree(storage, areas);
    // Every kind of write was really made (a property over writes that all failed proves nothing).
    expect([...applied.keys()].sort()).toEqual([...new Set(OP_KINDS)].sort());
  });

  it('WC-SUP-016: concurrent writers to one site and one worker leave the rollups equal to a recount', async () => {
    // On PostgreSQL each write is its own transaction on its own pooled connection: a trigger that
    // recomputed a row from a stale snapshot would lose a concurrent writer's machine.
    const owner = await storage.owners.create({
      kind: 'enterprise',
      name: '并发企业',
      creditCode: '91310120MA1C000001',
      townId: towns[0] as string,
    });
    const site = await storage.sites.create({
      ownerId: owner.id,
      townId: towns[0] as string,
      name: '并发车间',
      sector: 'hospital',
    });
    const worker = await storage.workers.create({
      name: '并发焊工',
      idNumber: idNumber(),
      employerId: owner.id,
    });
    await Promise.all([
      ...Array.from({ length: 12 }, (_, k) =>
        storage.machines.create({
          ownerId: owner.id,
          siteId: site.id,
          brand: '并发',
          model: 'ZX7',
          serial: `C${k}`,
          kind: 'arc',
        }),
      ),
      ...Array.from({ length: 6 }, (_, k) =>
        storage.certificates.create(worker.id, {
          type: 'em-welding',
          number: `CC${k}`,
          issuer: '应急管理局',
          issuedOn: '2020-01-01',
          expiresOn: EXPIRIES[k % EXPIRIES.length] as string,
        }),
      ),
    ]);
    const { stored, recounted } = await rollupsAndRecount(storage.access.db);
    expect(stored).toEqual(recounted);
    const row = (stored.rollup_sites as unknown[][]).find((r) => r[0] === site.id);
    expect(row?.[4]).toBe(12);
  });

  it.runIf(backend.name === 'postgres')(
    'WC-SUP-016: a write committed while another waits is counted by both (no lost update on PostgreSQL)',
    async () => {
      const db = storage.access.db;
      const [site] = await db.query("SELECT id, owner_id FROM sites WHERE name = '并发车间'");
      const siteId = String(site?.id);
      const ownerId = String(site?.owner_id);
      let second: Promise<unknown> | undefined;
      // The first transaction counts its machine and stays open while the second one writes.
      await db.transaction(async (tx) => {
        await tx.execute(
          `INSERT INTO machines (id, owner_id, site_id, brand, model, serial, kind, status, code_no, created_at)
           VALUES ('mch_interleaved', ?, ?, '并发', 'ZX7', 'I1', 'arc', 'registered', 990001, 0)`,
          [ownerId, siteId],
        );
        second = storage.machines.create({
          ownerId,
          siteId,
          brand: '并发',
          model: 'ZX7',
          serial: 'I2',
          kind: 'arc',
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      await second;
      const { stored, recounted } = await rollupsAndRecount(db);
      expect(stored).toEqual(recounted);
      expect((stored.rollup_sites as unknown[][]).find((r) => r[0] === siteId)?.[4]).toBe(14);
    },
  );

  it('WC-SUP-017: a rebuild repairs rollup rows changed behind the triggers', async () => {
    const db = storage.access.db;
    await db.execute('UPDATE rollup_sites SET machines = machines + 7');
    await db.execute('DELETE FROM rollup_workers');
    const broken = await rollupsAndRecount(db);
    expect(broken.stored).not.toEqual(broken.recounted);
    await storage.supervision.rebuildRollups();
    const repaired = await rollupsAndRecount(db);
    expect(repaired.stored).toEqual(repaired.recounted);
    await expectReportsAgree(storage, areas.slice(0, 2));
  });

  it('WC-SUP-017: upgrading a populated database fills the rollups from the rows already stored', async () => {
    const fresh = await backend.fresh();
    const raw = fresh.db.startsWith('postgres')
      ? await openPostgresDatabase({ url: fresh.db })
      : await openSqliteDatabase({ path: fresh.db });
    const before = MIGRATIONS.filter((m) => m.name !== 'supervision-rollups');
    try {
      await migrate(raw, before);
      const insert = (table: string, row: Record<string, string | number | null>) =>
        raw.execute(
          `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
            .map(() => '?')
            .join(', ')})`,
          Object.values(row),
        );
      await insert('areas', { id: 'c', level: 'city', parent_id: null, name: '市', created_at: 0 });
      await insert('areas', { id: 'd', level: 'district', parent_id: 'c', name: '区', created_at: 0 });
      await insert('areas', { id: 't', level: 'town', parent_id: 'd', name: '镇', created_at: 0 });
      await insert('owners', { id: 'o', kind: 'enterprise', name: '厂', town_id: 't', created_at: 0 });
      await insert('sites', {
        id: 's',
        owner_id: 'o',
        town_id: 't',
        name: '车间',
        sector: 'hospital',
        created_at: 0,
      });
      for (const [id, site, status, plate] of [
        ['m1', 's', 'retrofitted', 'p1'],
        ['m2', 's', 'registered', null],
        ['m3', null, 'retrofitted', null],
        ['m4', 's', 'decommissioned', null],
      ] as const) {
        await insert('machines', {
          id,
          owner_id: 'o',
          site_id: site,
          brand: 'b',
          model: 'm',
          serial: id,
          kind: 'arc',
          status,
          plate_id: plate,
          code_no: 70000 + Number(id.slice(1)),
          created_at: 0,
        });
      }
      for (const w of ['w1', 'w2']) {
        await insert('workers', {
          id: w,
          name: w,
          id_number_hash: w,
          id_number_masked: w,
          employer_id: 'o',
          code_no: 80000 + Number(w.slice(1)),
          created_at: 0,
        });
      }
      await insert('certificates', {
        id: 'c1',
        worker_id: 'w1',
        type: 'em-welding',
        number: '1',
        issuer: 'x',
        issued_on: '2020-01-01',
        expires_on: '2030-01-01',
        created_at: 0,
      });
      await migrate(raw, MIGRATIONS);
      const { stored, recounted } = await rollupsAndRecount(raw);
      expect(stored).toEqual(recounted);
      expect(stored.rollup_sites).toEqual([['s', 'o', 't', 'hospital', 2, 1, 1, 1]]);
      expect(stored.rollup_owners).toEqual([['o', 't', 1, 1, 0, 0]]);
    } finally {
      await raw.close();
    }
    const upgraded = await openStorage({ db: fresh.db });
    try {
      const progress = await upgraded.supervision.progress('c', undefined, AT);
      expect(progress.totals).toMatchObject({
        sites: 1,
        machines: 3,
        chippedMachines: 2,
        workers: 2,
        certifiedWorkers: 1,
      });
      await expectReportsAgree(upgraded, ['c', 'd', 't']);
    } finally {
      await upgraded.close();
      await fresh.drop();
    }
  });
});

const OP_KINDS: Op['op'][] = [
  'owner',
  'site',
  'machine',
  'retrofit',
  'plate',
  'worker',
  'certificate',
  'training',
  'inspection',
  'move-machines',
  'decommission',
  'delete-machine',
  'site-sector',
  'owner-town',
  'employer',
  'expiry',
  'two-certificates',
  'delete-certificates',
  'delete-attendance',
];
