import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROBLEM_CATALOG } from '../src/http/problem-catalog';
import { expectProblem, testApp } from './support/app';
import { BACKENDS } from './support/backends';

// Hang guards only (tests never assert durations): a loaded 2-core CI machine with PostgreSQL is slow.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

const sqlite = BACKENDS[0]!;

describe('problem documents', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, close } = await testApp(sqlite));
    // A route that fails unexpectedly, to check that internals do not leak.
    app.get('/test/explode', async () => {
      throw new Error('secret connection string postgres://user:hunter2@db');
    });
  });
  afterAll(async () => close());

  it('WC-SRV-001 WC-SRV-005: an unknown route is a 404 problem document', async () => {
    const problem = expectProblem(
      await app.inject({ method: 'GET', url: '/v1/nothing?x=1' }),
      404,
      'ERR_SRV_NOT_FOUND',
    );
    expect(problem.instance).toBe('/v1/nothing');
    expectProblem(await app.inject({ method: 'DELETE', url: '/v1/areas' }), 404, 'ERR_SRV_NOT_FOUND');
  });

  it('WC-SRV-003: a schema violation lists every failure with its location and pointer', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/areas',
      payload: { level: 'village', name: '' },
    });
    const problem = expectProblem(response, 400, 'ERR_SRV_VALIDATION');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ location: 'body', pointer: '/level' }),
        expect.objectContaining({ location: 'body', pointer: '/name' }),
      ]),
    );
    const query = expectProblem(
      await app.inject({ method: 'GET', url: '/v1/areas?limit=9999' }),
      400,
      'ERR_SRV_VALIDATION',
    );
    expect(query.errors).toEqual([expect.objectContaining({ location: 'querystring', pointer: '/limit' })]);
    const params = expectProblem(
      await app.inject({ method: 'GET', url: '/v1/areas/a%20b' }),
      400,
      'ERR_SRV_VALIDATION',
    );
    expect(params.errors).toEqual([expect.objectContaining({ location: 'params', pointer: '/id' })]);
  });

  it('WC-SRV-004: an unknown body member is rejected, not dropped', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/areas',
      payload: { level: 'city', name: '上海', nmae: 'x' },
    });
    const problem = expectProblem(response, 400, 'ERR_SRV_VALIDATION');
    expect(problem.errors).toEqual([{ location: 'body', pointer: '/nmae', message: 'unknown member' }]);
  });

  it('WC-SRV-005: malformed JSON and foreign media types are problems too', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/v1/areas',
      headers: { 'content-type': 'application/json' },
      payload: '{"level": "city",',
    });
    expectProblem(malformed, 400, 'ERR_SRV_MALFORMED_BODY');
    const text = await app.inject({
      method: 'POST',
      url: '/v1/areas',
      headers: { 'content-type': 'text/plain' },
      payload: 'level=city',
    });
    expectProblem(text, 415, 'ERR_SRV_UNSUPPORTED_MEDIA_TYPE');
    const big = await app.inject({
      method: 'POST',
      url: '/v1/areas',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ level: 'city', name: 'x'.repeat(2 << 20) }),
    });
    expectProblem(big, 413, 'ERR_SRV_PAYLOAD_TOO_LARGE');
  });

  it('WC-SRV-006: an internal failure reveals nothing but its code', async () => {
    const response = await app.inject({ method: 'GET', url: '/test/explode' });
    const problem = expectProblem(response, 500, 'ERR_SRV_INTERNAL');
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('secret');
    expect(problem).not.toHaveProperty('stack');
  });

  it('WC-SRV-007 WC-SRV-002: every problem type resolves to its description', async () => {
    for (const [code, entry] of Object.entries(PROBLEM_CATALOG)) {
      expect(code).toMatch(/^ERR_SRV_[A-Z_]+$/);
      const response = await app.inject({ method: 'GET', url: `/problems/${code}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ type: `/problems/${code}`, code, ...entry });
    }
    expectProblem(
      await app.inject({ method: 'GET', url: '/problems/ERR_SRV_NOPE' }),
      404,
      'ERR_SRV_NOT_FOUND',
    );
    expectProblem(await app.inject({ method: 'GET', url: '/problems/toString' }), 400, 'ERR_SRV_VALIDATION');
  });

  it('WC-SRV-008 WC-SRV-001: arbitrary bodies on every POST route yield success or a problem, never a crash', async () => {
    const routes = [
      '/v1/areas',
      '/v1/owners',
      '/v1/sites',
      '/v1/machines',
      '/v1/chips',
      '/v1/workers',
      '/v1/permits',
      '/v1/retrofits',
      '/v1/crowded-places',
      '/v1/special-periods',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async (url, body) => {
        const response = await app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        if (response.statusCode === 201) return;
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(Object.keys(PROBLEM_CATALOG)).toContain(response.json().code);
      }),
      { numRuns: 300 },
    );
  });

  it('WC-SRV-008 WC-SRV-003: arbitrary query strings on listings never crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/areas', '/v1/sites', '/v1/machines', '/v1/permits', '/v1/audit', '/v1/workers'),
        fc.dictionary(
          fc.constantFrom('limit', 'cursor', 'level', 'sector', 'status', 'idNumber', 'x'),
          fc.string(),
        ),
        async (url, query) => {
          const response = await app.inject({ method: 'GET', url, query });
          if (response.statusCode === 200) {
            expect(response.json()).toHaveProperty('items');
            return;
          }
          expectProblem(response, 400, 'ERR_SRV_VALIDATION');
        },
      ),
      { numRuns: 300 },
    );
  });
});
