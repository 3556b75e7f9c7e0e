import { inspectCode, issueCode, QrVerifier } from '@weldcode/qr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacySiteNumber } from '../../src/codes/code-service';
import { openStorage } from '../../src/index';
import { migrate } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { openPostgresDatabase } from '../../src/storage/postgres-database';
import { openSqliteDatabase } from '../../src/storage/sqlite-database';
import { oneJob, testPlatform } from '../decisions/support/world';
import { BACKENDS } from '../support/backends';

const SITE_NUMBERS = MIGRATIONS.findIndex((m) => m.name === 'site-code-numbers');

describe.each(BACKENDS)('sites carry code numbers ($name)', (backend) => {
  let p: Awaited<ReturnType<typeof testPlatform>>;
  let job: Awaited<ReturnType<typeof oneJob>>;

  beforeAll(async () => {
    p = await testPlatform(backend);
    job = await oneJob(p.registry);
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
});
