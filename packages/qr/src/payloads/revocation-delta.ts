import type { RevocationEntry } from './revocation-list';

const keyOf = (entry: Pick<RevocationEntry, 'kind' | 'id'>) => `${entry.kind}:${entry.id}`;

/**
 * What an issuer publishes as a delta between two states of its revocations: the entries added
 * or changed (`revoked`) and the ones withdrawn (`restored`), for a list with `base` set to the
 * previous list number (WC-QR-086).
 *
 * @example
 * ```ts
 * import { revocationDelta, signPayload } from '@weldcode/qr';
 *
 * const { revoked, restored } = revocationDelta(yesterday, today);
 * const delta = signPayload(
 *   { kind: 'revocation', issuer: 310120, number: 8, base: 7, issuedAt: now, nextUpdate: now + 86_400, revoked, restored },
 *   issuerSecretKey,
 * );
 * ```
 */
export function revocationDelta(
  previous: readonly RevocationEntry[],
  current: readonly RevocationEntry[],
): { revoked: RevocationEntry[]; restored: Array<Omit<RevocationEntry, 'before'>> } {
  const before = new Map(previous.map((entry) => [keyOf(entry), entry]));
  const now = new Map(current.map((entry) => [keyOf(entry), entry]));
  const revoked = current.filter(
    (entry) => before.get(keyOf(entry))?.before !== entry.before || !before.has(keyOf(entry)),
  );
  const restored = previous
    .filter((entry) => !now.has(keyOf(entry)))
    .map((entry) => ({ kind: entry.kind, id: entry.id }));
  return { revoked, restored };
}
