import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './support/cli-harness';

/**
 * `weldcode demo` as a person runs it: the CLI in a child process, the reference server and the
 * simulated district over HTTP and MQTT, Ctrl-C at the end. The district-workday day is cut to its
 * first 100 minutes (07:00–08:40) to keep the test short: seven of its scans, three refused.
 */
describe('weldcode demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weldcode-demo-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a district on the real server, shows two officers different scopes and stops on SIGINT with 0', async () => {
    const scenario = JSON.parse(
      readFileSync(join(repoRoot, 'packages/simulator/scenarios/district-workday.json'), 'utf8'),
    ) as { durationMinutes: number; $schema?: string };
    scenario.durationMinutes = 100;
    delete scenario.$schema;
    const file = join(dir, 'morning.json');
    writeFileSync(file, JSON.stringify(scenario));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/bin.ts', 'demo', '--scenario', file, '--speed', 'max', '--serve'],
      { cwd: repoRoot, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const deadline = Date.now() + 240_000;
    while (!stdout.includes('serving ') && Date.now() < deadline && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stdout, stderr).toContain('serving ');
    child.kill('SIGINT');
    expect(await exited).toBe(0);

    expect(stdout).toMatch(/API {8}http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toContain('/console/');
    expect(stdout).toMatch(/starts granted: 4/);
    expect(stdout).toMatch(/UNLICENSED_WORKER\s+worker 5003 machine 102/);
    expect(stdout).toMatch(/CERTIFICATE_EXPIRED\s+worker 5004 machine 202/);
    const town = /town-officer\s+town-officer of (\S+): (\d+) machines, (\d+) open alerts/.exec(stdout);
    const district = /district-officer\s+district-officer of (\S+): (\d+) machines, (\d+) open alerts/.exec(
      stdout,
    );
    expect(town?.[1]).toBe('南桥镇');
    expect(district?.[1]).toBe('310120');
    // the boiler works is in 海湾镇: the district officer sees its machine, the 南桥镇 officer does not
    expect(Number(district?.[2])).toBe(7);
    expect(Number(town?.[2])).toBe(6);
    expect(stdout).toContain('SIGINT: shutting down');
    expect(stdout).toContain('stopped');
  }, 300_000);
});
