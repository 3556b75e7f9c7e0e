import { type EpochDay, formatCalendarDay, shanghaiDay } from './calendar-day';
import {
  type CertificateRecord,
  type CertificateRef,
  type PreparedCertificate,
  prepareCertificate,
} from './certificate-record';
import { CredentialsError } from './credentials-error';
import { DEFAULT_POLICY } from './default-policy';
import { type Instant, instantMs } from './instant';
import { horizonReached, reviewDayOf } from './lapse';
import { type CompiledPolicy, type CredentialPolicy, compilePolicy } from './policy';

/** A certificate as the platform registry keeps it. */
export interface RegistryCertificate extends CertificateRecord {
  workerId?: string;
  status?: 'valid' | 'revoked';
}

/** A registry certificate with its days parsed, ready for repeated re-verification. */
export interface PreparedRegistryCertificate extends PreparedCertificate {
  readonly workerId: string | undefined;
  readonly revoked: boolean;
}

/** Where a certificate stands on the day of a re-verification run. */
export type LapseStatus =
  | 'valid'
  | 'expiring-soon'
  | 'review-due-soon'
  | 'expired'
  | 'review-overdue'
  | 'not-yet-valid'
  | 'revoked';

/** One 临期 / 到期 alert. */
export interface LapseAlert {
  certificate: CertificateRef;
  workerId: string | undefined;
  status: Exclude<LapseStatus, 'valid' | 'revoked'>;
  /** The lapse day concerned (expiry or review), or the start day for `not-yet-valid`. */
  day: string;
  /** Days from the run's day to `day` (negative once lapsed). */
  days: number;
  /** The warning horizon reached (`90`, `60`, `30`), for `expiring-soon` and `review-due-soon`. */
  horizon: number | null;
}

/** The outcome of {@link reverifyCertificates}. */
export interface ReverifyReport {
  day: string;
  policy: { policyId: string; version: string };
  total: number;
  counts: Record<LapseStatus, number>;
  alerts: LapseAlert[];
}

/** Options of {@link reverifyCertificates}. */
export interface ReverifyOptions {
  at: Instant;
  policy?: CredentialPolicy;
}

/**
 * Parses a registry once, so nightly runs re-verify integers only.
 *
 * @throws {@link CredentialsError} for a malformed record (the message names its index).
 * @example
 * ```ts
 * import { prepareRegistry } from '@weldcode/credentials';
 * const prepared = prepareRegistry(records);
 * ```
 */
export function prepareRegistry(records: readonly RegistryCertificate[]): PreparedRegistryCertificate[] {
  return records.map(prepareRegistryCertificate);
}

/**
 * Certificates this module prepared. Only these skip validation: an object that merely looks
 * prepared (it has a `key`) is validated like any other record.
 */
const PREPARED = new WeakSet<object>();

function prepareRegistryCertificate(record: RegistryCertificate): PreparedRegistryCertificate {
  const prepared = prepareCertificate(record);
  const result: PreparedRegistryCertificate = {
    ref: prepared.ref,
    key: prepared.key,
    typeCode: prepared.typeCode,
    validFrom: prepared.validFrom,
    validTo: prepared.validTo,
    nextReviewDate: prepared.nextReviewDate,
    workerId: record.workerId,
    revoked: record.status === 'revoked',
  };
  PREPARED.add(result);
  return result;
}

function isPrepared(
  item: PreparedRegistryCertificate | RegistryCertificate,
): item is PreparedRegistryCertificate {
  return typeof item === 'object' && item !== null && PREPARED.has(item);
}

function lapseAlert(
  certificate: PreparedRegistryCertificate,
  today: EpochDay,
  status: LapseAlert['status'],
  day: EpochDay,
  horizon: number | null,
): LapseAlert {
  return {
    certificate: certificate.ref,
    workerId: certificate.workerId,
    status,
    day: formatCalendarDay(day),
    days: day - today,
    horizon,
  };
}

function classify(
  certificate: PreparedRegistryCertificate,
  today: EpochDay,
  policy: CompiledPolicy,
): LapseAlert | LapseStatus {
  if (certificate.revoked) return 'revoked';
  if (today < certificate.validFrom)
    return lapseAlert(certificate, today, 'not-yet-valid', certificate.validFrom, null);
  if (today > certificate.validTo)
    return lapseAlert(certificate, today, 'expired', certificate.validTo, null);
  const review = reviewDayOf(certificate.validFrom, certificate.ref.type, certificate.nextReviewDate, policy);
  const reviewFirst = review !== null && review < certificate.validTo;
  if (reviewFirst && today > review) return lapseAlert(certificate, today, 'review-overdue', review, null);
  const lapse = reviewFirst ? review : certificate.validTo;
  const horizon = horizonReached(lapse - today, policy.horizons);
  if (horizon === null) return 'valid';
  return lapseAlert(certificate, today, reviewFirst ? 'review-due-soon' : 'expiring-soon', lapse, horizon);
}

/**
 * Re-verifies a whole registry on one day for 临期 / 到期 alerts: each certificate gets one status
 * (its nearest lapse), and every status but `valid` and `revoked` an alert. Holder binding and work
 * kinds do not apply here; that is {@link verifyWorker}'s job at scan time.
 *
 * @example
 * ```ts
 * import { prepareRegistry, reverifyCertificates } from '@weldcode/credentials';
 * const report = reverifyCertificates(prepareRegistry(records), { at: Date.now() });
 * for (const alert of report.alerts) notify(alert.workerId, alert.status, alert.day);
 * ```
 */
export function reverifyCertificates(
  certificates: readonly (PreparedRegistryCertificate | RegistryCertificate)[],
  options: ReverifyOptions,
): ReverifyReport {
  if (!Array.isArray(certificates)) {
    throw new CredentialsError('ERR_CRED_INPUT_INVALID', 'expected an array of certificates', {});
  }
  const policy = compilePolicy(options.policy ?? DEFAULT_POLICY);
  const today = shanghaiDay(instantMs(options.at));
  const counts: Record<LapseStatus, number> = {
    valid: 0,
    'expiring-soon': 0,
    'review-due-soon': 0,
    expired: 0,
    'review-overdue': 0,
    'not-yet-valid': 0,
    revoked: 0,
  };
  const alerts: LapseAlert[] = [];
  for (const item of certificates) {
    const prepared = isPrepared(item) ? item : prepareRegistryCertificate(item);
    const result = classify(prepared, today, policy);
    if (typeof result === 'string') counts[result]++;
    else {
      counts[result.status]++;
      alerts.push(result);
    }
  }
  return {
    day: formatCalendarDay(today),
    policy: { policyId: policy.document.policyId, version: policy.document.version },
    total: certificates.length,
    counts,
    alerts,
  };
}
