import { WeldcodeError } from '@weldcode/errors';

/**
 * Every code {@link QrError} can carry. Stable API: never renamed, never reused.
 * Decoders throw these on bad input; `verify` never throws and maps them to a {@link ReasonCode}.
 */
export type QrErrorCode =
  | 'ERR_QR_BAD_PREFIX'
  | 'ERR_QR_BAD_URL'
  | 'ERR_QR_BASE45_CHAR'
  | 'ERR_QR_BASE45_LENGTH'
  | 'ERR_QR_BASE45_OVERFLOW'
  | 'ERR_QR_CBOR_TRUNCATED'
  | 'ERR_QR_CBOR_TRAILING_BYTES'
  | 'ERR_QR_CBOR_INDEFINITE_LENGTH'
  | 'ERR_QR_CBOR_NON_MINIMAL'
  | 'ERR_QR_CBOR_KEY_ORDER'
  | 'ERR_QR_CBOR_DUPLICATE_KEY'
  | 'ERR_QR_CBOR_INVALID_UTF8'
  | 'ERR_QR_CBOR_RESERVED'
  | 'ERR_QR_CBOR_UNSUPPORTED'
  | 'ERR_QR_CBOR_TOO_DEEP'
  | 'ERR_QR_COSE_TAG'
  | 'ERR_QR_COSE_STRUCTURE'
  | 'ERR_QR_COSE_ALGORITHM'
  | 'ERR_QR_SCHEMA'
  | 'ERR_QR_RENDER';

/**
 * The one error class of `@weldcode/qr`.
 *
 * @example
 * ```ts
 * import { decodeText, QrError } from '@weldcode/qr';
 *
 * try {
 *   decodeText('WC1:%%%');
 * } catch (error) {
 *   if (error instanceof QrError) console.log(error.code); // ERR_QR_BASE45_CHAR
 * }
 * ```
 */
export class QrError extends WeldcodeError<QrErrorCode> {}
