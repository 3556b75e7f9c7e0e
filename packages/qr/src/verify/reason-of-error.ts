import { isWeldcodeError } from '@weldcode/errors';
import type { QrErrorCode } from '../qr-error';
import type { ReasonCode } from '../reasons';

const NOT_DETERMINISTIC: readonly QrErrorCode[] = [
  'ERR_QR_CBOR_NON_MINIMAL',
  'ERR_QR_CBOR_INDEFINITE_LENGTH',
  'ERR_QR_CBOR_KEY_ORDER',
];

/** The reason code a decoding error stands for (spec/qr.md §9.2). */
export function reasonOfError(error: unknown): ReasonCode {
  if (!isWeldcodeError<QrErrorCode>(error)) return 'SCHEMA_ERROR';
  const code = error.code;
  if (code === 'ERR_QR_BAD_PREFIX' || code === 'ERR_QR_BAD_URL') return 'BAD_PREFIX';
  if (code.startsWith('ERR_QR_BASE45_')) return 'BAD_BASE45';
  if (NOT_DETERMINISTIC.includes(code)) return 'CBOR_NOT_DETERMINISTIC';
  if (code.startsWith('ERR_QR_CBOR_')) return 'CBOR_MALFORMED';
  if (code === 'ERR_QR_COSE_TAG') return 'BAD_COSE_TAG';
  if (code === 'ERR_QR_COSE_STRUCTURE') return 'BAD_COSE_STRUCTURE';
  if (code === 'ERR_QR_COSE_ALGORITHM') return 'ALGORITHM_MISMATCH';
  return 'SCHEMA_ERROR';
}
