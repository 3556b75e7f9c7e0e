import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index';
import { capture, tree } from './support/cli-harness';

// Built from parts so that this file itself references no requirement.
const CONF = 'WC-CONF';

describe('weldcode', () => {
  it('lists its subcommands in --help', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/conformance/);
    expect(io.stdout).toMatch(/demo/);
  });

  it('answers an unknown command with usage exit code 2', async () => {
    const io = capture();
    expect(await runCli(['no-such-command'], io)).toBe(2);
    expect(io.stderr).toMatch(/unknown command/);
  });

  it('validates the committed vectors and reports them as JSON', async () => {
    const io = capture();
    expect(await runCli(['conformance', 'vectors', '--json'], io)).toBe(0);
    const summary = JSON.parse(io.stdout) as { files: number; cases: number };
    expect(summary.files).toBeGreaterThanOrEqual(0);
    expect(summary.cases).toBeGreaterThanOrEqual(summary.files);
  });

  it('prints coverage per area and fails with ERR_CLI_CHECK_FAILED on an unknown requirement', async () => {
    const root = tree({
      'spec/README.md': '# spec',
      'spec/conformance.md': `- **${CONF}-001** A runner MUST sign its report.`,
      'conformance/test/report.test.ts': `it('${CONF}-001 and ${CONF}-999', () => {});`,
    });
    const io = capture(root);
    expect(await runCli(['conformance', 'coverage'], io)).toBe(1);
    expect(io.stdout).toMatch(/CONF\s+1\s+1\s+100 %/);
    expect(io.stdout).toContain(`unknown requirement ${CONF}-999`);
    expect(io.stderr).toContain('ERR_CLI_CHECK_FAILED');
  });

  it('lists uncovered requirements and their places, as a table or JSON', async () => {
    const root = tree({
      'spec/README.md': '# spec',
      'spec/conformance.md': `- **${CONF}-001** A runner MUST sign its report.\n- **${CONF}-002** It MUST hash vectors.`,
      'conformance/test/report.test.ts': `it('${CONF}-001', () => {});`,
    });
    const table = capture(root);
    expect(await runCli(['conformance', 'coverage'], table)).toBe(0);
    expect(table.stdout).toContain(`${CONF}-002  spec/conformance.md:2`);
    const json = capture(root);
    expect(await runCli(['conformance', 'coverage', '--json'], json)).toBe(0);
    const parsed = JSON.parse(json.stdout) as { areas: { area: string; uncovered: string[] }[] };
    expect(parsed.areas.find((area) => area.area === 'CONF')?.uncovered).toEqual([`${CONF}-002`]);
  });

  it('refuses to scan outside a weldcode checkout', async () => {
    const io = capture(tmpdir());
    expect(await runCli(['conformance', 'coverage'], io)).toBe(1);
    expect(io.stderr).toContain('ERR_CLI_NOT_IN_REPOSITORY');
  });
});

describe('weldcode demo --walkthrough', () => {
  it('walks through scan-to-start with every step behaving as the spec says', async () => {
    const io = capture();
    expect(await runCli(['demo', '--walkthrough', '--json'], io)).toBe(0);
    const steps = JSON.parse(io.stdout) as { title: string; ok: boolean; lines: string[] }[];
    expect(steps.map((step) => step.ok)).toEqual([true, true, true, true, true]);
    expect(steps[1]?.title).toMatch(/accept$/);
    expect(steps[2]?.title).toMatch(/reject$/);
    expect(steps[2]?.lines.join('\n')).toMatch(/不适用于特种设备焊接作业/);
  });

  it('prints the steps for people', async () => {
    const io = capture();
    expect(await runCli(['demo', '--walkthrough'], io)).toBe(0);
    expect(io.stdout).toContain('1. [ok]');
    expect(io.stdout).not.toContain('FAILED');
  });
});
