import type { CertificateRef } from './certificate-record';
import { type FindingSeverity, type ReasonCode, reasonRank } from './reason-codes';

/** One observation about a verification, with one stable code. */
export interface Finding {
  code: ReasonCode;
  severity: FindingSeverity;
  /** The certificate the finding is about; `null` for findings about the holder or the worker. */
  certificate: CertificateRef | null;
  /** Values for the message templates (`days`, `day`, `horizon`, ...). */
  details: Readonly<Record<string, string | number>>;
}

export function finding(
  code: ReasonCode,
  severity: FindingSeverity,
  certificate: CertificateRef | null,
  details: Record<string, string | number> = {},
): Finding {
  return { code, severity, certificate, details };
}

function certificateOrder(a: CertificateRef | null, b: CertificateRef | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  if (a.number !== b.number) return a.number < b.number ? -1 : 1;
  return a.authority < b.authority ? -1 : a.authority > b.authority ? 1 : 0;
}

/** Canonical order (rejections first, then by code priority, then by certificate), input order never shows. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'reject' ? -1 : 1;
  return (
    reasonRank(a.code) - reasonRank(b.code) ||
    certificateOrder(a.certificate, b.certificate) ||
    detailsOrder(a.details, b.details)
  );
}

/** Two records of one certificate number (a duplicate entry) still sort the same way every time. */
function detailsOrder(a: Finding['details'], b: Finding['details']): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
