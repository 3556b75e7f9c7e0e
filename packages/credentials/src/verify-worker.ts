import { formatCalendarDay, shanghaiDay } from './calendar-day';
import { type CertificateRef, prepareCertificate, type WorkerCredential } from './certificate-record';
import { CredentialsError } from './credentials-error';
import { DEFAULT_POLICY } from './default-policy';
import { assessCertificate, type CertificateAssessment } from './evaluate-certificate';
import type { EvidenceMap } from './evidence';
import { compareFindings, type Finding, finding } from './finding';
import { holderFindings, type PresentedHolder } from './holder-binding';
import { type Instant, instantMs } from './instant';
import { type CredentialPolicy, compilePolicy } from './policy';
import type { ReasonCode } from './reason-codes';
import { isWorkKind, type WorkKind } from './vocabulary';

/** Everything one verification needs; sources' answers come in as `evidence`. */
export interface VerifyRequest {
  workKind: WorkKind;
  credential: WorkerCredential;
  /** Who is scanning (人证相符). */
  presented: PresentedHolder;
  /** When; the Asia/Shanghai calendar day of this instant decides. */
  at: Instant;
  /** Defaults to {@link DEFAULT_POLICY}. */
  policy?: CredentialPolicy;
  /** Hex salt for ID numbers when the credential carries none (the district's holder salt). */
  idSalt?: string;
  evidence?: EvidenceMap;
}

/** The three outcomes of a verification. */
export type Decision = 'accept' | 'reject' | 'accept-with-warning';

/** The result of {@link verifyWorker}: a decision a town officer can have explained. */
export interface Verdict {
  decision: Decision;
  /** The finding that explains the decision; `null` for a clean accept. */
  reason: ReasonCode | null;
  /** Findings in canonical order: the holder's, then the deciding certificate's (or, on reject, all applicable ones). */
  findings: Finding[];
  /** The certificate that satisfied the rule. */
  satisfiedBy: CertificateRef | null;
  /** Days from today to the satisfying certificate's lapse day (0 on its last day). */
  daysUntilLapse: number | null;
  /** The last day the satisfying certificate is good for work (expiry or review, whichever is first). */
  lapseDay: string | null;
  workKind: WorkKind;
  /** The Asia/Shanghai day that was checked. */
  day: string;
  policy: { policyId: string; version: string };
}

function better(a: CertificateAssessment, b: CertificateAssessment): number {
  const warnings = a.findings.length - b.findings.length;
  if (warnings !== 0) return warnings;
  if (a.lapseDay !== b.lapseDay) return b.lapseDay - a.lapseDay;
  const x = a.certificate;
  const y = b.certificate;
  if (x.typeCode !== y.typeCode) return x.typeCode - y.typeCode;
  if (x.key !== y.key) return x.key < y.key ? -1 : 1;
  if (x.ref.authority !== y.ref.authority) return x.ref.authority < y.ref.authority ? -1 : 1;
  return x.validFrom - y.validFrom;
}

function checkRequest(request: VerifyRequest): void {
  if (typeof request !== 'object' || request === null) {
    throw new CredentialsError('ERR_CRED_INPUT_INVALID', 'expected a request object', {});
  }
  if (!isWorkKind(request.workKind)) {
    throw new CredentialsError('ERR_CRED_INPUT_INVALID', 'unknown work kind', {
      details: { field: 'workKind' },
    });
  }
  const credential = request.credential;
  if (
    typeof credential !== 'object' ||
    credential === null ||
    typeof credential.workerId !== 'string' ||
    typeof credential.idHash !== 'string' ||
    !Array.isArray(credential.certificates)
  ) {
    throw new CredentialsError(
      'ERR_CRED_INPUT_INVALID',
      'credential needs workerId, idHash and certificates',
      {
        details: { field: 'credential' },
      },
    );
  }
}

/**
 * Decides whether a worker may do one kind of hot work on the day of `at`. Pure and synchronous:
 * the same request gives the same verdict, whatever the order of certificates.
 *
 * @throws {@link CredentialsError} for unusable input only (`ERR_CRED_INPUT_INVALID`,
 *   `ERR_CRED_DATE_INVALID`, `ERR_CRED_POLICY_INVALID`); a wrong presented ID number is a finding.
 * @example
 * ```ts
 * import { hashIdNumber, verifyWorker } from '@weldcode/credentials';
 *
 * const salt = '000102030405060708090a0b0c0d0e0f';
 * const verdict = verifyWorker({
 *   workKind: 'crowded-place',
 *   at: '2026-11-28T09:00:00+08:00',
 *   presented: { idNumber: '11010519491231002X' },
 *   credential: {
 *     workerId: 'w-1', idHash: hashIdNumber('11010519491231002X', salt), idSalt: salt,
 *     certificates: [{ type: 'em-welding', number: 'T11010519491231002X', authority: '上海市应急管理局',
 *       validFrom: '2024-03-01', validTo: '2030-02-28', nextReviewDate: '2027-03-01' }],
 *   },
 * });
 * verdict.decision; // 'accept'
 * ```
 */
export function verifyWorker(request: VerifyRequest): Verdict {
  checkRequest(request);
  const policy = compilePolicy(request.policy ?? DEFAULT_POLICY);
  const atMs = instantMs(request.at);
  const today = shanghaiDay(atMs);
  const holder = holderFindings(request.credential, request.presented, request.idSalt);
  const certificates = request.credential.certificates.map(prepareCertificate);
  const accepted = policy.accepted[request.workKind];
  const applicable = certificates.filter((certificate) => accepted.has(certificate.ref.type));
  const assessments = applicable.map((certificate) =>
    assessCertificate(certificate, request.evidence?.[certificate.key], today, atMs, policy),
  );
  const passing = assessments.filter((assessment) => !assessment.rejected).sort(better);
  const base = {
    workKind: request.workKind,
    day: formatCalendarDay(today),
    policy: { policyId: policy.document.policyId, version: policy.document.version },
  };
  const best = passing[0];
  if (holder.length === 0 && best !== undefined) {
    const findings = [...best.findings].sort(compareFindings);
    return {
      ...base,
      decision: findings.length === 0 ? 'accept' : 'accept-with-warning',
      reason: findings[0]?.code ?? null,
      findings,
      satisfiedBy: best.certificate.ref,
      daysUntilLapse: best.lapseDay - today,
      lapseDay: formatCalendarDay(best.lapseDay),
    };
  }
  const findings = [...holder, ...assessments.flatMap((assessment) => assessment.findings)];
  if (certificates.length === 0) findings.push(finding('no-certificate', 'reject', null));
  else if (applicable.length === 0) {
    for (const certificate of certificates) {
      findings.push(
        finding('wrong-type-for-work-kind', 'reject', certificate.ref, { workKind: request.workKind }),
      );
    }
  }
  findings.sort(compareFindings);
  return {
    ...base,
    decision: 'reject',
    reason: findings[0]?.code ?? 'no-certificate',
    findings,
    satisfiedBy: null,
    daysUntilLapse: null,
    lapseDay: null,
  };
}
