import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes } from './bytes';

/** The group order L. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

/** S of a 64-byte signature as an integer (callers have checked S < L). */
export function scalarS(signature: Uint8Array): bigint {
  return littleEndianToBigInt(signature.subarray(32, 64));
}

/** k = SHA-512(R || A || M) mod L, hashed with `@noble/hashes` so the pure-JS path stays pure. */
export function challenge(signature: Uint8Array, publicKey: Uint8Array, message: Uint8Array): bigint {
  return littleEndianToBigInt(sha512(concatBytes(signature.subarray(0, 32), publicKey, message))) % L;
}

function littleEndianToBigInt(bytes: Uint8Array): bigint {
  return BigInt(`0x${bytesToHex(bytes.slice().reverse()) || '0'}`);
}

/** Encoding of [S]B - [k]A, compared with R byte for byte as OpenSSL does (R is canonical). */
export function equationHolds(sBminusKA: { toBytes(): Uint8Array }, signature: Uint8Array): boolean {
  const encoded = sBminusKA.toBytes();
  for (let i = 0; i < 32; i++) if (encoded[i] !== signature[i]) return false;
  return true;
}
