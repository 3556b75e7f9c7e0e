/**
 * The console's first screen for a city of 300,000 machines, 50 districts and 2,000 towns, on
 * loopback: from navigating to /console/ (logged in) until the overview's charts are drawn.
 * Run with `pnpm -C packages/console bench` (needs /usr/bin/chromium).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStorage, startServer } from '@weldcode/server';
import type { Browser } from 'playwright-core';
import { Bench } from 'tinybench';
import { build } from 'vite';
import { Api } from '../test/support/api';
import { launchChromium } from '../test/support/browser';
import { seedCity } from './seed-city';

const ADMIN_PASSWORD = 'bench-admin-password';
const PASSWORD = 'bench-user-password';

const work = mkdtempSync(join(tmpdir(), 'weldcode-console-bench-'));
const dataDir = join(work, 'data');
const consoleDir = join(work, 'app');
let browser: Browser | undefined;
try {
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    build: { outDir: consoleDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  const storage = await openStorage({ dataDir });
  await storage.close();
  const started = performance.now();
  const city = seedCity(join(dataDir, 'weldcode.sqlite'));
  console.log(
    `seeded ${city.machines.toLocaleString()} machines in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const server = await startServer({
    port: 0,
    dataDir,
    logger: false,
    docs: false,
    consoleDir,
    adminPassword: ADMIN_PASSWORD,
    ingest: false,
  });
  const admin = await new Api(server.url).login('admin', ADMIN_PASSWORD);
  const users = [
    { username: 'bench-city', displayName: '市级管理员', role: 'city-admin', areaId: city.cityId },
    {
      username: 'bench-district',
      displayName: '区级监管',
      role: 'district-officer',
      areaId: city.districtId,
    },
    { username: 'bench-town', displayName: '街镇监管', role: 'town-officer', areaId: city.townId },
  ];
  for (const user of users) await admin.post('/v1/users', { ...user, password: PASSWORD });

  browser = await launchChromium();
  const bench = new Bench({ iterations: 10, warmupIterations: 2, time: 0 });
  for (const user of users) {
    const api = await new Api(server.url).login(user.username, PASSWORD);
    const login = await api.post<unknown>('/v1/auth/login', { username: user.username, password: PASSWORD });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // A logged-in tab: the session the login page would have saved.
    await context.addInitScript(
      (session) => sessionStorage.setItem('weldcode.session', session),
      JSON.stringify(login),
    );
    const page = await context.newPage();
    const drawn = user.role === 'town-officer' ? 'totals' : 'chart-children';
    // Side by side: the API call the first screen makes, alone, and the whole first screen.
    bench.add(`${user.role}: GET /v1/progress alone`, async () => {
      await api.get(`/v1/progress?areaId=${user.areaId}`);
    });
    bench.add(`${user.role}: first screen (navigate → charts drawn)`, async () => {
      await page.goto('about:blank');
      await page.goto(`${server.url}/console/`);
      await page.getByTestId(drawn).waitFor();
    });
  }
  await bench.run();
  console.table(
    bench.tasks.map((task) => {
      const latency = task.result !== undefined && 'latency' in task.result ? task.result.latency : undefined;
      return {
        task: task.name,
        'mean (ms)': latency?.mean.toFixed(0),
        'p50 (ms)': latency?.p50?.toFixed(0),
        'max (ms)': latency?.max.toFixed(0),
        samples: latency?.samplesCount,
      };
    }),
  );
  await server.close();
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}
