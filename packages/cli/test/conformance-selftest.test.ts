import { join } from 'node:path';
import {
  loadVectorFiles,
  runVectorsProfile,
  type TesteeCommand,
  VECTOR_AREA_RULES,
} from '@weldcode/conformance';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/cli-harness';

// Our own packages' testee, run from source exactly as a lab would run a vendor's program.
const ourTestee = [
  process.execPath,
  '--import',
  'tsx',
  join(repoRoot, 'packages/cli/src/bin.ts'),
  'conformance',
  'testee',
];
const brokenTestee = join(repoRoot, 'conformance/test/fixtures/broken-testee.mjs');

function testee(broken?: string): TesteeCommand {
  const [command = '', ...args] = broken ? [process.execPath, brokenTestee, ...ourTestee] : ourTestee;
  return { command, args, cwd: repoRoot, env: { ...process.env, ...(broken ? { BROKEN: broken } : {}) } };
}

/** Case ids whose correct outcome (from the vectors themselves) matches `predicate`. */
function idsWhere(area: string, predicate: (vector: Record<string, unknown>) => boolean): string[] {
  return loadVectorFiles({ area })
    .flatMap((file) => file.cases)
    .filter((vector) => predicate(vector as Record<string, unknown>))
    .map((vector) => vector.id)
    .sort();
}

const failingIds = (results: { id: string; verdict: string }[]) =>
  results
    .filter((result) => result.verdict !== 'pass')
    .map((result) => result.id)
    .sort();

describe('conformance self-test: the suite judges implementations correctly', () => {
  it('WC-CONF-007 WC-CONF-017: the TypeScript packages pass every vector of the areas they implement', async () => {
    const run = await runVectorsProfile({ testee: testee(), rules: VECTOR_AREA_RULES, timeoutMs: 30_000 });
    expect(run.hello?.areas).toEqual(expect.arrayContaining(['protocol', 'qr']));
    expect(run.results.length).toBeGreaterThan(100);
    expect(failingIds(run.results)).toEqual([]);
  }, 120_000);

  it('WC-CONF-007: a verifier that ignores expiry fails exactly the expiry cases', async () => {
    const run = await runVectorsProfile({
      testee: testee('accept-expired'),
      rules: VECTOR_AREA_RULES,
      areas: ['qr'],
      timeoutMs: 30_000,
    });
    const expected = idsWhere(
      'qr',
      (v) => (v.expect as { reason?: string } | undefined)?.reason === 'EXPIRED',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(failingIds(run.results)).toEqual(expected);
  }, 120_000);

  it('WC-CONF-007: a chip that accepts a replayed grant fails exactly the replay cases', async () => {
    const run = await runVectorsProfile({
      testee: testee('accept-replayed-grant'),
      rules: VECTOR_AREA_RULES,
      areas: ['protocol'],
      timeoutMs: 30_000,
    });
    const expected = idsWhere('protocol', (v) => v.expect === 'ERR_PROTO_REPLAYED');
    expect(expected.length).toBeGreaterThan(0);
    expect(failingIds(run.results)).toEqual(expected);
  }, 120_000);
});
