import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index';
import { capture, repoRoot, tree } from './support/cli-harness';

const fakeTestee = join(repoRoot, 'conformance/test/fixtures/fake-testee.mjs');
const common = readFileSync(join(repoRoot, 'conformance/vectors/schema/common.schema.json'), 'utf8');
const demoSchema = JSON.stringify({
  type: 'object',
  additionalProperties: false,
  properties: {
    description: { type: 'string' },
    cases: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          id: { $ref: 'common.schema.json#/$defs/caseId' },
          description: { type: 'string' },
          requirements: { $ref: 'common.schema.json#/$defs/requirements' },
          expected: {},
        },
      },
    },
  },
});
const REQ = 'WC-CONF-011';

function demoSuite(): string {
  return tree({
    'schema/common.schema.json': common,
    'schema/demo.schema.json': demoSchema,
    'demo/a.json': JSON.stringify({
      description: 'demo',
      cases: [{ id: 'demo-one', description: 'one demo case', requirements: [REQ], expected: 1 }],
    }),
  });
}

describe('weldcode conformance run / keygen / verify-report', () => {
  it('WC-CONF-013 WC-CONF-014: writes signed JSON, JUnit and HTML reports that verify-report checks', async () => {
    const work = tree({});
    const key = join(work, 'lab.jwk');
    const keygen = capture(work);
    expect(await runCli(['conformance', 'keygen', '--out', key], keygen)).toBe(0);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const publicJwk = JSON.parse(keygen.stdout) as Record<string, string>;
    expect(publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(publicJwk.d).toBeUndefined();
    const publicKeyFile = join(work, 'lab.public.jwk');
    writeFileSync(publicKeyFile, keygen.stdout);

    const suite = demoSuite();
    const out = join(work, 'report');
    const run = capture(work);
    // The demo area has no vectors-profile rule, so its case errs and the run fails (exit 1).
    const code = await runCli(
      [
        'conformance',
        'run',
        '--vectors',
        suite,
        '--sign-key',
        key,
        '--out',
        out,
        '--',
        process.execPath,
        fakeTestee,
      ],
      run,
    );
    expect(code).toBe(1);
    expect(run.stdout).toContain('FAILED');
    expect(run.stdout).toContain('demo-one');
    const signed = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(signed.report.counts.error).toBe(1);
    expect(readFileSync(join(out, 'report.junit.xml'), 'utf8')).toContain('<testsuite name="demo"');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(signed.signature.kid);

    const verify = capture(work);
    const reportPath = join(out, 'report.json');
    expect(
      await runCli(
        ['conformance', 'verify-report', reportPath, '--signer', publicKeyFile, '--suite', suite],
        verify,
      ),
    ).toBe(0);
    expect(verify.stdout).toContain(`signed by key ${signed.signature.kid}`);
    expect(verify.stdout).toContain('suite matches');

    const otherSuite = capture(work);
    expect(
      await runCli(
        ['conformance', 'verify-report', reportPath, '--suite', demoSuite().replace(/$/, '')],
        otherSuite,
      ),
    ).toBe(0);

    signed.report.counts.error = 0;
    const tampered = join(work, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(signed));
    const refused = capture(work);
    expect(await runCli(['conformance', 'verify-report', tampered], refused)).toBe(1);
    expect(refused.stderr).toContain('ERR_REPORT_SIGNATURE');
  });

  it('refuses a key file that is not an Ed25519 JWK', async () => {
    const work = tree({ 'bad.jwk': '{"kty":"RSA"}' });
    const io = capture(work);
    expect(
      await runCli(
        [
          'conformance',
          'run',
          '--sign-key',
          join(work, 'bad.jwk'),
          '--vectors',
          demoSuite(),
          '--out',
          join(work, 'r'),
          '--',
          'no-such-testee-program',
        ],
        io,
      ),
    ).toBe(1);
    expect(io.stderr).toContain('ERR_CLI_BAD_KEY');
  });
});
