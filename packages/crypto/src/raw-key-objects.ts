import type { KeyObject } from 'node:crypto';
import { concatBytes, hexToBytes } from './bytes';
import type { NodeCrypto } from './node-crypto';

/** The two RFC 8410 curves this package hands to OpenSSL. */
export type OkpCurve = 'Ed25519' | 'X25519';

/** DER prefixes (RFC 8410) of a SubjectPublicKeyInfo and a PKCS #8 PrivateKeyInfo; the raw 32 bytes follow. */
const DER_PREFIXES: Record<OkpCurve, { spki: Uint8Array; pkcs8: Uint8Array }> = {
  Ed25519: {
    spki: hexToBytes('302a300506032b6570032100'),
    pkcs8: hexToBytes('302e020100300506032b657004220420'),
  },
  X25519: {
    spki: hexToBytes('302a300506032b656e032100'),
    pkcs8: hexToBytes('302e020100300506032b656e04220420'),
  },
};

const base64url = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');

/*
 * Raw keys enter OpenSSL as JWK rather than DER: Node imports an OKP JWK with
 * EVP_PKEY_new_raw_*_key, while DER goes through OpenSSL 3's decoder framework, about ten times
 * slower (Node 20.20 / OpenSSL 3.0: PKCS #8 480 µs vs 45 µs, SPKI 94 µs vs 14 µs), which made a
 * native handshake slower than pure JS. Node reads only `d` of a private JWK (`x` must be a
 * string); should a runtime ever refuse that, the DER import still works.
 */

/** A KeyObject for a raw 32-byte public key. OpenSSL does not validate the point here. */
export function rawPublicKey(native: NodeCrypto, curve: OkpCurve, publicKey: Uint8Array): KeyObject {
  try {
    return native.createPublicKey({
      key: { kty: 'OKP', crv: curve, x: base64url(publicKey) },
      format: 'jwk',
    });
  } catch {
    const der = Buffer.from(concatBytes(DER_PREFIXES[curve].spki, publicKey));
    return native.createPublicKey({ key: der, format: 'der', type: 'spki' });
  }
}

/** A KeyObject for a raw 32-byte secret key (Ed25519 seed or X25519 scalar). */
export function rawPrivateKey(native: NodeCrypto, curve: OkpCurve, secretKey: Uint8Array): KeyObject {
  try {
    return native.createPrivateKey({
      key: { kty: 'OKP', crv: curve, d: base64url(secretKey), x: '' },
      format: 'jwk',
    });
  } catch {
    const der = Buffer.from(concatBytes(DER_PREFIXES[curve].pkcs8, secretKey));
    return native.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  }
}

/** The raw public key of a private KeyObject (its JWK `x`, computed by OpenSSL). */
export function rawPublicOf(privateKey: KeyObject): Uint8Array {
  const { x } = privateKey.export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(x ?? '', 'base64url'));
}
