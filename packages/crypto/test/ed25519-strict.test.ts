import { describe, expect, it } from 'vitest';
import { concatBytes, generateKeyPair, hexToBytes, sign, verify } from '../src/index';
import { verdicts } from './support/backends';
import {
  allEncodings,
  bareNobleVerify,
  bigIntToLe,
  challengeOf,
  L,
  leToBigInt,
  P,
  Point,
  signWithScalar,
  torsionPoints,
} from './support/curve';

const message = new TextEncoder().encode('weldcode strictness');
const allFalse = (n: number) => Array<boolean>(n).fill(false);
const PATHS = verdicts(new Uint8Array(64), message, new Uint8Array(32)).length;

describe('strict RFC 8032 rules, identical on every backend', () => {
  it('the torsion list is complete: 8 distinct points, all of small order', () => {
    const points = torsionPoints();
    expect(new Set(points.map((p) => p.toHex())).size).toBe(8);
    for (const point of points) expect(point.isSmallOrder()).toBe(true);
  });

  it('rejects every encoding of every small-order public key, even with a signature that satisfies the equation', () => {
    for (const point of torsionPoints()) {
      for (const publicKey of allEncodings(point)) {
        // With A of small order, R = [S]B - [k]A; for the identity, R = [S]B always satisfies [S]B = R + [k]A.
        const s = 12345n;
        const forged = concatBytes(Point.BASE.multiply(s).toBytes(), bigIntToLe(s));
        expect(verdicts(forged, message, publicKey)).toEqual(allFalse(PATHS));
      }
    }
  });

  it('rejects small-order R in every encoding', () => {
    const { publicKey } = generateKeyPair();
    for (const point of torsionPoints()) {
      for (const r of allEncodings(point)) {
        const signature = concatBytes(r, bigIntToLe(7n));
        expect(verdicts(signature, message, publicKey)).toEqual(allFalse(PATHS));
      }
    }
  });

  it('rejects S = L and S = S + L (malleated) but accepts the original', () => {
    const { publicKey, secretKey } = generateKeyPair();
    const signature = sign(message, secretKey);
    const s = leToBigInt(signature.subarray(32));
    const withL = concatBytes(signature.subarray(0, 32), bigIntToLe(s + L));
    const exactlyL = concatBytes(signature.subarray(0, 32), bigIntToLe(L));
    expect(verdicts(signature, message, publicKey)).toEqual(Array(PATHS).fill(true));
    expect(verdicts(withL, message, publicKey)).toEqual(allFalse(PATHS));
    expect(verdicts(exactlyL, message, publicKey)).toEqual(allFalse(PATHS));
  });

  it('rejects a public key whose y is not reduced (y >= p) even when it names a valid point', () => {
    // y = 2 + p decodes (laxly) to the point with y = 2 if that is on the curve; use y = p + 3 .. p + 18 and check each.
    for (let y = 2n; y < 19n; y++) {
      const publicKey = bigIntToLe(y + P);
      expect(verdicts(new Uint8Array(64), message, publicKey)).toEqual(allFalse(PATHS));
    }
  });

  it('rejects non-canonical R (y >= p)', () => {
    const { publicKey } = generateKeyPair();
    for (let y = 0n; y < 19n; y++) {
      const signature = concatBytes(bigIntToLe(y + P), bigIntToLe(1n));
      expect(verdicts(signature, message, publicKey)).toEqual(allFalse(PATHS));
    }
  });

  it('uses the cofactorless equation on every backend (mixed-order keys), unlike noble`s cofactored check', () => {
    const torsion = torsionPoints()[1]!; // order 8
    const a = 0x1234567890abcdefn;
    const publicKey = Point.BASE.multiply(a).add(torsion).toBytes();
    let accepted = 0;
    let rejected = 0;
    for (let i = 1n; i <= 24n; i++) {
      const m = concatBytes(message, bigIntToLe(i, 4));
      const signature = signWithScalar(m, a, publicKey, 1000n + i);
      const expected = challengeOf(signature, publicKey, m) % 8n === 0n;
      expect(verdicts(signature, m, publicKey)).toEqual(Array(PATHS).fill(expected));
      expect(bareNobleVerify(signature, m, publicKey)).toBe(true);
      if (expected) accepted++;
      else rejected++;
    }
    expect(rejected).toBeGreaterThan(0);
    expect(accepted + rejected).toBe(24);
  });

  it('rejects a public key that is not a point', () => {
    // y = 2: 4 - 1 = 3 over (d*4 + 1) is not a square mod p (checked by noble throwing).
    const publicKey = bigIntToLe(2n);
    expect(() => Point.fromBytes(publicKey)).toThrow();
    expect(verdicts(new Uint8Array(64), message, publicKey)).toEqual(allFalse(PATHS));
  });

  it('returns false, never throws, on wrong lengths and wrong types', () => {
    const { publicKey, secretKey } = generateKeyPair();
    const signature = sign(message, secretKey);
    const bad: unknown[] = [undefined, null, 'ab', 12, [1, 2], new Uint16Array(32), {}];
    for (const backend of ['native', 'noble'] as const) {
      expect(verify(signature.subarray(0, 63), message, publicKey, { backend })).toBe(false);
      expect(verify(concatBytes(signature, new Uint8Array(1)), message, publicKey, { backend })).toBe(false);
      expect(verify(signature, message, publicKey.subarray(0, 31), { backend })).toBe(false);
      expect(verify(signature, message, concatBytes(publicKey, new Uint8Array(1)), { backend })).toBe(false);
      for (const value of bad) {
        expect(verify(value as Uint8Array, message, publicKey, { backend })).toBe(false);
        expect(verify(signature, value as Uint8Array, publicKey, { backend })).toBe(false);
        expect(verify(signature, message, value as Uint8Array, { backend })).toBe(false);
      }
    }
  });

  it('accepts a signature given as a Buffer or a subarray view', () => {
    const { publicKey, secretKey } = generateKeyPair();
    const signature = sign(message, secretKey);
    const padded = concatBytes(new Uint8Array(3), signature);
    expect(verdicts(padded.subarray(3), Buffer.from(message), Buffer.from(publicKey))).toEqual(
      Array(PATHS).fill(true),
    );
  });

  it('the small-order y list matches the torsion points exactly', () => {
    const ys = new Set(torsionPoints().map((p) => p.toAffine().y));
    expect(ys).toEqual(
      new Set(
        [
          '0000000000000000000000000000000000000000000000000000000000000000',
          '0100000000000000000000000000000000000000000000000000000000000000',
          'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
          '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
          'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
        ].map((hex) => leToBigInt(hexToBytes(hex))),
      ),
    );
  });
});
