import { type EpochDay, parseCalendarDay } from './calendar-day';
import { CredentialsError } from './credentials-error';
import { type CertificateType, certificateTypeCode, isCertificateType } from './vocabulary';

/**
 * One certificate as a verifier receives it. Field for field the certificate entry of the signed
 * worker credential (spec/qr.md): type code → `type`, number, authority, valid-from, valid-to,
 * next review date. Days are Asia/Shanghai calendar days `YYYY-MM-DD`; `validTo` is the last valid day.
 */
export interface CertificateRecord {
  type: CertificateType;
  /**
   * The number printed on the certificate (证书编号); empty when it is the holder's ID number,
   * which a signed credential never carries (spec/qr.md).
   */
  number: string;
  /** The issuing authority (发证机关), as code or name. */
  authority: string;
  /** First day of the current term. */
  validFrom: string;
  /** Last day of the current term (inclusive). */
  validTo: string;
  /** Last day by which the next review (复审) must be passed, when the certificate has one. */
  nextReviewDate?: string;
}

/**
 * A worker and the certificates they hold, as in the signed worker credential: worker id, masked
 * name, salted hash of the ID number (and the salt, when the credential carries its own).
 */
export interface WorkerCredential {
  workerId: string;
  maskedName?: string;
  /** Lower-case hex of {@link hashIdNumber} of the holder's ID number. */
  idHash: string;
  /** Hex salt of `idHash` when the credential carries one; otherwise the verifier's district salt. */
  idSalt?: string;
  certificates: CertificateRecord[];
}

/** How a certificate is named in results and alerts. */
export interface CertificateRef {
  type: CertificateType;
  number: string;
  authority: string;
}

/** A certificate record with its days parsed once (batch re-verification reuses it). */
export interface PreparedCertificate {
  readonly ref: CertificateRef;
  readonly key: string;
  readonly typeCode: number;
  readonly validFrom: EpochDay;
  readonly validTo: EpochDay;
  readonly nextReviewDate: EpochDay | null;
}

/**
 * The key that names a certificate across sources: `type:number`.
 *
 * @example
 * ```ts
 * import { certificateKey } from '@weldcode/credentials';
 * certificateKey({ type: 'em-welding', number: 'T11010519491231002X' }); // 'em-welding:T11010519491231002X'
 * ```
 */
export function certificateKey(certificate: { type: CertificateType; number: string }): string {
  return `${certificate.type}:${certificate.number}`;
}

function invalid(why: string, details: Record<string, unknown>): CredentialsError {
  return new CredentialsError('ERR_CRED_INPUT_INVALID', `invalid certificate record: ${why}`, { details });
}

/**
 * Checks and parses one certificate record.
 *
 * @throws {@link CredentialsError} `ERR_CRED_INPUT_INVALID` or `ERR_CRED_DATE_INVALID`.
 * @example
 * ```ts
 * import { prepareCertificate } from '@weldcode/credentials';
 * const prepared = prepareCertificate({
 *   type: 'em-welding', number: 'T11010519491231002X', authority: '上海市应急管理局',
 *   validFrom: '2024-03-01', validTo: '2030-02-28', nextReviewDate: '2027-03-01',
 * });
 * ```
 */
export function prepareCertificate(record: CertificateRecord): PreparedCertificate {
  if (typeof record !== 'object' || record === null) throw invalid('expected an object', {});
  if (!isCertificateType(record.type)) throw invalid('unknown type', { type: String(record.type) });
  if (typeof record.number !== 'string' || record.number.length > 64) {
    throw invalid('number must be at most 64 characters', {});
  }
  if (typeof record.authority !== 'string' || record.authority.length > 128) {
    throw invalid('authority must be a string', {});
  }
  const ref: CertificateRef = { type: record.type, number: record.number, authority: record.authority };
  return {
    ref,
    key: certificateKey(ref),
    typeCode: certificateTypeCode(record.type),
    validFrom: parseCalendarDay(record.validFrom),
    validTo: parseCalendarDay(record.validTo),
    nextReviewDate: record.nextReviewDate === undefined ? null : parseCalendarDay(record.nextReviewDate),
  };
}
