import { CryptoError } from './crypto-error';

/** True for a `Uint8Array` (a Node `Buffer` is one), also from another realm. */
export function isBytes(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array || (ArrayBuffer.isView(value) && value.constructor?.name === 'Uint8Array')
  );
}

/** Throws `ERR_CRYPTO_INVALID_INPUT` unless `value` is a `Uint8Array`. */
export function assertBytes(value: unknown, name: string): asserts value is Uint8Array {
  if (!isBytes(value)) {
    throw new CryptoError('ERR_CRYPTO_INVALID_INPUT', `${name} must be a Uint8Array`, {
      details: { name, type: typeof value },
    });
  }
}

const HEX_DIGITS = '0123456789abcdef';

/**
 * Lower-case hex of `bytes`.
 *
 * @example
 * ```ts
 * bytesToHex(new Uint8Array([0xca, 0xfe])); // 'cafe'
 * ```
 */
export function bytesToHex(bytes: Uint8Array): string {
  assertBytes(bytes, 'bytes');
  let hex = '';
  for (const byte of bytes) hex += HEX_DIGITS[byte >> 4]! + HEX_DIGITS[byte & 15]!;
  return hex;
}

/**
 * Bytes of a hex string (either case, no `0x` prefix, no separators).
 *
 * @throws {@link CryptoError} `ERR_CRYPTO_INVALID_HEX` on an odd length or a non-hex character.
 * @example
 * ```ts
 * hexToBytes('CAFE'); // Uint8Array [0xca, 0xfe]
 * ```
 */
export function hexToBytes(hex: string): Uint8Array {
  if (typeof hex !== 'string' || hex.length % 2 !== 0) {
    throw new CryptoError('ERR_CRYPTO_INVALID_HEX', 'hex must be a string of even length', {
      details: { length: typeof hex === 'string' ? hex.length : undefined },
    });
  }
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    const high = hexDigit(hex.charCodeAt(2 * i));
    const low = hexDigit(hex.charCodeAt(2 * i + 1));
    if (high < 0 || low < 0) {
      throw new CryptoError('ERR_CRYPTO_INVALID_HEX', 'hex has a non-hex character', {
        details: { offset: high < 0 ? 2 * i : 2 * i + 1 },
      });
    }
    bytes[i] = (high << 4) | low;
  }
  return bytes;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

/**
 * One new array holding `parts` in order.
 *
 * @example
 * ```ts
 * concatBytes(new Uint8Array([1]), new Uint8Array([2, 3])); // Uint8Array [1, 2, 3]
 * ```
 */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) {
    assertBytes(part, 'part');
    length += part.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Byte-wise equality. NOT constant time: use it for public data (key ids, hashes of public
 * values, signatures already verified), never to compare secrets or MACs.
 *
 * @example
 * ```ts
 * equalBytes(keyId(publicKey), expectedKid); // true or false
 * ```
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (!isBytes(a) || !isBytes(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
