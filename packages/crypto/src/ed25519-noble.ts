import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { challenge, equationHolds, scalarS } from './ed25519-equation';
import { passesStrictRules } from './ed25519-rules';

/** noble needs a synchronous SHA-512; set on first use (not at import: the package is side-effect free). */
function noble(): typeof ed {
  if (ed.hashes.sha512 === undefined) ed.hashes.sha512 = sha512;
  return ed;
}

export function nobleGetPublicKey(secretKey: Uint8Array): Uint8Array {
  return noble().getPublicKey(secretKey);
}

export function nobleSign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return noble().sign(message, secretKey);
}

/**
 * Strict verification in pure JS. noble's own `verify(..., { zip215: false })` uses the
 * cofactored equation and accepts small-order R; OpenSSL is cofactorless. We run the shared
 * pre-checks and the cofactorless equation on noble's point arithmetic so both backends agree.
 */
export function nobleVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (!passesStrictRules(signature, message, publicKey)) return false;
  try {
    const minusA = ed.Point.fromBytes(publicKey).negate();
    const k = challenge(signature, publicKey, message);
    const sB = ed.Point.BASE.multiply(scalarS(signature), false);
    return equationHolds(sB.add(minusA.multiply(k, false)), signature);
  } catch {
    return false; // A is not a point
  }
}
