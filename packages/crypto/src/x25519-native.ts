import type { NodeCrypto } from './node-crypto';
import { rawPrivateKey, rawPublicKey, rawPublicOf } from './raw-key-objects';

/** X25519(k, 9) through OpenSSL. */
export function nativeX25519PublicKey(native: NodeCrypto, secretKey: Uint8Array): Uint8Array {
  return rawPublicOf(rawPrivateKey(native, 'X25519', secretKey));
}

/**
 * X25519(k, u) through OpenSSL, or `undefined` when OpenSSL refuses the derivation: it does so
 * exactly when the result is all zeros (u of small order), the case RFC 7748 §6.1 lets us abort.
 */
export function nativeX25519(
  native: NodeCrypto,
  secretKey: Uint8Array,
  publicKey: Uint8Array,
): Uint8Array | undefined {
  const privateKey = rawPrivateKey(native, 'X25519', secretKey);
  const peer = rawPublicKey(native, 'X25519', publicKey);
  try {
    const shared = native.diffieHellman({ privateKey, publicKey: peer });
    return new Uint8Array(shared.buffer, shared.byteOffset, shared.byteLength);
  } catch {
    return undefined;
  }
}
