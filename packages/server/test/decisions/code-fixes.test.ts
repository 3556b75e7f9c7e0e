import { bindingHash, inspectCode, issueCode, QrVerifier } from '@weldcode/qr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacySiteNumber } from '../../src/codes/code-service';
import { openStorage, type ScanDecisionEvent } from '../../src/index';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { openPostgresDatabase } from '../../src/storage/postgres-database';
import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { BACKENDS } from '../support/backends';
import { fix, offset, oneJob, testPlatform } from './support/world';

/** The signed-in user of the decisions world: every request is sent with its token. */
const SIGNED_IN = 'decisions-admin';
/** Whom a client tries to act as, through a body member. */
const SOMEONE_ELSE = 'mallory';
const SITE_NUMBERS = MIGRATIONS.findIndex((m) => m.name === 'site-code-numbers');

interface Code {
  id: string;
  text: string;
  serial: number;
  bindingHash: string;
  state: string;
  subjectId: string;
}

/**
 * One platform per engine for the code and decision fixes: sites' code numbers (WC-SRV-048),
 * unknown plates (WC-SRV-145), who acts (WC-SUP-040) and permits re-issued with their plates and
 * credentials (WC-SRV-083), in that order (the last re-issues the job's codes).
 */
describe.each(BACKENDS)('codes, decisions and who acts ($name)', (backend) => {
  let p: Awaited<ReturnType<typeof testPlatform>>;
  let job: Awaited<ReturnType<typeof oneJob>>;
  let permitId: string;
  const centre = { lat: 30.9181, lon: 121.4741 };

  const post = async (url: string, payload: object) => {
    const response = await p.app.inject({ method: 'POST', url, payload });
    expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  const actorsOf = async (action: string) =>
    (await p.storage.audit.list({ action, limit: 100 })).items.map((e) => e.actor);
  const code = async (id: string) => (await p.app.inject({ url: `/v1/codes/${id}` })).json() as Code;
  const permitCode = async () => (await p.registry.post(`/v1/permits/${permitId}/code`, {})) as Code;
  const hashesOf = (text: string) => {
    const payload = inspectCode(text).payloadValue;
    if (payload.kind !== 'permit') throw new Error('not a permit code');
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    return { plates: payload.plateHashes.map(hex), credentials: payload.credentialHashes.map(hex) };
  };
  const scan = async (plate: string, credential: string, permit: string) =>
    (
      await p.app.inject({
        method: 'POST',
        url: '/v1/scans',
        payload: {
          plate,
          credential,
          permit,
          phone: fix(centre),
          fireWatcher: fix(offset(centre.lat, centre.lon, 8, 7)),
        },
      })
    ).json() as { accepted: boolean; reasons: string[] };

  beforeAll(async () => {
    p = await testPlatform(backend);
    job = await oneJob(p.registry, centre);
    permitId = (await code(job.permitCode.id)).subjectId;
    p.clock.set('2026-06-01T08:00:00+08:00');
  });
  afterAll(() => p.close());

  it('WC-SRV-048: a permit code names its site by the site code number', async () => {
    const site = (await p.app.inject({ url: `/v1/sites/${job.site.id}` })).json();
    expect(site.codeNo).toBeGreaterThanOrEqual(65536);
    const code = (await p.app.inject({ url: `/v1/codes/${job.permitCode.id}` })).json();
    expect(code.payload.siteId).toBe(site.codeNo);
    const found = (await p.app.inject({ url: `/v1/sites?codeNo=${site.codeNo}` })).json();
    expect(found.items.map((s: { id: string }) => s.id)).toEqual([job.site.id]);
  });

  it('WC-SRV-048: a permit code issued before sites had numbers (hash prefix) still verifies', async () => {
    const current = inspectCode(job.permitCode.text).payloadValue;
    if (current?.kind !== 'permit') throw new Error('not a permit code');
    const legacy = issueCode(
      { ...current, siteId: legacySiteNumber(job.site.id) },
      p.storage.keys.issuer.secretKey,
    );
    const bytes = async (url: string) => new Uint8Array((await p.app.inject({ url })).rawPayload);
    const verifier = new QrVerifier({
      roots: [p.storage.keys.root.publicKey],
      clock: () => Math.floor(Date.parse('2026-06-01T08:00:00+08:00') / 1000),
    });
    verifier.loadTrustList(await bytes('/v1/trust-list'));
    verifier.loadRevocationList(await bytes('/v1/revocations'));
    const result = verifier.verify(legacy.text, { expectKind: 'permit' });
    expect({ valid: result.valid, reason: result.reason }).toEqual({ valid: true, reason: 'OK' });
  });

  it('WC-SRV-048: upgrading numbers existing sites in id order and new sites continue the count', async () => {
    const fresh = await backend.fresh();
    const raw = fresh.db.startsWith('postgres')
      ? await openPostgresDatabase({ url: fresh.db })
      : await openSqliteDatabase({ path: fresh.db });
    try {
      await migrate(raw, MIGRATIONS.slice(0, SITE_NUMBERS));
      const insert = (table: string, row: Record<string, string | number | null>) =>
        raw.execute(
          `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
            .map(() => '?')
            .join(', ')})`,
          Object.values(row),
        );
      await insert('areas', { id: 'area_c', level: 'city', parent_id: null, name: '上海市', created_at: 1 });
      await insert('areas', {
        id: 'area_d',
        level: 'district',
        parent_id: 'area_c',
        name: '奉贤区',
        created_at: 1,
      });
      await insert('areas', {
        id: 'area_t',
        level: 'town',
        parent_id: 'area_d',
        name: '青村镇',
        created_at: 1,
      });
      await insert('owners', {
        id: 'own_1',
        kind: 'enterprise',
        name: '厂',
        credit_code: '91310120MA1H0000X1',
        town_id: 'area_t',
        created_at: 1,
      });
      for (const id of ['site_b', 'site_a']) {
        await insert('sites', {
          id,
          owner_id: 'own_1',
          town_id: 'area_t',
          name: id,
          sector: 'industry-trade',
          created_at: 1,
        });
      }
      await migrate(raw, MIGRATIONS);
    } finally {
      await raw.close();
    }
    const upgraded = await openStorage({ db: fresh.db });
    try {
      const sites = await upgraded.sites.list({ limit: 10 });
      expect(sites.items.map((s) => [s.id, s.codeNo])).toEqual([
        ['site_a', 65536],
        ['site_b', 65537],
      ]);
      const next = await upgraded.sites.create({
        ownerId: 'own_1',
        townId: 'area_t',
        name: '新厂房',
        sector: 'industry-trade',
      });
      expect(next.codeNo).toBe(65538);
    } finally {
      await upgraded.close();
      await fresh.drop();
    }
  });

  it('WC-SRV-145: a scan of a plate naming no registered machine is audited and announced under that plate', async () => {
    const seen: ScanDecisionEvent[] = [];
    p.events.on('scan-decision', (event) => seen.push(event));
    const plates = [9_000_001, 9_000_002].map((machineId) =>
      issueCode(
        { kind: 'plate', machineId, chipId: 1, district: 310120, issuedOn: '2026-05-01', plateSeq: 1 },
        p.storage.keys.issuer.secretKey,
      ),
    );
    for (const plate of plates) {
      const response = await p.app.inject({
        method: 'POST',
        url: '/v1/scans',
        payload: {
          plate: plate.text,
          credential: job.credential.text,
          phone: fix({ lat: 30.9181, lon: 121.4741 }),
        },
      });
      expect(response.json().accepted).toBe(false);
    }
    const keys = plates.map((plate) => Buffer.from(bindingHash(plate.bytes)).toString('hex'));
    expect(seen.map((e) => [e.machineId, e.plate])).toEqual(keys.map((key) => [undefined, key]));
    const audit = await p.storage.audit.list({ action: 'scan-to-start', subjectType: 'plate', limit: 10 });
    expect(audit.items.map((e) => e.subjectId)).toEqual(keys);
  });

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

  it('WC-SRV-083: a reprinted plate re-issues the permit code, which binds the new plate; the old permit code is superseded', async () => {
    const plate = (await p.registry.post(`/v1/machines/${job.machine.machine.id}/plate`, {})) as Code;
    expect((await code(job.permitCode.id)).state).toBe('superseded');
    const reissued = await permitCode();
    expect(reissued.id).not.toBe(job.permitCode.id);
    expect(reissued.serial).toBe(1);
    expect(hashesOf(reissued.text)).toEqual({
      plates: [plate.bindingHash],
      credentials: hashesOf(job.permitCode.text).credentials,
    });
    expect(await scan(plate.text, job.credential.text, reissued.text)).toMatchObject({
      accepted: true,
      reasons: [],
    });
    const stale = await scan(plate.text, job.credential.text, job.permitCode.text);
    expect(stale.accepted).toBe(false);
  });

  it('WC-SRV-083: a re-issued credential re-issues the permit code too', async () => {
    const before = await permitCode();
    const credential = (await p.registry.post(`/v1/workers/${job.welder.worker.id}/credential`, {
      idNumber: job.welder.idNumber,
    })) as Code;
    const after = await permitCode();
    expect(after.serial).toBe(before.serial + 1);
    expect(hashesOf(after.text).credentials).toEqual([credential.bindingHash]);
    const plate = (await p.app.inject({ url: `/v1/machines/${job.machine.machine.id}` })).json().plateId;
    expect(await scan((await code(plate)).text, credential.text, after.text)).toMatchObject({
      accepted: true,
    });
    const issued = await p.storage.audit.list({ action: 'code.issue', subjectId: permitId, limit: 10 });
    expect(issued.items.map((e) => e.details.serial)).toEqual([0, 1, 2]);
  });
});
