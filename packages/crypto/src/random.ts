import { CryptoError } from './crypto-error';
import { nodeCrypto } from './node-crypto';

/** `length` bytes from the platform's CSPRNG. */
export function randomBytes(length: number): Uint8Array {
  const native = nodeCrypto();
  if (native !== undefined) return new Uint8Array(native.randomBytes(length));
  const webCrypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (typeof webCrypto?.getRandomValues === 'function')
    return webCrypto.getRandomValues(new Uint8Array(length));
  throw new CryptoError('ERR_CRYPTO_NO_RANDOM', 'no secure random source (crypto.getRandomValues)');
}
