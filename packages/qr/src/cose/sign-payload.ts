import { encodeCanonical } from '../cbor/canonical-encode';
import type { CborValue } from '../cbor/cbor-value';
import { getPublicKey, keyId, sign } from '../crypto';
import { type Payload, payloadToCbor } from '../payloads/payload';
import { encodeCoseSign1, protectedHeader, sigStructure } from './cose-sign1';

/**
 * Signs any weldcode payload (code, trust list, revocation list) as a tagged COSE_Sign1 with
 * Ed25519 and returns its bytes. The payload is validated against its schema first.
 *
 * @throws {@link QrError} `ERR_QR_SCHEMA` for an invalid payload; `CryptoError` for a bad key.
 * @example
 * ```ts
 * import { signPayload } from '@weldcode/qr';
 *
 * const bytes = signPayload(trustList, rootSecretKey);
 * ```
 */
export function signPayload(payload: Payload, secretKey: Uint8Array): Uint8Array {
  const payloadBytes = encodeCanonical(payloadToCbor(payload) as CborValue);
  const protectedBytes = protectedHeader(keyId(getPublicKey(secretKey)));
  const signature = sign(sigStructure(protectedBytes, payloadBytes), secretKey);
  return encodeCoseSign1({ protectedBytes, payload: payloadBytes, signature });
}
