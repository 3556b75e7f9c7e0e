import { addYears, type EpochDay, formatCalendarDay, parseCalendarDay } from './calendar-day';
import type { PreparedCertificate } from './certificate-record';
import type { AuthorityAnswer, CertificateEvidence, FoundAnswer } from './evidence';
import { checkedAuthority, checkedRegistry } from './evidence-check';
import { type Finding, finding } from './finding';
import { checkIdNumber } from './id-number';
import { instantMs } from './instant';
import { horizonReached, reviewDayOf } from './lapse';
import type { CompiledPolicy } from './policy';

/** What one certificate amounts to on one day, after every source was weighed. */
export interface CertificateAssessment {
  readonly certificate: PreparedCertificate;
  readonly findings: Finding[];
  /** The last day the certificate is good for work: its last valid day or review date, whichever is first. */
  readonly lapseDay: EpochDay;
  readonly rejected: boolean;
}

const MS_PER_HOUR = 3_600_000;

interface Effective {
  validFrom: EpochDay;
  validTo: EpochDay;
  review: EpochDay | null;
}

function overlay(dates: Effective, answer: FoundAnswer): Effective {
  return {
    validFrom: answer.validFrom === undefined ? dates.validFrom : parseCalendarDay(answer.validFrom),
    validTo: answer.validTo === undefined ? dates.validTo : parseCalendarDay(answer.validTo),
    review: answer.nextReviewDate === undefined ? dates.review : parseCalendarDay(answer.nextReviewDate),
  };
}

/**
 * The authority answer that decides, if any: a fresh one; else a cached revocation (revocations
 * never expire); else a cached answer within the policy's grace, flagged. Otherwise fail closed
 * when the authority was asked or is required.
 */
function authorityAnswer(
  certificate: PreparedCertificate,
  evidence: CertificateEvidence | undefined,
  policy: CompiledPolicy,
  atMs: number,
  findings: Finding[],
): AuthorityAnswer | undefined {
  const ref = certificate.ref;
  const authority = checkedAuthority(evidence?.authority);
  const { required, graceHours } = policy.document.authority;
  if (authority === undefined) {
    if (required) findings.push(finding('authority-unreachable', 'reject', ref));
    return undefined;
  }
  if (authority.outcome !== 'unreachable') return authority;
  const last = authority.lastAnswer;
  if (last?.outcome === 'found' && last.status === 'revoked') return last;
  if (last !== undefined && graceHours > 0 && atMs - instantMs(last.fetchedAt) <= graceHours * MS_PER_HOUR) {
    findings.push(finding('authority-grace', 'warning', ref, { hours: graceHours }));
    return last;
  }
  findings.push(finding('authority-unreachable', 'reject', ref));
  return undefined;
}

/**
 * Weighs the sources (spec: precedence). A revocation from any source wins; an authority that
 * answered, or whose cached answer is within grace, overrides the registry, which overrides the code.
 */
function weighSources(
  certificate: PreparedCertificate,
  evidence: CertificateEvidence | undefined,
  policy: CompiledPolicy,
  atMs: number,
  findings: Finding[],
): Effective {
  const ref = certificate.ref;
  let dates: Effective = {
    validFrom: certificate.validFrom,
    validTo: certificate.validTo,
    review: certificate.nextReviewDate,
  };
  let revoked = false;
  let unknown = false;
  const registry = checkedRegistry(evidence?.registry);
  if (registry?.outcome === 'not-found') unknown = true;
  if (registry?.outcome === 'found') {
    dates = overlay(dates, registry);
    revoked ||= registry.status === 'revoked';
  }
  const answer = authorityAnswer(certificate, evidence, policy, atMs, findings);
  if (answer?.outcome === 'not-found') unknown = true;
  if (answer?.outcome === 'found') {
    dates = overlay(dates, answer);
    revoked ||= answer.status === 'revoked';
  }
  if (revoked) findings.push(finding('revoked', 'reject', ref));
  if (unknown) findings.push(finding('unknown-certificate', 'reject', ref));
  return dates;
}

function dateFindings(
  certificate: PreparedCertificate,
  { validFrom, validTo }: Effective,
  review: EpochDay | null,
  today: EpochDay,
  policy: CompiledPolicy,
  findings: Finding[],
): void {
  const ref = certificate.ref;
  const reviewFirst = review !== null && review < validTo;
  if (today < validFrom) {
    findings.push(finding('not-yet-valid', 'reject', ref, { day: formatCalendarDay(validFrom) }));
  } else if (today > validTo) {
    findings.push(
      finding('expired', 'reject', ref, { day: formatCalendarDay(validTo), days: today - validTo }),
    );
  } else if (reviewFirst && today > review) {
    findings.push(
      finding('review-overdue', 'reject', ref, { day: formatCalendarDay(review), days: today - review }),
    );
  } else {
    const horizon = horizonReached(validTo - today, policy.horizons);
    if (horizon !== null) {
      findings.push(
        finding('expiring-soon', 'warning', ref, {
          day: formatCalendarDay(validTo),
          days: validTo - today,
          horizon,
        }),
      );
    }
    const reviewHorizon = reviewFirst ? horizonReached(review - today, policy.horizons) : null;
    if (reviewHorizon !== null && review !== null) {
      findings.push(
        finding('review-due-soon', 'warning', ref, {
          day: formatCalendarDay(review),
          days: review - today,
          horizon: reviewHorizon,
        }),
      );
    }
  }
  const termYears = policy.document.certificates[ref.type].termYears;
  if (validTo > addYears(validFrom, termYears)) {
    findings.push(finding('validity-exceeds-policy', 'warning', ref, { years: termYears }));
  }
}

function numberLooksRight(certificate: PreparedCertificate, policy: CompiledPolicy): boolean {
  const number = certificate.ref.number;
  const embedsId = policy.document.certificates[certificate.ref.type].numberEmbedsIdNumber;
  if (number === '') return embedsId;
  const patterns = policy.numberPatterns[certificate.ref.type];
  if (!patterns.some((pattern) => pattern.test(number))) return false;
  if (!embedsId) return true;
  const embedded = number.length === 19 && number[0] === 'T' ? number.slice(1) : number;
  return !/^\d{17}[\dX]$/.test(embedded) || checkIdNumber(embedded).valid;
}

/**
 * Every finding about one certificate on one day, for a certificate of a type the work kind
 * accepts. Pure: the sources' answers come in as evidence.
 */
export function assessCertificate(
  certificate: PreparedCertificate,
  evidence: CertificateEvidence | undefined,
  today: EpochDay,
  atMs: number,
  policy: CompiledPolicy,
): CertificateAssessment {
  const findings: Finding[] = [];
  const dates = weighSources(certificate, evidence, policy, atMs, findings);
  const review = reviewDayOf(dates.validFrom, certificate.ref.type, dates.review, policy);
  dateFindings(certificate, dates, review, today, policy, findings);
  if (!numberLooksRight(certificate, policy)) {
    findings.push(
      finding(
        'suspicious-number',
        policy.document.suspiciousNumber === 'reject' ? 'reject' : 'warning',
        certificate.ref,
      ),
    );
  }
  const lapseDay = review !== null && review < dates.validTo ? review : dates.validTo;
  return { certificate, findings, lapseDay, rejected: findings.some((f) => f.severity === 'reject') };
}
