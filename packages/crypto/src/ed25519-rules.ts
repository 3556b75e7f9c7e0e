import { hexToBytes, isBytes } from './bytes';

/** Ed25519 sizes in bytes. */
export const PUBLIC_KEY_LENGTH = 32;
export const SECRET_KEY_LENGTH = 32;
export const SIGNATURE_LENGTH = 64;

/** The group order L = 2^252 + 27742317777372353535851937790883648493, little-endian. */
const L_LE = hexToBytes('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010');

/**
 * The y coordinates (little-endian, sign bit clear) of the 8 points of order dividing 8:
 * 1 (identity), p-1 (order 2), 0 (order 4, two points) and the two y of the four order-8 points.
 * Every encoding of a small-order point carries one of these y, whatever its sign bit, so this
 * list also catches the "x = 0 with the sign bit set" encodings.
 */
const SMALL_ORDER_Y = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
].map(hexToBytes);

/**
 * The strict RFC 8032 checks both backends run before any curve arithmetic, so that OpenSSL
 * (which accepts non-canonical A, and small-order A and R) and noble return the same verdict:
 * - lengths: signature 64 bytes, public key 32 bytes, all three arguments `Uint8Array`;
 * - S canonical: S < L;
 * - A and R canonical: y < p (the x = 0 / sign-bit case is covered by the small-order list);
 * - A and R not of small order.
 * Whether A and R are points at all is left to the backend's decoder; the verification equation
 * is cofactorless on both backends (`[S]B = R + [k]A`), as in OpenSSL.
 */
export function passesStrictRules(signature: unknown, message: unknown, publicKey: unknown): boolean {
  if (!isBytes(signature) || !isBytes(message) || !isBytes(publicKey)) return false;
  if (signature.length !== SIGNATURE_LENGTH || publicKey.length !== PUBLIC_KEY_LENGTH) return false;
  return (
    isCanonicalScalar(signature.subarray(32, 64)) &&
    isStrictPointEncoding(publicKey) &&
    isStrictPointEncoding(signature.subarray(0, 32))
  );
}

/** A public key acceptable to {@link passesStrictRules}: 32 bytes, canonical y, not small order. */
export function isStrictPublicKey(publicKey: unknown): publicKey is Uint8Array {
  return isBytes(publicKey) && publicKey.length === PUBLIC_KEY_LENGTH && isStrictPointEncoding(publicKey);
}

/** S < L, comparing little-endian bytes from the most significant end. */
export function isCanonicalScalar(s: Uint8Array): boolean {
  for (let i = 31; i >= 0; i--) {
    const a = s[i]!;
    const b = L_LE[i]!;
    if (a !== b) return a < b;
  }
  return false; // S == L
}

/** y < p = 2^255 - 19 and y is not the y of a small-order point. */
export function isStrictPointEncoding(point: Uint8Array): boolean {
  return isCanonicalY(point) && !hasSmallOrderY(point);
}

function isCanonicalY(point: Uint8Array): boolean {
  if ((point[31]! & 0x7f) !== 0x7f) return true;
  for (let i = 30; i >= 1; i--) if (point[i] !== 0xff) return true;
  return point[0]! < 0xed;
}

function hasSmallOrderY(point: Uint8Array): boolean {
  return SMALL_ORDER_Y.some((y) => {
    for (let i = 0; i < 31; i++) if (point[i] !== y[i]) return false;
    return (point[31]! & 0x7f) === y[31];
  });
}
