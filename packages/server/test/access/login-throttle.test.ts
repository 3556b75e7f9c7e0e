import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Storage } from '../../src/index';
import { expectProblem } from '../support/app';
import { BACKENDS, freshStorage } from '../support/backends';

const PASSWORD = 'correct horse battery';

describe.each(BACKENDS)('sign-in is rate-limited ($name)', (backend) => {
  let app: FastifyInstance;
  let storage: Storage;
  let close: () => Promise<void>;

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
    close = async () => {
      await app.close();
      await fresh.close();
    };
  });
  afterAll(() => close());

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
});
