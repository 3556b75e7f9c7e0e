import { x25519 as nobleX25519 } from '@noble/curves/ed25519.js';
import { assertBytes } from './bytes';
import { CryptoError } from './crypto-error';
import type { BackendOptions } from './ed25519';
import { backendCrypto } from './node-crypto';
import { nativeX25519, nativeX25519PublicKey } from './x25519-native';

/** Bytes of an X25519 secret scalar, public u-coordinate and shared secret (RFC 7748). */
export const X25519_KEY_LENGTH = 32;

/**
 * The X25519 public key of a 32-byte secret: X25519(k, 9) of RFC 7748. Both backends clamp the
 * scalar as the RFC says and give the same bytes.
 *
 * @throws {@link CryptoError} `ERR_CRYPTO_KEY_LENGTH`, `ERR_CRYPTO_INVALID_INPUT`,
 * `ERR_CRYPTO_BACKEND_UNAVAILABLE`.
 * @example
 * ```ts
 * import { x25519PublicKey } from '@weldcode/crypto';
 *
 * const secret = crypto.getRandomValues(new Uint8Array(32));
 * const publicKey = x25519PublicKey(secret); // 32 bytes, sent to the peer
 * ```
 */
export function x25519PublicKey(secretKey: Uint8Array, options: BackendOptions = {}): Uint8Array {
  assertKey(secretKey, 'secretKey');
  const native = backendCrypto(options.backend);
  return native === undefined
    ? nobleX25519.getPublicKey(secretKey)
    : nativeX25519PublicKey(native, secretKey);
}

/**
 * The X25519 shared secret of our secret and the peer's public key (RFC 7748 §6.1). The top bit
 * of the peer's u-coordinate is ignored and u ≥ p is reduced, as the RFC requires, on both
 * backends. A peer key of small order makes the result all zeros: that is refused with
 * `ERR_CRYPTO_WEAK_KEY` (the RFC's optional check, which both OpenSSL and noble perform).
 *
 * @throws {@link CryptoError} `ERR_CRYPTO_WEAK_KEY`, `ERR_CRYPTO_KEY_LENGTH`,
 * `ERR_CRYPTO_INVALID_INPUT`, `ERR_CRYPTO_BACKEND_UNAVAILABLE`.
 * @example
 * ```ts
 * import { x25519PublicKey, x25519SharedSecret } from '@weldcode/crypto';
 *
 * const a = crypto.getRandomValues(new Uint8Array(32));
 * const b = crypto.getRandomValues(new Uint8Array(32));
 * x25519SharedSecret(a, x25519PublicKey(b)); // equals x25519SharedSecret(b, x25519PublicKey(a))
 * ```
 */
export function x25519SharedSecret(
  secretKey: Uint8Array,
  publicKey: Uint8Array,
  options: BackendOptions = {},
): Uint8Array {
  assertKey(secretKey, 'secretKey');
  assertKey(publicKey, 'publicKey');
  const native = backendCrypto(options.backend);
  const shared =
    native === undefined ? nobleShared(secretKey, publicKey) : nativeX25519(native, secretKey, publicKey);
  if (shared === undefined) {
    throw new CryptoError(
      'ERR_CRYPTO_WEAK_KEY',
      'the X25519 public key has small order (all-zero shared secret)',
    );
  }
  return shared;
}

function nobleShared(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array | undefined {
  try {
    return nobleX25519.getSharedSecret(secretKey, publicKey);
  } catch {
    return undefined; // noble refuses exactly the all-zero result
  }
}

function assertKey(key: Uint8Array, name: string): void {
  assertBytes(key, name);
  if (key.length !== X25519_KEY_LENGTH) {
    throw new CryptoError('ERR_CRYPTO_KEY_LENGTH', `${name} must have ${X25519_KEY_LENGTH} bytes`, {
      details: { name, expected: X25519_KEY_LENGTH, actual: key.length },
    });
  }
}
