import type { KeyObject } from 'node:crypto';
import { bytesToHex, concatBytes, hexToBytes } from './bytes';
import { passesStrictRules } from './ed25519-rules';
import type { NodeCrypto } from './node-crypto';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw 32-byte key follows. */
const SPKI_PREFIX = hexToBytes('302a300506032b6570032100');
/** DER prefix of an Ed25519 PKCS #8 PrivateKeyInfo (RFC 8410); the raw 32-byte seed follows. */
const PKCS8_PREFIX = hexToBytes('302e020100300506032b657004220420');

/** A KeyObject for a raw 32-byte public key. OpenSSL does not validate the point here. */
export function nativePublicKey(native: NodeCrypto, publicKey: Uint8Array): KeyObject {
  return native.createPublicKey({
    key: Buffer.from(concatBytes(SPKI_PREFIX, publicKey)),
    format: 'der',
    type: 'spki',
  });
}

function nativeSecretKey(native: NodeCrypto, secretKey: Uint8Array): KeyObject {
  return native.createPrivateKey({
    key: Buffer.from(concatBytes(PKCS8_PREFIX, secretKey)),
    format: 'der',
    type: 'pkcs8',
  });
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
  const spki = native
    .createPublicKey(nativeSecretKey(native, secretKey))
    .export({ format: 'der', type: 'spki' });
  return new Uint8Array(spki.subarray(SPKI_PREFIX.length));
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
