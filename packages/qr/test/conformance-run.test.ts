import { fileURLToPath } from 'node:url';
import { runVectorsProfile, VECTOR_AREA_RULES } from '@weldcode/conformance';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('reference testee over the testee protocol', () => {
  it('WC-QR-090: the conformance runner passes every qr vector through the reference testee', async () => {
    const run = await runVectorsProfile({
      testee: {
        command: `${root}node_modules/.bin/tsx`,
        args: ['--tsconfig', `${root}tsconfig.json`, `${root}packages/qr/scripts/testee.ts`],
      },
      rules: VECTOR_AREA_RULES,
      areas: ['qr'],
    });
    const notPassing = run.results.filter((result) => result.verdict !== 'pass');
    expect(notPassing).toEqual([]);
    expect(run.results.length).toBeGreaterThanOrEqual(80);
  }, 60_000);
});
