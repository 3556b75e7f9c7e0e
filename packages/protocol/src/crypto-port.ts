// The only file that touches Ed25519 and SHA-256. Until @weldcode/crypto lands on main it forwards
// to @noble/curves with strict RFC 8032 verification (zip215: false); afterwards it re-exports
// @weldcode/crypto so every package verifies the same way.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { concatBytes as concat, randomBytes as random } from '@noble/hashes/utils.js';

export function getPublicKey(secretKey: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(secretKey);
}

export function sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed25519.sign(message, secretKey);
}

export function verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}

export function keyId(publicKey: Uint8Array): Uint8Array {
  return sha256(publicKey).slice(0, 8);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  return concat(...parts);
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

export function randomBytes(length: number): Uint8Array {
  return random(length);
}
