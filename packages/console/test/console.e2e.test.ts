import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@weldcode/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Api } from './support/api';
import { HAS_CHROMIUM, launchChromium, logIn, SCREENSHOT_DIR, screenshot } from './support/browser';
import { type SeededDistrict, seedDistrict } from './support/seed-district';

if (!HAS_CHROMIUM) {
  console.warn(
    'CONSOLE END-TO-END TESTS ARE SKIPPED: /usr/bin/chromium is missing (apt-get install -y chromium)',
  );
}

const ADMIN_PASSWORD = 'console-e2e-admin-password';

describe.skipIf(!HAS_CHROMIUM)('web console end to end (headless Chromium, real server)', () => {
  const work = mkdtempSync(join(tmpdir(), 'weldcode-console-e2e-'));
  let server: RunningServer;
  let browser: Browser;
  let seed: SeededDistrict;
  let admin: Api;

  beforeAll(async () => {
    const consoleDir = join(work, 'app');
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      build: { outDir: consoleDir, emptyOutDir: true },
      logLevel: 'warn',
    });
    server = await startServer({
      port: 0,
      dataDir: join(work, 'data'),
      logger: false,
      docs: false,
      consoleDir,
      adminPassword: ADMIN_PASSWORD,
      ingest: false,
    });
    admin = await new Api(server.url).login('admin', ADMIN_PASSWORD);
    seed = await seedDistrict(admin, 'e2e');
    browser = await launchChromium();
  });

  afterAll(async () => {
    console.info(`console e2e screenshots (also attached to each test as annotations): ${SCREENSHOT_DIR}`);
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  // An uncaught error in the page fails the test that caused it, even if the page looked right.
  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function pageFor(username: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      acceptDownloads: true,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await logIn(page, server.url, username, seed.password);
    return { context, page };
  }

  it('a town officer sees their own town only, a district officer sees both towns', async ({ annotate }) => {
    const [townA, townB] = seed.towns;
    const town = await pageFor(seed.townOfficer);
    await expect.poll(() => town.page.getByTestId('overview-title').textContent()).toContain(townA!.name);
    expect(await town.page.locator('[data-total="machines"] dd').textContent()).toBe('3');
    expect(await town.page.locator('body').textContent()).not.toContain(townB!.name);
    await screenshot(town.page, 'town-officer-overview', annotate);

    const district = await pageFor(seed.districtOfficer);
    await expect.poll(() => district.page.getByTestId('overview-title').textContent()).toContain('奉贤区');
    expect(await district.page.locator('[data-total="machines"] dd').textContent()).toBe('5');
    const rows = district.page.getByTestId('chart-children').locator('g.row');
    expect(await rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-label')))).toEqual(
      expect.arrayContaining([townA!.name, townB!.name]),
    );
    await screenshot(district.page, 'district-officer-overview', annotate);

    // Drill down from the district's chart into one town.
    await district.page.getByTestId('chart-children').locator(`g.row[data-label="${townB!.name}"] a`).click();
    await expect.poll(() => district.page.getByTestId('overview-title').textContent()).toContain(townB!.name);
    expect(await district.page.locator('[data-total="machines"] dd').textContent()).toBe('2');
    await town.context.close();
    await district.context.close();
  });

  it('draws the map from the area’s own layers, with no tile server', async ({ annotate }) => {
    const counts: number[] = [];
    for (const username of [seed.townOfficer, seed.districtOfficer]) {
      const { context, page } = await pageFor(username);
      await page.goto(`${server.url}/console/#/map`);
      await page.locator('.leaflet-interactive').first().waitFor();
      const text = (await page.getByTestId('map-count').textContent()) ?? '';
      counts.push(Number(/\d+/.exec(text)?.[0]));
      expect(await page.locator('.leaflet-tile').count()).toBe(0);
      await screenshot(page, `map-${username}`, annotate);
      await context.close();
    }
    const [townCount, districtCount] = counts;
    expect(townCount).toBeGreaterThan(0);
    expect(districtCount).toBeGreaterThan(townCount!);
  });

  it('downloads 附件1 for the officer’s scope', async ({ annotate }) => {
    const [townA, townB] = seed.towns;
    const { context, page } = await pageFor(seed.townOfficer);
    await page.getByTestId('export-csv').waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^附件1-.*\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    // One row per owner of the town, then the town's subtotal: town B's owner is out of scope.
    expect(text).toContain(`${townA!.name}焊接加工户`);
    expect(text).not.toContain(townB!.name);
    await annotate(`附件1 CSV: ${text.split('\n').length} lines`, 'download');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    // An XLSX file is a ZIP archive.
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    await screenshot(page, 'annex1-export', annotate);
    await context.close();
  });

  it('shows machine and permit pages, and switches to English', async ({ annotate }) => {
    const [townA] = seed.towns;
    const { context, page } = await pageFor(seed.townOfficer);
    await page.goto(`${server.url}/console/#/machines/${townA!.machineIds[0]}`);
    await expect.poll(() => page.getByTestId('machine-serial').textContent()).toContain(townA!.serials[0]);
    await screenshot(page, 'machine-page', annotate);
    await page.goto(`${server.url}/console/#/permits/${seed.permitId}`);
    await expect.poll(() => page.getByTestId('permit-level').textContent()).toContain('二级');
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.getByTestId('permit-level').textContent()).toContain('Level 2');
    expect(await page.locator('header nav').textContent()).toContain('Alerts');
    await screenshot(page, 'permit-page-en', annotate);
    await context.close();
  });

  it('works the alert queue: acknowledge, then close with a note, in the officer’s scope only', async ({
    annotate,
  }) => {
    const [townA, townB] = seed.towns;
    // Alerts come from chips, not from an HTTP route: a chip's finding on the platform bus, as
    // ingest publishes it, raises one alert per town.
    for (const [chipId, kind] of [
      [townA!.chipIds[0]!, 'log-tamper'],
      [townB!.chipIds[0]!, 'stale-epoch'],
    ] as const) {
      server.events.emit('chip-alert', { kind, chipId, details: {}, receivedMs: Date.now() } as never);
    }
    await server.monitoring.idle();

    const district = await pageFor(seed.districtOfficer);
    await district.page.goto(`${server.url}/console/#/alerts`);
    await expect.poll(() => district.page.locator('tr[data-alert-id]').count()).toBe(2);
    await district.context.close();

    const { context, page } = await pageFor(seed.townOfficer);
    await page.goto(`${server.url}/console/#/alerts`);
    const rows = page.locator('tr[data-alert-id]');
    await expect.poll(() => rows.count()).toBe(1);
    const alertId = (await rows.first().getAttribute('data-alert-id'))!;
    await screenshot(page, 'alerts-open', annotate);

    await rows.first().locator('[data-action="acknowledge"]').click();
    await page.getByTestId('alerts-empty').waitFor();
    expect((await admin.get<{ state: string }>(`/v1/alerts/${alertId}`)).state).toBe('acknowledged');

    await page.goto(`${server.url}/console/#/alerts?state=acknowledged`);
    await page.locator(`tr[data-alert-id="${alertId}"] [data-action="close"]`).click();
    await page.locator('textarea[name="note"]').fill('已到场核实：芯片日志异常，已停用焊机并通知厂家');
    await screenshot(page, 'alerts-closing', annotate);
    await page.locator('[data-action="confirm-close"]').click();
    await page.getByTestId('alerts-empty').waitFor();
    expect((await admin.get<{ state: string }>(`/v1/alerts/${alertId}`)).state).toBe('closed');

    await page.goto(`${server.url}/console/#/alerts?state=closed`);
    await expect
      .poll(() => page.locator(`tr[data-alert-id="${alertId}"]`).getAttribute('data-state'))
      .toBe('closed');
    await screenshot(page, 'alerts-closed', annotate);
    await context.close();
  });
});
