import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index';
import { capture, repoRoot, tree } from './support/cli-harness';

const chipTestee = [
  '--',
  process.execPath,
  '--import',
  'tsx',
  join(repoRoot, 'packages/cli/src/bin.ts'),
  'conformance',
  'chip-testee',
];
const manifest = join(repoRoot, 'conformance/manifests/reference-chip.json');

describe('weldcode conformance chip / verify-report', () => {
  it('WC-CONF-027 WC-CONF-024: writes a signed chip-profile report that verify-report checks', async () => {
    const work = tree({});
    const key = join(work, 'lab.jwk');
    const keygen = capture(work);
    expect(await runCli(['conformance', 'keygen', '--out', key], keygen)).toBe(0);
    writeFileSync(join(work, 'lab.public.jwk'), keygen.stdout);
    const out = join(work, 'chip-report');
    // the testee is started with `--import tsx`, which resolves from the repository
    const io = capture(repoRoot);
    const args = ['conformance', 'chip', '--capabilities', manifest, '--transport', 'tcp', '--sign-key', key];
    const cases = ['--case', 'chip-registration', 'chip-handshake', 'chip-birth-manifest'];
    expect(await runCli([...args, '--out', out, ...cases, ...chipTestee], io)).toBe(0);
    expect(io.stdout).toContain('weldcode reference chip: PASSED');
    expect(io.stdout).toContain('pass 3,');

    const signed = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(signed.report).toMatchObject({
      profile: 'chip',
      areas: ['chip'],
      testee: { role: 'chip', chipId: 'WC-CONF-REF-0001', clock: 'simulated' },
      capabilities: { implementation: 'weldcode reference chip' },
      setup: { transport: 'tcp', clock: 'simulated' },
    });
    expect(signed.report.results.map((r: { id: string }) => r.id)).toEqual([
      'chip-registration',
      'chip-handshake',
      'chip-birth-manifest',
    ]);
    expect(readFileSync(join(out, 'report.junit.xml'), 'utf8')).toContain('classname="weldcode.chip"');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(signed.signature.kid);

    const verify = capture(work);
    const verifyArgs = [
      'conformance',
      'verify-report',
      join(out, 'report.json'),
      '--signer',
      join(work, 'lab.public.jwk'),
    ];
    expect(await runCli([...verifyArgs, '--suite'], verify)).toBe(0);
    expect(verify.stdout).toContain("suite matches this version's chip cases");

    // another case catalogue: the suite no longer matches
    signed.report.suiteHash = '0'.repeat(64);
    writeFileSync(join(out, 'tampered.json'), JSON.stringify(signed));
    const tampered = capture(work);
    expect(await runCli(['conformance', 'verify-report', join(out, 'tampered.json')], tampered)).toBe(1);
    expect(tampered.stderr).toContain('ERR_REPORT_SIGNATURE');
  }, 60_000);

  it('WC-CONF-022: refuses a manifest with unknown keys, an undeclared transport, and a missing testee', async () => {
    const work = tree({
      'bad.json': JSON.stringify({
        implementation: 'x',
        chip: { transports: ['tcp'], features: [], gps: 1 },
      }),
      'tcp-only.json': JSON.stringify({ implementation: 'x', chip: { transports: ['tcp'], features: [] } }),
    });
    const bad = capture(work);
    expect(
      await runCli(['conformance', 'chip', '--capabilities', join(work, 'bad.json'), ...chipTestee], bad),
    ).toBe(1);
    expect(bad.stderr).toContain('ERR_CAPABILITIES_INVALID');
    const mqtt = capture(work);
    const tcpOnly = join(work, 'tcp-only.json');
    expect(
      await runCli(
        ['conformance', 'chip', '--capabilities', tcpOnly, '--out', join(work, 'r'), ...chipTestee],
        mqtt,
      ),
    ).toBe(1);
    expect(mqtt.stderr).toContain('ERR_CHIP_TRANSPORT');
    const none = capture(work);
    expect(await runCli(['conformance', 'chip', '--capabilities', tcpOnly], none)).toBe(1);
    expect(none.stderr).toContain('ERR_CLI_BAD_INPUT');
  }, 60_000);
});
