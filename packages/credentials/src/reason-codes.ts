/**
 * Stable reason codes of verification findings, in priority order: when several findings could
 * explain a verdict, the earliest in this list is the verdict's `reason`. Codes are API (spec
 * WC-CRED reason table): never renamed, never reused.
 */
export const REASON_CODES = [
  'invalid-id-number',
  'holder-mismatch',
  'no-certificate',
  'wrong-type-for-work-kind',
  'revoked',
  'unknown-certificate',
  'authority-unreachable',
  'expired',
  'review-overdue',
  'not-yet-valid',
  'suspicious-number',
  'authority-grace',
  'expiring-soon',
  'review-due-soon',
  'validity-exceeds-policy',
] as const;

/** One stable code per kind of finding. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** `reject` findings block the work; `warning` findings allow it and are shown. */
export type FindingSeverity = 'reject' | 'warning';

const RANK: ReadonlyMap<string, number> = new Map(REASON_CODES.map((code, index) => [code, index]));

/** Position of a code in {@link REASON_CODES} (lower explains more). */
export function reasonRank(code: ReasonCode): number {
  return RANK.get(code) ?? REASON_CODES.length;
}
