import { bytesToHex } from '@noble/hashes/utils.js';
import { type EpochDay, formatCalendarDay, parseCalendarDay } from './calendar-day';
import type { CertificateRecord, WorkerCredential } from './certificate-record';
import { CredentialsError } from './credentials-error';
import { type CertificateType, certificateTypeFromCode, isCertificateType } from './vocabulary';

/**
 * One certificate of a signed worker credential, field for field (spec/qr.md, worker credential).
 * Both the wire form (type code, day counts) and the form `@weldcode/qr` decodes to (type id,
 * `YYYY-MM-DD`) are accepted, so neither package needs the other.
 */
export interface CodeCertificate {
  /** Certificate type code 1..3, or its id. */
  type: number | CertificateType;
  /** Empty when the number is the holder's ID number. */
  number: string;
  /** GB/T 2260 division code of the issuing authority. */
  authority: number;
  /** Days since 1970-01-01 naming Asia/Shanghai dates, or those dates as `YYYY-MM-DD`. */
  validFrom: EpochDay | string;
  validTo: EpochDay | string;
  nextReview?: EpochDay | string;
}

/** The parts of a signed worker credential that certificate verification reads. */
export interface CodeCredential {
  workerId: number;
  maskedName: string;
  /** 16 bytes: salt(4) ‖ SHA-256(salt ‖ ID)[0..12]. */
  idHash: Uint8Array;
  certificates: readonly CodeCertificate[];
}

/** Highest day a code may carry: 9999-12-31. */
const MAX_DAY = 2_932_896;

function day(value: number | string, field: string): string {
  if (typeof value === 'string') return formatCalendarDay(parseCalendarDay(value));
  if (!Number.isInteger(value) || value < 0 || value > MAX_DAY) {
    throw new CredentialsError('ERR_CRED_DATE_INVALID', `${field} is not a day count`, {
      details: { field },
    });
  }
  return formatCalendarDay(value);
}

function typeOf(type: number | CertificateType): CertificateType {
  if (isCertificateType(type)) return type;
  return certificateTypeFromCode(type as number);
}

function certificate(entry: CodeCertificate, index: number): CertificateRecord {
  const record: CertificateRecord = {
    type: typeOf(entry.type),
    number: entry.number,
    authority: String(entry.authority),
    validFrom: day(entry.validFrom, `certificates[${index}].validFrom`),
    validTo: day(entry.validTo, `certificates[${index}].validTo`),
  };
  if (entry.nextReview !== undefined)
    record.nextReviewDate = day(entry.nextReview, `certificates[${index}].nextReview`);
  return record;
}

/**
 * Maps a decoded, signature-checked worker credential onto the records this package verifies,
 * one field to one field (spec/credentials.md §2): type code → type id, day counts → `YYYY-MM-DD`,
 * worker id and authority code → decimal text, id hash → hex.
 *
 * @throws {@link CredentialsError} `ERR_CRED_CERTIFICATE_TYPE_UNKNOWN`, `ERR_CRED_DATE_INVALID`.
 * @example
 * ```ts
 * import { credentialFromCode, verifyWorker } from '@weldcode/credentials';
 * const credential = credentialFromCode(decodedPayload);
 * verifyWorker({ workKind: 'ordinary', at: Date.now(), presented: { idNumber }, credential });
 * ```
 */
export function credentialFromCode(code: CodeCredential): WorkerCredential {
  if (!(code?.idHash instanceof Uint8Array) || !Array.isArray(code.certificates)) {
    throw new CredentialsError('ERR_CRED_INPUT_INVALID', 'expected a decoded worker credential', {});
  }
  return {
    workerId: String(code.workerId),
    maskedName: code.maskedName,
    idHash: bytesToHex(code.idHash),
    certificates: code.certificates.map(certificate),
  };
}
