import type { ReverifyReport } from './batch-reverify';
import type { CertificateRef } from './certificate-record';
import type { Verdict } from './verify-worker';

/** A verdict as plain JSON: certificates named `type:number`, the policy `id@version`. */
export interface VerdictJson {
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

const refName = (ref: CertificateRef | null) => (ref === null ? null : `${ref.type}:${ref.number}`);

/**
 * A verdict as plain JSON for logs, APIs and test vectors (the form `conformance/vectors/credentials`
 * stores).
 *
 * @example
 * ```ts
 * import { verdictToJson, verifyWorker } from '@weldcode/credentials';
 *
 * console.log(JSON.stringify(verdictToJson(verifyWorker(request))));
 * ```
 */
export function verdictToJson(verdict: Verdict): VerdictJson {
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

/**
 * A re-verification report as plain JSON (certificates named `type:number`).
 *
 * @example
 * ```ts
 * import { reverifyCertificates, reverifyReportToJson } from '@weldcode/credentials';
 *
 * console.log(reverifyReportToJson(reverifyCertificates(registry, { at: Date.now() })).alerts);
 * ```
 */
export function reverifyReportToJson(report: ReverifyReport) {
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
