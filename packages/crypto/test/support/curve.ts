import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes } from '../../src/index';

/** Test-only curve arithmetic to build adversarial keys and signatures by hand. */
export const Point = ed.Point;
export const L = 2n ** 252n + 27742317777372353535851937790883648493n;
export const P = 2n ** 255n - 19n;

export function leToBigInt(bytes: Uint8Array): bigint {
  return BigInt(`0x${bytesToHex(bytes.slice().reverse()) || '0'}`);
}

export function bigIntToLe(value: bigint, length = 32): Uint8Array {
  const out = new Uint8Array(length);
  let rest = value;
  for (let i = 0; i < length; i++) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/** The 8 points of order dividing 8, generated from one point of order 8. */
export function torsionPoints(): ed.Point[] {
  const order8 = Point.fromHex('26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05');
  const points = [Point.ZERO];
  for (let i = 1; i < 8; i++) points.push(points[i - 1]!.add(order8));
  return points;
}

/** Every 32-byte encoding a lax decoder maps to `point`: canonical, sign-bit flipped at x = 0, y + p. */
export function allEncodings(point: ed.Point): Uint8Array[] {
  const canonical = point.toBytes();
  const encodings: Uint8Array[] = [canonical];
  const { x, y } = point.toAffine();
  const sign = canonical[31]! & 0x80;
  if (x === 0n) {
    const flipped = canonical.slice();
    flipped[31]! ^= 0x80;
    encodings.push(flipped);
  }
  if (y + P < 2n ** 255n) {
    const big = bigIntToLe(y + P);
    big[31]! |= sign;
    encodings.push(big);
  }
  return encodings;
}

/** An RFC 8032 signature by the scalar `a` for the point `publicPoint` (which may carry torsion). */
export function signWithScalar(message: Uint8Array, a: bigint, publicKey: Uint8Array, r: bigint): Uint8Array {
  const R = Point.BASE.multiply(r).toBytes();
  const k = leToBigInt(sha512(concatBytes(R, publicKey, message))) % L;
  const S = (r + k * a) % L;
  return concatBytes(R, bigIntToLe(S));
}

/** k = H(R || A || M) mod L, to predict whether a cofactorless check passes. */
export function challengeOf(signature: Uint8Array, publicKey: Uint8Array, message: Uint8Array): bigint {
  return leToBigInt(sha512(concatBytes(signature.subarray(0, 32), publicKey, message))) % L;
}

/** noble's own strict verify (cofactored), for comparison only. */
export function bareNobleVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (ed.hashes.sha512 === undefined) ed.hashes.sha512 = sha512;
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}
