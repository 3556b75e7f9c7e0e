import { sha256 as nobleSha256, sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import { assertBytes } from './bytes';
import { nodeCrypto } from './node-crypto';

/**
 * SHA-256 of `data`: `node:crypto` where present, `@noble/hashes` elsewhere (same bytes).
 *
 * @example
 * ```ts
 * bytesToHex(sha256(new TextEncoder().encode('abc'))); // 'ba7816bf...'
 * ```
 */
export function sha256(data: Uint8Array): Uint8Array {
  return digest('sha256', data);
}

/**
 * SHA-512 of `data`: `node:crypto` where present, `@noble/hashes` elsewhere (same bytes).
 *
 * @example
 * ```ts
 * sha512(new Uint8Array()).length; // 64
 * ```
 */
export function sha512(data: Uint8Array): Uint8Array {
  return digest('sha512', data);
}

function digest(algorithm: 'sha256' | 'sha512', data: Uint8Array): Uint8Array {
  assertBytes(data, 'data');
  const native = nodeCrypto();
  if (native === undefined) return algorithm === 'sha256' ? nobleSha256(data) : nobleSha512(data);
  const out = native.createHash(algorithm).update(data).digest();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
