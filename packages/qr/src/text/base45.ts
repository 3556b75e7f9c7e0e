import { QrError } from '../qr-error';

/** The RFC 9285 alphabet: exactly the QR alphanumeric-mode characters. */
export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE45_ALPHABET.length; i += 1) VALUES[BASE45_ALPHABET.charCodeAt(i)] = i;

/**
 * Encodes bytes as Base45 (RFC 9285).
 *
 * @example
 * ```ts
 * import { encodeBase45 } from '@weldcode/qr';
 *
 * encodeBase45(new TextEncoder().encode('AB')); // 'BB8'
 * ```
 */
export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = (bytes[i] as number) * 256 + (bytes[i + 1] as number);
    const c = n % 45;
    n = (n - c) / 45;
    const d = n % 45;
    out += BASE45_ALPHABET[c]! + BASE45_ALPHABET[d]! + BASE45_ALPHABET[(n - d) / 45]!;
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1] as number;
    out += BASE45_ALPHABET[n % 45]! + BASE45_ALPHABET[Math.floor(n / 45)]!;
  }
  return out;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const value = code < 128 ? (VALUES[code] as number) : -1;
  if (value < 0) {
    throw new QrError('ERR_QR_BASE45_CHAR', 'character outside the Base45 alphabet', {
      details: { index, char: text[index] },
    });
  }
  return value;
}

/**
 * Decodes Base45 strictly: a length of 3k+1, a character outside the alphabet, or a group whose
 * value does not fit its bytes is an error (RFC 9285 §4.2), never a silent wrap-around.
 *
 * @throws {@link QrError} `ERR_QR_BASE45_CHAR`, `ERR_QR_BASE45_LENGTH` or `ERR_QR_BASE45_OVERFLOW`.
 * @example
 * ```ts
 * import { decodeBase45 } from '@weldcode/qr';
 *
 * new TextDecoder().decode(decodeBase45('BB8')); // 'AB'
 * ```
 */
export function decodeBase45(text: string): Uint8Array {
  if (text.length % 3 === 1) {
    throw new QrError('ERR_QR_BASE45_LENGTH', 'Base45 length leaves one dangling character', {
      details: { length: text.length },
    });
  }
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    if (i + 2 < text.length) {
      const n = digit(text, i) + digit(text, i + 1) * 45 + digit(text, i + 2) * 2025;
      if (n > 0xffff)
        throw new QrError('ERR_QR_BASE45_OVERFLOW', 'Base45 group above 65535', { details: { index: i } });
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      const n = digit(text, i) + digit(text, i + 1) * 45;
      if (n > 0xff)
        throw new QrError('ERR_QR_BASE45_OVERFLOW', 'Base45 pair above 255', { details: { index: i } });
      out[o++] = n;
    }
  }
  return out;
}
