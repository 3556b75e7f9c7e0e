import { Encoder, Tag } from 'cbor-x';
import { QrError } from '../qr-error';
import type { CborValue } from './cbor-value';
import { compareBytes } from './strict-decode';

const encoder = new Encoder({
  useRecords: false,
  mapsAsObjects: false,
  variableMapSize: true,
  tagUint8Array: false,
  pack: false,
});

const UINT32_LIMIT = 0x100000000;

/**
 * Rewrites a profile value into what cbor-x encodes in shortest form: integers beyond 32 bits as
 * bigint (cbor-x would write a float64) and map entries sorted by their encoded keys.
 */
function prepare(value: CborValue): unknown {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new QrError('ERR_QR_CBOR_UNSUPPORTED', 'only safe integers are in the CBOR profile', {
        details: { value },
      });
    }
    return value >= UINT32_LIMIT || value < -UINT32_LIMIT ? BigInt(value) : value;
  }
  if (typeof value === 'string' || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(prepare);
  const entries = [...value.entries()].map(([key, item]) => ({
    key,
    encodedKey: encoder.encode(prepare(key)) as Uint8Array,
    item: prepare(item),
  }));
  entries.sort((a, b) => compareBytes(a.encodedKey, b.encodedKey));
  return new Map(entries.map((entry) => [prepare(entry.key), entry.item]));
}

/**
 * Encodes a profile value as deterministic CBOR (RFC 8949 §4.2.1) with cbor-x.
 *
 * @example
 * ```ts
 * import { encodeCanonical } from '@weldcode/qr';
 *
 * encodeCanonical(new Map([[4, 1], [1, -8]])); // a2 01 27 04 01
 * ```
 */
export function encodeCanonical(value: CborValue, tag?: number): Uint8Array {
  const prepared = prepare(value);
  const bytes = encoder.encode(tag === undefined ? prepared : new Tag(prepared, tag));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice();
}
