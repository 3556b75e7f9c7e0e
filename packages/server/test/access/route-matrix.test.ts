import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROUTE_ACCESS, routeAccess } from '../../src/access/route-access';
import type { ResourceKind } from '../../src/access/scope';
import type { Storage } from '../../src/index';
import { testApp } from '../support/app';
import { BACKENDS } from '../support/backends';
import { buildWorld, type Caller, callers, type World } from './support/world';

// Hang guards only (tests never assert durations): a loaded 2-core CI machine with PostgreSQL is slow.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

interface Operation {
  method: string;
  /** Fastify's form: `/v1/areas/:id`. */
  url: string;
}

/** Every operation of the generated OpenAPI document: the routes a client can call. */
function operations(app: FastifyInstance): Operation[] {
  const document = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({
      method: method.toUpperCase(),
      url: path.replace(/\{([^}]+)\}/g, ':$1'),
    })),
  );
}

/** The request that names `ids` (kind → id) in every place the route's rule checks. */
function request(op: Operation, pick: (kind: ResourceKind) => string | undefined) {
  const rule = routeAccess(op.method, op.url);
  let url = op.url;
  for (const [param, kind] of Object.entries(rule?.params ?? {})) {
    const id = pick(kind);
    if (id === undefined) return undefined;
    url = url.replace(`:${param}`, encodeURIComponent(id));
  }
  const query = new URLSearchParams();
  for (const [field, kind] of Object.entries(rule?.query ?? {})) {
    const id = pick(kind);
    if (id === undefined) return undefined;
    query.set(field, id);
  }
  const body: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(rule?.body ?? {})) {
    const id = pick(kind);
    if (id !== undefined) body[field] = field.endsWith('Ids') ? [id] : id;
  }
  const search =
    query.size > 0 ? `?${query}` : op.method === 'GET' && rule?.list !== undefined ? '?limit=500' : '';
  return {
    method: op.method as 'GET',
    url: `${url}${search}`,
    ...(op.method === 'GET' ? {} : { payload: body }),
  };
}

/** Each single out-of-scope reference a route could be given, the rest in scope. */
function crossScopeRequests(op: Operation, caller: Caller) {
  const rule = routeAccess(op.method, op.url);
  const references: [string, ResourceKind][] = [
    ...Object.entries(rule?.params ?? {}),
    ...Object.entries(rule?.query ?? {}),
    ...Object.entries(rule?.body ?? {}),
  ];
  const out: { field: string; foreignId: string; req: NonNullable<ReturnType<typeof request>> }[] = [];
  for (const [field, kind] of references) {
    for (const foreignId of caller.foreign[kind] ?? []) {
      // The named field gets the foreign record; every other reference is the caller's own or a
      // foreign one of the same kind (so the request is always about a record outside scope).
      const req = request(op, (k) => (k === kind ? foreignId : (caller.own[k] ?? caller.foreign[k]?.[0])));
      if (req !== undefined) out.push({ field, foreignId, req });
    }
  }
  return out;
}

