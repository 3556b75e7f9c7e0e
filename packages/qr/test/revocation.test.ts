import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYS, NOW, PLATE, revocationList, trustList } from '../scripts/fixtures';
import { issueCode, QrVerifier, type RevocationEntry, revocationDelta, signPayload } from '../src/index';

const fx = KEYS.fengxian.secretKey;
const entry = fc.record(
  {
    kind: fc.constantFrom('plate' as const, 'credential' as const, 'permit' as const),
    id: fc.integer({ min: 1, max: 30 }),
    before: fc.integer({ min: 1, max: 5 }),
  },
  { requiredKeys: ['kind', 'id'] },
);
const entries = fc.uniqueArray(entry, { selector: (e) => `${e.kind}:${e.id}`, maxLength: 12 });

function heldEntries(verifier: QrVerifier): Record<string, number | null> {
  const held = verifier.state.revocations.get(310120);
  return Object.fromEntries([...(held?.entries ?? [])].map(([key, before]) => [key, before ?? null]).sort());
}

describe('incremental revocation', () => {
  it('WC-QR-086: full list then the computed delta gives the same state as the new full list', () => {
    fc.assert(
      fc.property(entries, entries, (previous: RevocationEntry[], current: RevocationEntry[]) => {
        const setup = () => {
          const v = new QrVerifier({ roots: [KEYS.city.publicKey], clock: () => NOW });
          v.loadTrustList(signPayload(trustList(7), KEYS.city.secretKey));
          return v;
        };
        const viaDelta = setup();
        expect(
          viaDelta.loadRevocationList(signPayload(revocationList(1, { revoked: previous }), fx)).accepted,
        ).toBe(true);
        const delta = revocationDelta(previous, current);
        const result = viaDelta.loadRevocationList(signPayload(revocationList(2, { base: 1, ...delta }), fx));
        expect(result.reason).toBe('OK');
        const viaFull = setup();
        viaFull.loadRevocationList(signPayload(revocationList(2, { revoked: current }), fx));
        expect(heldEntries(viaDelta)).toEqual(heldEntries(viaFull));
      }),
      { numRuns: 60 },
    );
  });

  it('WC-QR-087: a verifier never reports unknown as revoked', () => {
    const v = new QrVerifier({ roots: [KEYS.city.publicKey], clock: () => NOW });
    v.loadTrustList(signPayload(trustList(7), KEYS.city.secretKey));
    const result = v.verify(issueCode({ ...PLATE, machineId: 1_200_999 }, fx).text);
    expect(result).toMatchObject({ valid: true, revocation: 'unknown', warnings: ['REVOCATION_UNKNOWN'] });
  });
});
