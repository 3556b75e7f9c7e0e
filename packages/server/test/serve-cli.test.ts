import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dataRoot = mkdtempSync(join(tmpdir(), 'weldcode-serve-'));

interface Serving {
  child: ChildProcess;
  url: string;
  stdout(): string;
  exit: Promise<number | null>;
}

/** Runs `weldcode serve` from the sources, as `pnpm weldcode serve` does, and waits for its URL. */
async function serve(args: string[]): Promise<Serving> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/bin.ts', 'serve', '--port', '0', ...args],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.resume();
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const url = await new Promise<string>((found, fail) => {
    const timer = setInterval(() => {
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1] !== undefined) {
        clearInterval(timer);
        found(match[1]);
      }
    }, 50);
    void exit.then((code) => {
      clearInterval(timer);
      fail(new Error(`weldcode serve exited (${code}) before listening:\n${stdout}`));
    });
  });
  return { child, url, stdout: () => stdout, exit };
}

afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

describe('weldcode serve', () => {
  it('WC-SRV-014: serves from a data folder, stops cleanly on SIGTERM and SIGINT, and keeps its data', async () => {
    const data = join(dataRoot, 'data');
    const first = await serve(['--data', data, '--admin-password', 'correct horse battery']);
    expect(first.stdout()).toContain(`SQLite in ${data}`);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    // The bootstrap administrator signs in; its token stays valid across a restart.
    const login = await fetch(`${first.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'correct horse battery' }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}` };
    const created = await fetch(`${first.url}/v1/areas`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ level: 'city', name: '上海市' }),
    });
    expect(created.status).toBe(201);
    const city = (await created.json()) as { id: string };
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(first.stdout()).toContain('SIGTERM: shutting down\nstopped\n');

    const second = await serve(['--data', data, '--no-docs']);
    const again = await fetch(`${second.url}/v1/areas/${city.id}`, { headers: auth });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { name: string }).name).toBe('上海市');
    expect((await fetch(`${second.url}/v1/areas/${city.id}`)).status).toBe(401);
    expect((await fetch(`${second.url}/docs`)).status).toBe(404);
    second.child.kill('SIGINT');
    expect(await second.exit).toBe(0);
    expect(second.stdout()).toContain('SIGINT: shutting down\nstopped\n');
  }, 60_000);

  it.skipIf(process.env.WELDCODE_TEST_PG_URL === undefined)(
    'WC-SRV-014: serves from PostgreSQL with --db and never prints the password',
    async () => {
      // A schema of its own: the shared one may hold another build's migrations.
      const { postgres } = await import('./support/backends');
      const fresh = await postgres.fresh();
      const db = fresh.db;
      const serving = await serve(['--db', db, '--data', join(dataRoot, 'unused')]);
      const ready = (await (await fetch(`${serving.url}/readyz`)).json()) as { storage: string };
      expect(ready.storage).toBe('postgres');
      const password = new URL(db).password;
      if (password !== '') {
        expect(serving.stdout()).not.toContain(`:${password}@`);
        expect(serving.stdout()).toContain(':***@');
      }
      serving.child.kill('SIGTERM');
      expect(await serving.exit).toBe(0);
      await fresh.drop();
    },
    60_000,
  );
});