describe.each(BACKENDS)('access matrix on $name', (backend) => {
  let app: FastifyInstance;
  let storage: Storage;
  let close: () => Promise<void>;
  let world: World;
  let everyone: Caller[];
  let ops: Operation[];

  beforeAll(async () => {
    ({ app, storage, close } = await testApp(backend, { as: 'anonymous', testClock: true }));
    world = await buildWorld(storage);
    everyone = await callers(storage, world);
    await app.ready();
    ops = operations(app);
  });
  afterAll(async () => close());

  it('WC-SUP-005: every route of the OpenAPI document has an access rule, and every path parameter a kind', () => {
    expect(ops.length).toBeGreaterThan(40);
    for (const op of ops) {
      const rule = routeAccess(op.method, op.url);
      expect(
        rule,
        `${op.method} ${op.url} has no entry in ROUTE_ACCESS (src/access/route-access.ts)`,
      ).toBeDefined();
      if (rule?.roles === 'public') continue;
      for (const param of op.url.match(/:[A-Za-z]+/g) ?? []) {
        expect(
          rule?.params?.[param.slice(1)],
          `${op.method} ${op.url}: ${param} has no resource kind`,
        ).toBeDefined();
      }
    }
    // The table holds no stale rules either: each names a route that exists.
    const known = new Set(ops.map((op) => `${op.method} ${op.url}`));
    for (const [key, rule] of Object.entries(ROUTE_ACCESS)) {
      if (rule.roles !== 'public') expect(known, key).toContain(key);
    }
  });

  it('WC-SUP-003: without credentials, every non-public route answers 401', async () => {
    for (const op of ops) {
      if (routeAccess(op.method, op.url)?.roles === 'public') continue;
      const req = request(op, () => 'rec_0000000000000000') ?? { method: op.method as 'GET', url: op.url };
      const response = await app.inject(req);
      expect(response.statusCode, `${op.method} ${op.url}`).toBe(401);
      const forged = await app.inject({ ...req, headers: { authorization: 'Bearer not-a-token' } });
      expect(forged.statusCode, `${op.method} ${op.url} with a forged token`).toBe(401);
    }
  });

  it('WC-SUP-006 WC-SUP-007: no role reads or changes a record outside its scope through any route', async () => {
    let refused = 0;
    for (const caller of everyone) {
      const headers = { authorization: `Bearer ${caller.token}` };
      const allowed = new Set(caller.referenced);
      const leaks = Object.values(caller.foreign)
        .flat()
        .filter((id) => !allowed.has(id));
      for (const op of ops) {
        const rule = routeAccess(op.method, op.url);
        if (rule?.roles === 'public') continue;
        for (const { field, foreignId, req } of crossScopeRequests(op, caller)) {
          const response = await app.inject({ ...req, headers });
          expect(
            response.statusCode,
            `${caller.name} ${op.method} ${req.url} (${field} = ${foreignId})`,
          ).toBe(403);
          refused += 1;
        }
        // Listings and reports: whatever they answer, nothing of another scope is in it.
        const plain = request(op, (k) => caller.own[k]);
        if (plain === undefined) continue;
        const response = await app.inject({ ...plain, headers });
        if (response.statusCode < 300) {
          for (const id of leaks) {
            expect(response.body.includes(id), `${caller.name} ${op.method} ${plain.url} reveals ${id}`).toBe(
              false,
            );
          }
        }
      }
    }
    expect(refused).toBeGreaterThan(500);
  });

  it('WC-SUP-004 WC-SUP-006: the same routes with in-scope records pass the guard for the roles they name', async () => {
    let passed = 0;
    for (const caller of everyone) {
      const headers = { authorization: `Bearer ${caller.token}` };
      for (const op of ops) {
        const rule = routeAccess(op.method, op.url);
        if (rule === undefined || typeof rule.roles === 'string' || rule.platformOnly === true) continue;
        const req = request(op, (k) => caller.own[k]);
        if (req === undefined) continue;
        const response = await app.inject({ ...req, headers });
        const permitted = rule.roles.includes(caller.principal.role);
        if (permitted) {
          expect(response.statusCode, `${caller.name} ${op.method} ${req.url}: ${response.body}`).not.toBe(
            403,
          );
          passed += 1;
        } else {
          expect(response.statusCode, `${caller.name} may not ${op.method} ${op.url}`).toBe(403);
        }
      }
    }
    expect(passed).toBeGreaterThan(100);
  });

  it('WC-SUP-005: a route added without a rule is refused to every scoped role', async () => {
    const fresh = await testApp(backend, { as: 'anonymous', testClock: true });
    fresh.app.get('/v1/unguarded', async () => ({ secret: true }));
    const admin = await fresh.app.inject({
      method: 'GET',
      url: '/v1/unguarded',
      headers: { authorization: `Bearer ${fresh.adminToken}` },
    });
    expect(admin.statusCode).toBe(200);
    for (const caller of everyone.slice(0, 3)) {
      const user = await fresh.storage.access.users.create({
        username: `${caller.name}-unguarded`,
        displayName: caller.name,
        role: 'city-admin',
        areaId: (await fresh.storage.areas.create({ level: 'city', name: `城${caller.name}` })).id,
      });
      const token = (await fresh.storage.access.tokens.issue(user.id)).token;
      const response = await fresh.app.inject({
        method: 'GET',
        url: '/v1/unguarded',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('ERR_SRV_FORBIDDEN');
    }
    await fresh.close();
  });
});
