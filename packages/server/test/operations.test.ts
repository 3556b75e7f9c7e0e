import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, openApiDocument, openStorage } from '../src/index';
import { MIGRATIONS } from '../src/storage/migrations';
import { expectProblem, testApp } from './support/app';
import { BACKENDS } from './support/backends';

// Hang guards only (tests never assert durations): a loaded 2-core CI machine with PostgreSQL is slow.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

describe.each(BACKENDS)('health and readiness on $name', (backend) => {
  let t: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    t = await testApp(backend);
  });
  afterAll(async () => t.close());

  it('WC-SRV-010: /healthz answers ok', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('WC-SRV-011: /readyz is ready when storage answers and migrations are applied', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      storage: backend.name,
      migrations: { applied: MIGRATIONS.map((m) => m.version), pending: [] },
    });
  });
});

describe('readiness failures and metrics', () => {
  it('WC-SRV-011 WC-SRV-010: pending migrations make /readyz 503 while /healthz stays 200', async () => {
    const storage = await openStorage({ db: ':memory:', migrate: false });
    const app = await createServer({ storage, logger: false, docs: false });
    const problem = expectProblem(
      await app.inject({ method: 'GET', url: '/readyz' }),
      503,
      'ERR_SRV_NOT_READY',
    );
    expect(problem.details).toEqual({ pending: MIGRATIONS.map((m) => m.version) });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await app.close();
    await storage.close();
  });

  it('WC-SRV-011: a closed database makes /readyz 503', async () => {
    const storage = await openStorage({ db: ':memory:' });
    const app = await createServer({ storage, logger: false, docs: false });
    await storage.close();
    expectProblem(await app.inject({ method: 'GET', url: '/readyz' }), 503, 'ERR_SRV_NOT_READY');
    await app.close();
  });

  it('WC-SRV-012: /metrics counts requests by route template, not by path', async () => {
    const t = await testApp(BACKENDS[0]!);
    await t.app.inject({ method: 'GET', url: '/v1/areas/area_one' });
    await t.app.inject({ method: 'GET', url: '/v1/areas/area_two' });
    const response = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain(
      'weldcode_http_requests_total{method="GET",route="/v1/areas/:id",status="404"} 2',
    );
    expect(response.body).not.toContain('area_one');
    expect(response.body).toContain('weldcode_process_cpu_seconds_total');
    await t.close();
  });
});

describe('OpenAPI document', () => {
  let generated: string;
  // Building the document boots a whole server: give it time on a loaded 2-core machine.
  beforeAll(async () => {
    generated = await openApiDocument();
  }, 60_000);

  it('WC-SRV-013: the committed openapi.json is what the route schemas generate, reproducibly', async () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(generated));
    expect(await openApiDocument()).toBe(generated);
  }, 60_000);

  it('WC-SRV-013: is OpenAPI 3.1 and every operation documents its errors as problem documents', () => {
    const document = JSON.parse(generated) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    expect(document.openapi).toBe('3.1.0');
    let operations = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations += 1;
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400) {
            expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([
              'application/problem+json',
            ]);
          }
        }
        const takesInput = path.includes('{') || method === 'post' || path.startsWith('/v1/');
        if (takesInput && path !== '/v1/vocabulary') {
          expect(Object.keys(operation.responses), `${method} ${path}`).toContain('400');
        }
      }
    }
    expect(operations).toBeGreaterThan(25);
  });

  it('WC-SRV-013: serves the document and the interactive docs', { timeout: 30_000 }, async () => {
    const storage = await openStorage({ db: ':memory:' });
    const app = await createServer({ storage, logger: false });
    const document = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(document.json().openapi).toBe('3.1.0');
    const docs = await app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
    await app.close();
    await storage.close();
  });
});
