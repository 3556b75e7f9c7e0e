import { QrError, type QrErrorCode } from '../qr-error';
import type { CborMap, CborTagged, CborValue } from './cbor-value';

const MAX_DEPTH = 16;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Options of {@link decodeStrict}. */
export interface StrictDecodeOptions {
  /** Accept one tag on the top-level item (COSE_Sign1); nested tags are always rejected. */
  topLevelTag?: boolean;
}

function fail(code: QrErrorCode, message: string, offset: number): never {
  throw new QrError(code, message, { details: { offset } });
}

/**
 * One pass over the bytes that both checks RFC 8949 §4.2.1 core deterministic encoding and builds
 * the value, so nothing reaches the schema that a second decoder might read differently.
 */
class StrictReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  readDocument(topLevelTag: boolean): CborValue | CborTagged {
    const value = this.readItem(0, topLevelTag);
    if (this.offset !== this.bytes.length) {
      fail('ERR_QR_CBOR_TRAILING_BYTES', 'bytes after the CBOR item', this.offset);
    }
    return value;
  }

  private byte(): number {
    const value = this.bytes[this.offset];
    if (value === undefined) fail('ERR_QR_CBOR_TRUNCATED', 'CBOR item truncated', this.offset);
    this.offset += 1;
    return value;
  }

  /** Reads the argument of a head and insists on its shortest form. */
  private argument(info: number, start: number): number {
    if (info < 24) return info;
    if (info === 31) fail('ERR_QR_CBOR_INDEFINITE_LENGTH', 'indefinite length or break', start);
    if (info > 27) fail('ERR_QR_CBOR_RESERVED', 'reserved additional information', start);
    const size = 1 << (info - 24);
    if (this.offset + size > this.bytes.length) fail('ERR_QR_CBOR_TRUNCATED', 'CBOR head truncated', start);
    let value = 0;
    for (let i = 0; i < size; i += 1) value = value * 256 + this.byte();
    const minimum = [24, 0x100, 0x10000, 0x100000000][info - 24] as number;
    if (value < minimum) fail('ERR_QR_CBOR_NON_MINIMAL', 'integer or length not in shortest form', start);
    if (!Number.isSafeInteger(value)) fail('ERR_QR_CBOR_UNSUPPORTED', 'integer beyond 2^53-1', start);
    return value;
  }

  private take(length: number, start: number): Uint8Array {
    if (this.offset + length > this.bytes.length) fail('ERR_QR_CBOR_TRUNCATED', 'string truncated', start);
    const slice = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  private readItem(depth: number, tagAllowed = false): CborValue | CborTagged {
    if (depth > MAX_DEPTH) fail('ERR_QR_CBOR_TOO_DEEP', 'CBOR nesting too deep', this.offset);
    const start = this.offset;
    const head = this.byte();
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 31) fail('ERR_QR_CBOR_INDEFINITE_LENGTH', 'break outside indefinite item', start);
      fail('ERR_QR_CBOR_UNSUPPORTED', 'floats and simple values are outside the profile', start);
    }
    const argument = this.argument(info, start);
    switch (major) {
      case 0:
        return argument;
      case 1:
        if (argument >= Number.MAX_SAFE_INTEGER)
          fail('ERR_QR_CBOR_UNSUPPORTED', 'integer below -2^53', start);
        return -1 - argument;
      case 2:
        return this.take(argument, start);
      case 3:
        return this.text(argument, start);
      case 4:
        return this.array(argument, depth);
      case 5:
        return this.map(argument, depth);
      default:
        return this.tagged(argument, depth, tagAllowed, start);
    }
  }

  private text(length: number, start: number): string {
    try {
      return utf8.decode(this.take(length, start));
    } catch (cause) {
      if (cause instanceof QrError) throw cause;
      return fail('ERR_QR_CBOR_INVALID_UTF8', 'text string is not valid UTF-8', start);
    }
  }

  private array(count: number, depth: number): CborValue[] {
    if (count > this.bytes.length - this.offset)
      fail('ERR_QR_CBOR_TRUNCATED', 'array truncated', this.offset);
    const items: CborValue[] = [];
    for (let i = 0; i < count; i += 1) items.push(this.readItem(depth + 1) as CborValue);
    return items;
  }

  private map(count: number, depth: number): CborMap {
    if (count * 2 > this.bytes.length - this.offset)
      fail('ERR_QR_CBOR_TRUNCATED', 'map truncated', this.offset);
    const map: CborMap = new Map();
    let previous: Uint8Array | undefined;
    for (let i = 0; i < count; i += 1) {
      const keyStart = this.offset;
      const key = this.readItem(depth + 1);
      if (typeof key !== 'number') fail('ERR_QR_CBOR_UNSUPPORTED', 'map keys must be integers', keyStart);
      const encodedKey = this.bytes.subarray(keyStart, this.offset);
      if (previous !== undefined) {
        const order = compareBytes(previous, encodedKey);
        if (order === 0) fail('ERR_QR_CBOR_DUPLICATE_KEY', 'duplicate map key', keyStart);
        if (order > 0) fail('ERR_QR_CBOR_KEY_ORDER', 'map keys not in bytewise order', keyStart);
      }
      previous = encodedKey;
      map.set(key, this.readItem(depth + 1) as CborValue);
    }
    return map;
  }

  private tagged(tag: number, depth: number, allowed: boolean, start: number): CborTagged {
    if (!allowed) fail('ERR_QR_CBOR_UNSUPPORTED', `tag ${tag} not allowed here`, start);
    return { tag, value: this.readItem(depth + 1) as CborValue };
  }
}

/** Bytewise lexicographic order of encoded keys (RFC 8949 §4.2.1). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/**
 * Decodes one CBOR item of the weldcode profile and rejects anything that is not core
 * deterministic: non-shortest heads, indefinite lengths, unsorted or duplicate map keys,
 * trailing bytes, invalid UTF-8, floats, simple values and unexpected tags.
 *
 * @throws {@link QrError} with an `ERR_QR_CBOR_*` code.
 * @example
 * ```ts
 * import { decodeStrict } from '@weldcode/qr';
 *
 * decodeStrict(Uint8Array.of(0xa1, 0x01, 0x20)); // Map { 1 => -1 }
 * decodeStrict(Uint8Array.of(0x18, 0x01)); // throws ERR_QR_CBOR_NON_MINIMAL
 * ```
 */
export function decodeStrict(bytes: Uint8Array, options: StrictDecodeOptions = {}): CborValue | CborTagged {
  return new StrictReader(bytes).readDocument(options.topLevelTag ?? false);
}
