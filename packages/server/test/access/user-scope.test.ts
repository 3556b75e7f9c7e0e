import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Storage } from '../../src/index';
import { expectProblem, tokenFor } from '../support/app';
import { BACKENDS, freshStorage } from '../support/backends';
import { buildWorld, type World } from './support/world';

describe.each(BACKENDS)(
  'a city administrator and the chip and worker users of its city ($name)',
  (backend) => {
    let storage: Storage;
    let world: World;
    let app: Awaited<ReturnType<typeof createServer>>;
    let close: () => Promise<void>;
    let token: string;
    const users: Record<string, string> = {};

    beforeAll(async () => {
      const fresh = await freshStorage(backend);
      storage = fresh.storage;
      app = await createServer({ storage, logger: false, docs: false });
      world = await buildWorld(storage);
      const admin = await storage.access.users.create({
        username: 'c1-admin',
        displayName: '市管理员',
        role: 'city-admin',
        areaId: world.areas.c1,
      });
      token = await tokenFor(storage, admin.id);
      const { t1, t4 } = world.towns;
      for (const [name, input] of [
        ['chip-in', { role: 'chip', chipId: t1.chipA }],
        ['chip-out', { role: 'chip', chipId: t4.chipA }],
        ['worker-in', { role: 'worker', workerId: t1.workerA }],
        ['worker-out', { role: 'worker', workerId: t4.workerA }],
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
  },
);
