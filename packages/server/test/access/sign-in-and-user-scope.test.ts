import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Storage } from '../../src/index';
import { expectProblem, tokenFor } from '../support/app';
import { BACKENDS, freshStorage } from '../support/backends';
import { chipPublicKey, idNumber } from '../support/fixtures';

const PASSWORD = 'correct horse battery';

/** A city with one town, an enterprise, a retrofitted machine and an employed worker. */
async function city(storage: Storage, name: string, tag: string) {
  const c = await storage.areas.create({ level: 'city', name });
  const district = await storage.areas.create({ level: 'district', parentId: c.id, name: `${name}一区` });
  const town = await storage.areas.create({ level: 'town', parentId: district.id, name: `${name}一镇` });
  const owner = await storage.owners.create({
    kind: 'enterprise',
    name: `${name}机械厂`,
    creditCode: `91310120MA1H${tag.padStart(6, '0')}`,
    townId: town.id,
  });
  const site = await storage.sites.create({
    ownerId: owner.id,
    townId: town.id,
    name: '车间',
    sector: 'industry-trade',
  });
  const machine = await storage.machines.create({
    ownerId: owner.id,
    siteId: site.id,
    brand: '瑞凌',
    model: 'ZX7',
    serial: `scope-${tag}`,
    kind: 'arc',
  });
  const chip = await storage.chips.create({ id: `WC-SCOPE-${tag}`, publicKey: chipPublicKey() });
  await storage.chips.retrofit({ chipId: chip.id, machineId: machine.id, installer: 'i' });
  const worker = await storage.workers.create({ name: '张三', idNumber: idNumber(), employerId: owner.id });
  return { cityId: c.id, chipId: chip.id, workerId: worker.id };
}

describe.each(BACKENDS)('sign-in limits and user scope ($name)', (backend) => {
  let app: FastifyInstance;
  let storage: Storage;
  let close: () => Promise<void>;
  let token: string;
  const users: Record<string, string> = {};

  const login = (username: string, password: string, remoteAddress = '203.0.113.7') =>
    app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password }, remoteAddress });

  beforeAll(async () => {
    const fresh = await freshStorage(backend);
    storage = fresh.storage;
    app = await createServer({
      storage,
      logger: false,
      docs: false,
      loginLimits: { perUsername: 2, perIp: 4, windowMs: 60_000 },
    });
    for (const username of ['alice', 'bob']) {
      await storage.access.users.create({
        username,
        displayName: username,
        role: 'city-admin',
        password: PASSWORD,
      });
    }
    const inside = await city(storage, '甲市', '1');
    const outside = await city(storage, '乙市', '2');
    const admin = await storage.access.users.create({
      username: 'city-admin-1',
      displayName: '市管理员',
      role: 'city-admin',
      areaId: inside.cityId,
    });
    token = await tokenFor(storage, admin.id);
    for (const [name, input] of [
      ['chip-in', { role: 'chip', chipId: inside.chipId }],
      ['chip-out', { role: 'chip', chipId: outside.chipId }],
      ['worker-in', { role: 'worker', workerId: inside.workerId }],
      ['worker-out', { role: 'worker', workerId: outside.workerId }],
    ] as const) {
      users[name] = (await storage.access.users.create({ ...input, username: name, displayName: name })).id;
    }
    close = async () => {
      await app.close();
      await fresh.close();
    };
  });
  afterAll(() => close());

  const issueKey = (userId: string) =>
    app.inject({
      method: 'POST',
      url: `/v1/users/${userId}/api-keys`,
      headers: { authorization: `Bearer ${token}` },
      payload: { label: 'chip gateway' },
    });

  it('WC-SUP-041 WC-SUP-042: a username past its attempts gets 429 ERR_SRV_RATE_LIMITED, even with the right password; failures are audited', async () => {
    expectProblem(await login('alice', 'wrong-1'), 401, 'ERR_SRV_UNAUTHENTICATED');
    expectProblem(await login('Alice', 'wrong-2'), 401, 'ERR_SRV_UNAUTHENTICATED');
    const limited = await login('alice', PASSWORD);
    const problem = expectProblem(limited, 429, 'ERR_SRV_RATE_LIMITED');
    expect(problem.details).toMatchObject({ limit: 'username' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another user signs in from the same address.
    expect((await login('bob', PASSWORD)).statusCode).toBe(200);
    const audit = await storage.audit.list({ action: 'auth.login', limit: 10 });
    expect(audit.items.map((e) => [e.subjectId, e.outcome, e.reasons[0], e.details.ip])).toEqual([
      ['alice', 'refused', 'ERR_SRV_UNAUTHENTICATED', '203.0.113.7'],
      ['Alice', 'refused', 'ERR_SRV_UNAUTHENTICATED', '203.0.113.7'],
      ['alice', 'refused', 'ERR_SRV_RATE_LIMITED', '203.0.113.7'],
    ]);
    const type = await app.inject({ url: '/problems/ERR_SRV_RATE_LIMITED' });
    expect(type.statusCode).toBe(200);
  });

  it('WC-SUP-041: an address past its attempts gets 429 whatever the username; another address does not', async () => {
    // 4 attempts from this address so far (alice ×3, bob ×1).
    const limited = expectProblem(await login('carol', 'wrong'), 429, 'ERR_SRV_RATE_LIMITED');
    expect(limited.details).toMatchObject({ limit: 'ip' });
    expect((await login('bob', PASSWORD, '198.51.100.9')).statusCode).toBe(200);
  });

  it('WC-SUP-009: issues API keys to the chip and worker users of its city, not of another', async () => {
    for (const name of ['chip-in', 'worker-in']) {
      const response = await issueKey(users[name] as string);
      expect(response.statusCode, `${name}: ${response.body}`).toBe(201);
      expect(response.json().key).toMatch(/^wck_/);
    }
    for (const name of ['chip-out', 'worker-out']) {
      expectProblem(await issueKey(users[name] as string), 403, 'ERR_SRV_FORBIDDEN');
    }
    const listed = await app.inject({
      url: '/v1/users?limit=100',
      headers: { authorization: `Bearer ${token}` },
    });
    const ids = listed.json().items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([users['chip-in'], users['worker-in']]));
    expect(ids).not.toContain(users['chip-out']);
    expect(ids).not.toContain(users['worker-out']);
  });
});
