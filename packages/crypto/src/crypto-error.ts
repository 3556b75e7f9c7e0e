import { WeldcodeError } from '@weldcode/errors';

/**
 * Stable codes of every error `@weldcode/crypto` throws. Verification never throws: a bad
 * signature, key or length is the result `false`, not one of these.
 */
export type CryptoErrorCode =
  /** A secret key (seed) or public key does not have the required 32 bytes. */
  | 'ERR_CRYPTO_KEY_LENGTH'
  /** A value that must be a `Uint8Array` is something else. */
  | 'ERR_CRYPTO_INVALID_INPUT'
  /** A hex string has an odd length or a non-hex character. */
  | 'ERR_CRYPTO_INVALID_HEX'
  /** The requested backend (for example `native` outside Node) cannot run here. */
  | 'ERR_CRYPTO_BACKEND_UNAVAILABLE'
  /** No secure random source exists (`crypto.getRandomValues` or `node:crypto`). */
  | 'ERR_CRYPTO_NO_RANDOM'
  /** An X25519 public key of small order: the shared secret would be all zeros. */
  | 'ERR_CRYPTO_WEAK_KEY';

/**
 * The one error class of `@weldcode/crypto`; `code` is a {@link CryptoErrorCode}.
 *
 * @example
 * ```ts
 * import { CryptoError, sign } from '@weldcode/crypto';
 *
 * try {
 *   sign(new Uint8Array([1]), new Uint8Array(31));
 * } catch (error) {
 *   if (error instanceof CryptoError && error.code === 'ERR_CRYPTO_KEY_LENGTH') console.log(error.details);
 * }
 * ```
 */
export class CryptoError extends WeldcodeError<CryptoErrorCode> {}
