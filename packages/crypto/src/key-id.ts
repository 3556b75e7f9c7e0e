import { assertBytes } from './bytes';
import { CryptoError } from './crypto-error';
import { sha256 } from './hash';

/** Length in bytes of a {@link keyId}. */
export const KEY_ID_LENGTH = 8;

/**
 * The key id of an Ed25519 public key: the first 8 bytes of SHA-256(publicKey). Used as the
 * COSE `kid` of signed codes and to look keys up in trust lists.
 *
 * @throws {@link CryptoError} `ERR_CRYPTO_KEY_LENGTH` unless the key has 32 bytes.
 * @example
 * ```ts
 * const { publicKey } = generateKeyPair();
 * keyId(publicKey).length; // 8
 * ```
 */
export function keyId(publicKey: Uint8Array): Uint8Array {
  assertBytes(publicKey, 'publicKey');
  if (publicKey.length !== 32) {
    throw new CryptoError('ERR_CRYPTO_KEY_LENGTH', 'an Ed25519 public key has 32 bytes', {
      details: { expected: 32, actual: publicKey.length },
    });
  }
  return sha256(publicKey).slice(0, KEY_ID_LENGTH);
}
