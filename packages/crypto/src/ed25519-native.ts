import type { KeyObject } from 'node:crypto';
import { bytesToHex } from './bytes';
import { passesStrictRules } from './ed25519-rules';
import type { NodeCrypto } from './node-crypto';
import { rawPrivateKey, rawPublicKey, rawPublicOf } from './raw-key-objects';

/** A KeyObject for a raw 32-byte public key. OpenSSL does not validate the point here. */
export function nativePublicKey(native: NodeCrypto, publicKey: Uint8Array): KeyObject {
  return rawPublicKey(native, 'Ed25519', publicKey);
}

function nativeSecretKey(native: NodeCrypto, secretKey: Uint8Array): KeyObject {
  return rawPrivateKey(native, 'Ed25519', secretKey);
}

/** Most recently used KeyObjects of `verify`: building one costs about as much as the verify itself. */
const keyCache = new Map<string, KeyObject>();
const KEY_CACHE_SIZE = 256;

/** A KeyObject for `publicKey` from a small LRU cache (keys are public, so caching leaks nothing). */
export function cachedPublicKey(native: NodeCrypto, publicKey: Uint8Array): KeyObject {
  const id = bytesToHex(publicKey);
  let key = keyCache.get(id);
  if (key === undefined) {
    key = nativePublicKey(native, publicKey);
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value as string);
  } else {
    keyCache.delete(id); // re-insert below: Map order is the LRU order
  }
  keyCache.set(id, key);
  return key;
}

/** The raw public key of a 32-byte seed, via OpenSSL. */
export function nativeGetPublicKey(native: NodeCrypto, secretKey: Uint8Array): Uint8Array {
  return rawPublicOf(nativeSecretKey(native, secretKey));
}

/** An RFC 8032 signature (deterministic, so byte-identical to noble's). */
export function nativeSign(native: NodeCrypto, message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return new Uint8Array(native.sign(null, message, nativeSecretKey(native, secretKey)));
}

/**
 * Strict verification through OpenSSL. OpenSSL checks S < L and the cofactorless equation by
 * comparing the encoding of [S]B - [k]A with R; the shared pre-checks add what it lacks
 * (canonical A, small-order A and R), so the verdict equals the pure-JS backends'.
 */
export function nativeVerify(
  native: NodeCrypto,
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
  key: KeyObject | undefined,
): boolean {
  if (!passesStrictRules(signature, message, publicKey)) return false;
  try {
    return native.verify(null, message, key ?? cachedPublicKey(native, publicKey), signature);
  } catch {
    return false;
  }
}
