import { addYears, type EpochDay } from './calendar-day';
import type { CompiledPolicy } from './policy';
import type { CertificateType } from './vocabulary';

/**
 * The review day that applies: the one a source gave, else the first review the policy derives
 * from the start of the term (a certificate whose record does not show a passed review is due).
 */
export function reviewDayOf(
  validFrom: EpochDay,
  type: CertificateType,
  known: EpochDay | null,
  policy: CompiledPolicy,
): EpochDay | null {
  if (known !== null) return known;
  const interval = policy.document.certificates[type].reviewIntervalYears;
  return interval === null ? null : addYears(validFrom, interval);
}

/** The smallest warning horizon that `daysLeft` has reached, or `null` when none. */
export function horizonReached(daysLeft: number, horizons: readonly number[]): number | null {
  for (const horizon of horizons) if (daysLeft <= horizon) return horizon;
  return null;
}
