import {
  type CertificateRef,
  type CredentialPolicy,
  checkIdNumber,
  codeIdHash,
  hashIdNumber,
  maskIdNumber,
  parsePolicy,
  type RegistryCertificate,
  type ReverifyReport,
  reverifyCertificates,
  type Verdict,
  type VerifyRequest,
  verifyWorker,
} from '@weldcode/credentials';
import { errorOutcome } from './error-outcome';

type CredentialsVector = Record<string, unknown> & { kind: string };
type Policies = Record<string, CredentialPolicy>;

const refName = (ref: CertificateRef | null) => (ref === null ? null : `${ref.type}:${ref.number}`);

function verdictJson(verdict: Verdict) {
  return {
    decision: verdict.decision,
    reason: verdict.reason,
    findings: verdict.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      certificate: refName(f.certificate),
      details: { ...f.details },
    })),
    satisfiedBy: refName(verdict.satisfiedBy),
    daysUntilLapse: verdict.daysUntilLapse,
    lapseDay: verdict.lapseDay,
    day: verdict.day,
    policy: `${verdict.policy.policyId}@${verdict.policy.version}`,
  };
}

function reportJson(report: ReverifyReport) {
  return {
    day: report.day,
    counts: report.counts,
    alerts: report.alerts.map((a) => ({
      certificate: `${a.certificate.type}:${a.certificate.number}`,
      status: a.status,
      day: a.day,
      days: a.days,
      horizon: a.horizon,
    })),
  };
}

function policyOf(policies: Policies, name: unknown): CredentialPolicy {
  return parsePolicy(policies[String(name)]);
}

function request(v: CredentialsVector, policies: Policies): VerifyRequest {
  const { policy, ...rest } = v.request as Omit<VerifyRequest, 'policy'> & { policy: string };
  return { ...rest, policy: policyOf(policies, policy) };
}

function idNumber(v: CredentialsVector): unknown {
  const input = v.input as string;
  const result = checkIdNumber(input);
  return {
    valid: result.valid,
    ...(result.valid ? { normalized: result.normalized } : { problem: result.problem }),
    masked: maskIdNumber(input),
    ...(v.hash === undefined ? {} : { hash: hashIdNumber(input, v.salt as string) }),
    ...(v.codeHash === undefined ? {} : { codeHash: codeIdHash(input, (v.codeHash as string).slice(0, 8)) }),
  };
}

/** The credentials area of our testee (spec/conformance.md §5.3), run on @weldcode/credentials. */
export function credentialsOutcome(v: CredentialsVector, context: { policies?: Policies }): unknown {
  const policies = context.policies ?? {};
  switch (v.kind) {
    case 'verify':
      return { verdict: verdictJson(verifyWorker(request(v, policies))) };
    case 'error':
      return errorOutcome(() => verifyWorker(request(v, policies)));
    case 'id-number':
      return idNumber(v);
    case 'reverify': {
      const options = { at: v.at as string, policy: policyOf(policies, v.policy) };
      return { report: reportJson(reverifyCertificates(v.certificates as RegistryCertificate[], options)) };
    }
    case 'policy':
      return errorOutcome(() => parsePolicy(v.document));
    default:
      return undefined;
  }
}
