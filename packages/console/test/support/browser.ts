import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium: `npx playwright install` cannot download browsers here. */
export const CHROMIUM = process.env.WELDCODE_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Screenshots land here (gitignored) and are attached to the test that took them. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

export function launchChromium(): Promise<Browser> {
  // Headless Chromium as root needs --no-sandbox; no GPU here, and the console needs no WebGL.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
}

export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/console/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('who').waitFor();
}

type Annotate = (
  message: string,
  type?: string,
  attachment?: { path?: string; contentType?: string },
) => unknown;

/** Saves a full-page screenshot and attaches it to the running test. */
export async function screenshot(page: Page, name: string, annotate: Annotate): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await annotate(`screenshot ${path}`, 'screenshot', { path, contentType: 'image/png' });
  return path;
}
