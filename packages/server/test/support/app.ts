import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { createServer, type Storage, type StorageOptions, TestClock } from '../../src/index';
import { type Backend, freshStorage } from './backends';

/** Who the test app's requests are sent as. */
export type TestCaller = 'platform-admin' | 'anonymous';

/**
 * Sends every `inject` with `Authorization: Bearer <token>` unless the request sets its own
 * `authorization` header (set it to `''` to send none).
 */
export function authenticateInjects(app: FastifyInstance, token: string): void {
  const inject = app.inject.bind(app) as (options: InjectOptions | string) => Promise<LightMyRequestResponse>;
  const withToken = (options: InjectOptions | string): Promise<LightMyRequestResponse> => {
    const o: InjectOptions = typeof options === 'string' ? { url: options } : options;
    const headers = { ...(o.headers ?? {}) } as Record<string, string>;
    if (!('authorization' in headers)) headers.authorization = `Bearer ${token}`;
    if (headers.authorization === '') delete headers.authorization;
    return inject({ ...o, headers });
  };
  (app as unknown as { inject: typeof withToken }).inject = withToken;
}

/** A bearer token for `userId`, as `POST /v1/auth/login` would issue it. */
export async function tokenFor(storage: Storage, userId: string): Promise<string> {
  return (await storage.access.tokens.issue(userId)).token;
}

/**
 * Creates a platform administrator and sends `app`'s injects as it (for suites that build their
 * server with `createServer` themselves); resolves to its token.
 */
export async function authenticateAsPlatformAdmin(app: FastifyInstance, storage: Storage): Promise<string> {
  const admin = await storage.access.users.create({
    username: `test-admin-${Math.random().toString(36).slice(2, 10)}`,
    displayName: '测试管理员',
    role: 'city-admin',
  });
  const token = await tokenFor(storage, admin.id);
  authenticateInjects(app, token);
  return token;
}

/**
 * A server on a fresh database of `backend`, exercised with Fastify's `inject` (no socket).
 * Requests are authenticated as the platform administrator (a `city-admin` bound to no city,
 * who may do everything) unless `as: 'anonymous'` is given or a request sets its own
 * `authorization` header; `adminToken` is that administrator's bearer token.
 */
export async function testApp(
  backend: Backend,
  options: Omit<StorageOptions, 'db'> & { as?: TestCaller; testClock?: boolean } = {},
): Promise<{ app: FastifyInstance; storage: Storage; adminToken: string; close(): Promise<void> }> {
  const { as = 'platform-admin', testClock, ...storageOptions } = options;
  const fresh = await freshStorage(backend, storageOptions);
  const app = await createServer({
    storage: fresh.storage,
    logger: false,
    docs: false,
    // the test-clock routes exist only with one (WC-SRV-151): suites that enumerate routes enable it
    ...(testClock ? { testClock: new TestClock(Date.now()) } : {}),
  });
  const admin = await fresh.storage.access.users.create({
    username: 'test-admin',
    displayName: '测试管理员',
    role: 'city-admin',
  });
  const adminToken = await tokenFor(fresh.storage, admin.id);
  if (as === 'platform-admin') authenticateInjects(app, adminToken);
  return {
    app,
    storage: fresh.storage,
    adminToken,
    close: async () => {
      await app.close();
      await fresh.close();
    },
  };
}

/** Asserts `response` is a problem document with `status` and `code` (WC-SRV-001) and returns it. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json() as Record<string, unknown>;
  expect({ httpStatus: response.statusCode, status: problem.status, code: problem.code }).toEqual({
    httpStatus: status,
    status,
    code,
  });
  expect(problem.type).toBe(`/problems/${code}`);
  expect(typeof problem.title).toBe('string');
  expect(typeof problem.detail).toBe('string');
  expect(typeof problem.instance).toBe('string');
  return problem;
}
