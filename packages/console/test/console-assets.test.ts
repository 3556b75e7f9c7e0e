import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { consoleAssetsDir } from '@weldcode/console';
import { createServer, openStorage, type Storage } from '@weldcode/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type App = Awaited<ReturnType<typeof createServer>>;

describe('consoleAssetsDir', () => {
  it('names dist/app inside this package', () => {
    const dir = consoleAssetsDir();
    expect(basename(dir)).toBe('app');
    expect(basename(dirname(dir))).toBe('dist');
    expect(basename(dirname(dirname(dir)))).toBe('console');
  });
});

describe('the server serves a console build at /console/', () => {
  let storage: Storage;
  let withConsole: App;
  let withoutConsole: App;
  const dir = mkdtempSync(join(tmpdir(), 'weldcode-console-'));

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    storage = await openStorage({ db: ':memory:' });
    withConsole = await createServer({ storage, logger: false, consoleDir: dir });
    withoutConsole = await createServer({ storage, logger: false, consoleDir: join(dir, 'missing') });
  });
  afterAll(async () => {
    await withConsole.close();
    await withoutConsole.close();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers index.html and assets, and redirects /console to /console/', async () => {
    const index = await withConsole.inject({ method: 'GET', url: '/console/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.body).toContain('<title>console</title>');
    const asset = await withConsole.inject({ method: 'GET', url: '/console/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const bare = await withConsole.inject({ method: 'GET', url: '/console' });
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/console/');
  });

  it('keeps the console out of the API document', async () => {
    const document = (await withConsole.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths).some((path) => path.startsWith('/console'))).toBe(false);
    expect(Object.keys(document.paths).length).toBeGreaterThan(0);
  });

  it('serves nothing when the folder holds no build', async () => {
    const response = await withoutConsole.inject({ method: 'GET', url: '/console/' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'ERR_SRV_NOT_FOUND' });
  });
});
