import { loadVectorFiles } from '@weldcode/conformance';
import { hexToBytes } from '@weldcode/crypto';
import { describe, expect, it } from 'vitest';
import { type ListStep, runCase, type VectorFixtures, type VerifyCase } from '../scripts/vector-runner';
import { decodeBase45, encodeBase45, QrError, REASON_CODES } from '../src/index';

interface QrCase extends VerifyCase {
  bytesHex?: string;
  base45?: string;
  error?: string;
  loads?: Array<ListStep & { as: 'trust-list' | 'revocation' }>;
}

const files = loadVectorFiles({ area: 'qr' });
const withFixtures = files.filter((file) => 'fixtures' in file);

describe('qr vectors', () => {
  it('WC-QR-090: the suite holds at least 80 cases and every failure class of the closed list', () => {
    const cases = files.flatMap((file) => file.cases as QrCase[]);
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const reasons = new Set(
      cases.flatMap((c) => [c.expect?.reason, ...(c.loads ?? []).map((step) => step.expect)]),
    );
    for (const reason of REASON_CODES) expect(reasons, reason).toContain(reason);
  });

  for (const backend of ['native', 'noble', 'noble-precomputed'] as const) {
    describe(`verifier with the ${backend} Ed25519 backend (WC-QR-014: same verdict on every vector)`, () => {
      for (const file of withFixtures) {
        const fixtures = (file as unknown as { fixtures: VectorFixtures }).fixtures;
        for (const vector of file.cases as QrCase[]) {
          it(`${vector.id}: ${vector.requirements.join(' ')}`, () => {
            expect(runCase(vector, fixtures, backend)).toEqual([]);
          });
        }
      }
    });
  }

  const base45 = files.find((file) => file.path === 'qr/base45.json');
  for (const vector of (base45?.cases ?? []) as QrCase[]) {
    it(`${vector.id}: ${vector.requirements.join(' ')}`, () => {
      if (vector.error === undefined) {
        expect(encodeBase45(hexToBytes(vector.bytesHex ?? ''))).toBe(vector.base45);
        expect(decodeBase45(vector.base45 ?? '')).toEqual(hexToBytes(vector.bytesHex ?? ''));
      } else {
        expect(() => decodeBase45(vector.base45 ?? '')).toThrow(QrError);
        try {
          decodeBase45(vector.base45 ?? '');
        } catch (error) {
          expect((error as QrError).code).toBe(vector.error);
        }
      }
    });
  }
});

describe('one closed list of reason codes', () => {
  it('WC-QR-090: the vector schema, spec/qr.md and REASON_CODES list exactly the same codes', async () => {
    const { readFileSync } = await import('node:fs');
    const root = new URL('../../../', import.meta.url);
    const schema = JSON.parse(
      readFileSync(new URL('conformance/vectors/schema/qr.schema.json', root), 'utf8'),
    ) as {
      $defs: { reason: { enum: string[] } };
    };
    expect(schema.$defs.reason.enum).toEqual([...REASON_CODES]);
    const spec = readFileSync(new URL('spec/qr.md', root), 'utf8');
    const table = [...spec.matchAll(/^\| `([A-Z_0-9]+)` +\| (yes|no|warn) /gm)].map((match) => match[1]);
    expect(table).toEqual([...REASON_CODES]);
  });
});
