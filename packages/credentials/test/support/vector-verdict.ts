import type { CertificateRef, ReverifyReport, Verdict } from '../../src/index';

/** A verdict as the vectors store it: certificates named by `type:number`, the policy by `id@version`. */
export interface VectorVerdict {
  decision: Verdict['decision'];
  reason: string | null;
  findings: {
    code: string;
    severity: string;
    certificate: string | null;
    details: Record<string, string | number>;
  }[];
  satisfiedBy: string | null;
  daysUntilLapse: number | null;
  lapseDay: string | null;
  day: string;
  policy: string;
}

const name = (ref: CertificateRef | null) => (ref === null ? null : `${ref.type}:${ref.number}`);

export function toVectorVerdict(verdict: Verdict): VectorVerdict {
  return {
    decision: verdict.decision,
    reason: verdict.reason,
    findings: verdict.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      certificate: name(f.certificate),
      details: { ...f.details },
    })),
    satisfiedBy: name(verdict.satisfiedBy),
    daysUntilLapse: verdict.daysUntilLapse,
    lapseDay: verdict.lapseDay,
    day: verdict.day,
    policy: `${verdict.policy.policyId}@${verdict.policy.version}`,
  };
}

/** A re-verification report as the vectors store it. */
export function toVectorReport(report: ReverifyReport) {
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
