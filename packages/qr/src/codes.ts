import { decodeStrict } from './cbor/strict-decode';
import { type CoseSign1, decodeCoseSign1 } from './cose/cose-sign1';
import { signPayload } from './cose/sign-payload';
import { sha256 } from './crypto';
import type { CodePayload, Payload } from './payloads/payload';
import { payloadFromCbor } from './payloads/payload';
import { QrError } from './qr-error';
import { decodeText, encodeText, encodeUrl } from './text/text-form';

/** A freshly signed code in every form it is printed or bound in. */
export interface IssuedCode {
  /** The COSE_Sign1 bytes. */
  bytes: Uint8Array;
  /** `WC1:` + Base45: what the QR holds. */
  text: string;
  /** What a permit lists to cover this code ({@link bindingHash}). */
  bindingHash: Uint8Array;
}

/**
 * Signs a plate, credential or permit and returns its bytes, text form and binding hash.
 *
 * @throws {@link QrError} `ERR_QR_SCHEMA` when the payload breaks the schema of spec/qr.md.
 * @example
 * ```ts
 * import { issueCode } from '@weldcode/qr';
 *
 * const { text } = issueCode(
 *   { kind: 'plate', machineId: 1_200_345, chipId: 88_000_123, district: 310120, issuedOn: '2026-03-01', plateSeq: 1 },
 *   issuerSecretKey,
 * );
 * // text: 'WC1:...' (174 characters: QR version 10 at ECC H)
 * ```
 */
export function issueCode(payload: CodePayload, secretKey: Uint8Array): IssuedCode {
  const bytes = signPayload(payload, secretKey);
  return { bytes, text: encodeText(bytes), bindingHash: bindingHash(bytes) };
}

/**
 * The URL form of a code for general phone scanners (WeChat), see spec/qr.md §4.3.
 *
 * @example
 * ```ts
 * import { issueCode, toUrlForm } from '@weldcode/qr';
 *
 * toUrlForm(issueCode(plate, key).bytes, 'HTTPS://QR.FX.SH.GOV.CN/C/');
 * ```
 */
export function toUrlForm(bytes: Uint8Array, base: string): string {
  return encodeUrl(bytes, base);
}

/**
 * First 8 bytes of SHA-256 of a code's COSE bytes: how a permit names the credentials and
 * plates it covers (WC-QR-053).
 *
 * @example
 * ```ts
 * import { bindingHash, issueCode } from '@weldcode/qr';
 *
 * const plate = issueCode(platePayload, key);
 * bindingHash(plate.bytes); // equals plate.bindingHash
 * ```
 */
export function bindingHash(bytes: Uint8Array): Uint8Array {
  return sha256(bytes).slice(0, 8);
}

/** A parsed but NOT verified code: for display and debugging only. */
export interface DecodedCode extends CoseSign1 {
  bytes: Uint8Array;
  payloadValue: Payload;
}

/**
 * Parses a scanned text or URL down to its payload without checking the signature — never use
 * the result to decide anything; call a verifier for that.
 *
 * @throws {@link QrError} with the code of the first layer that fails.
 * @example
 * ```ts
 * import { inspectCode } from '@weldcode/qr';
 *
 * console.log(inspectCode(scanned).payloadValue.kind);
 * ```
 */
export function inspectCode(scanned: string | Uint8Array): DecodedCode {
  const bytes = typeof scanned === 'string' ? decodeText(scanned) : scanned;
  const cose = decodeCoseSign1(bytes);
  const value = decodeStrict(cose.payload);
  if (typeof value === 'object' && 'tag' in value) throw new QrError('ERR_QR_SCHEMA', 'payload is tagged');
  return { ...cose, bytes, payloadValue: payloadFromCbor(value) };
}
