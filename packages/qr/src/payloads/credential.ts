import type { CborMap, CborValue } from '../cbor/cbor-value';
import { dateOf, dayNumber } from './calendar';
import { array, asMap, bytes, codeOf, mapOf, named, schemaError, text, uint } from './fields';
import { CERTIFICATE_TYPES, type CertificateType } from './vocabulary';

/** One welding certificate inside a worker credential. Dates are Asia/Shanghai `YYYY-MM-DD`. */
export interface CredentialCertificate {
  type: CertificateType;
  /** The certificate number; '' when the number embeds the holder's ID number (WC-QR-047). */
  number: string;
  /** GB/T 2260 code of the issuing authority's region; the type names the department. */
  authority: number;
  validFrom: string;
  validTo: string;
  /** Next review (复审 / 延期复核) date, when the certificate has one. */
  nextReview?: string;
}

/**
 * A worker credential (kind 2). The `@weldcode/credentials` package applies certificate rules
 * to it; this package only proves it genuine.
 *
 * @example
 * ```ts
 * const credential: WorkerCredential = {
 *   kind: 'credential', workerId: 52_001, maskedName: '张*明', idHash: hashIdNumber(id, salt),
 *   issuedAt: 1_772_000_000,
 *   certificates: [{ type: 'em-welding', number: '', authority: 310000,
 *     validFrom: '2024-05-01', validTo: '2030-04-30', nextReview: '2027-05-01' }],
 * };
 * ```
 */
export interface WorkerCredential {
  kind: 'credential';
  workerId: number;
  /** Name with all but the first and last characters masked (`张*明`, `王*`). */
  maskedName: string;
  /** 4-byte salt ‖ first 12 bytes of SHA-256(salt ‖ ID number); see {@link hashIdNumber}. */
  idHash: Uint8Array;
  /** Unix seconds. */
  issuedAt: number;
  /** Unix seconds; absent: the end of the latest certificate's `validTo` day. */
  expiresAt?: number;
  certificates: CredentialCertificate[];
}

const KEYS = [0, 1, 2, 3, 4, 5, 6] as const;
const MAX_CERTIFICATES = 8;
const DAY_MAX = 2_932_896;

function encodeCertificate(cert: CredentialCertificate, i: number): CborValue[] {
  const field = `certificates[${i}]`;
  const items: CborValue[] = [
    codeOf(cert.type, CERTIFICATE_TYPES, `${field}.type`),
    text(cert.number, `${field}.number`, 32),
    uint(cert.authority, `${field}.authority`, 999_999),
    dayNumber(cert.validFrom, `${field}.validFrom`),
    dayNumber(cert.validTo, `${field}.validTo`),
  ];
  if (cert.nextReview !== undefined) items.push(dayNumber(cert.nextReview, `${field}.nextReview`));
  return items;
}

function decodeCertificate(value: CborValue, i: number): CredentialCertificate {
  const field = `certificates[${i}]`;
  const items = array(value, field, 5, 6);
  const nextReview = items[5];
  return {
    type: named(items[0], CERTIFICATE_TYPES, `${field}.type`),
    number: text(items[1], `${field}.number`, 32),
    authority: uint(items[2], `${field}.authority`, 999_999),
    validFrom: dateOf(uint(items[3], `${field}.validFrom`, DAY_MAX)),
    validTo: dateOf(uint(items[4], `${field}.validTo`, DAY_MAX)),
    ...(nextReview === undefined
      ? {}
      : { nextReview: dateOf(uint(nextReview, `${field}.nextReview`, DAY_MAX)) }),
  };
}

export function encodeCredential(credential: WorkerCredential): CborMap {
  if (credential.certificates.length < 1 || credential.certificates.length > MAX_CERTIFICATES) {
    schemaError('a credential carries 1..8 certificates', 'certificates');
  }
  return mapOf([
    [0, 2],
    [1, uint(credential.workerId, 'workerId')],
    [2, text(credential.maskedName, 'maskedName', 24)],
    [3, bytes(credential.idHash, 'idHash', 16)],
    [4, uint(credential.issuedAt, 'issuedAt')],
    [5, credential.certificates.map(encodeCertificate)],
    [6, credential.expiresAt === undefined ? undefined : uint(credential.expiresAt, 'expiresAt')],
  ]);
}

export function decodeCredential(map: CborMap): WorkerCredential {
  asMap(map, KEYS, 'credential');
  const expiresAt = map.get(6);
  return {
    kind: 'credential',
    workerId: uint(map.get(1), 'workerId'),
    maskedName: text(map.get(2), 'maskedName', 24),
    idHash: bytes(map.get(3), 'idHash', 16),
    issuedAt: uint(map.get(4), 'issuedAt'),
    ...(expiresAt === undefined ? {} : { expiresAt: uint(expiresAt, 'expiresAt') }),
    certificates: array(map.get(5), 'certificates', 1, MAX_CERTIFICATES).map(decodeCertificate),
  };
}
