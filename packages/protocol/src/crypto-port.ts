// The one door to Ed25519, X25519 and SHA-256: @weldcode/crypto, so every weldcode package verifies
// strictly (RFC 8032) and identically, natively (OpenSSL) in Node and in pure JS in browsers. Random bytes come from WebCrypto (Node 20 and browsers).
import { randomBytes as webRandomBytes } from '@noble/hashes/utils.js';

export {
  concatBytes,
  equalBytes,
  getPublicKey,
  keyId,
  sha256,
  sign,
  verify,
  x25519PublicKey,
  x25519SharedSecret,
} from '@weldcode/crypto';

export function randomBytes(length: number): Uint8Array {
  return webRandomBytes(length);
}
