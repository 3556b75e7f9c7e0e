import { QrError } from '../qr-error';
import type { CodePayload } from './payload';

const BYTE_FIELDS = new Set(['idHash', 'chipKeyHash', 'credentialHashes', 'plateHashes', 'publicKey']);

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

function fromHex(value: unknown, field: string): Uint8Array {
  if (typeof value !== 'string' || !/^([0-9a-f]{2})*$/i.test(value)) {
    throw new QrError('ERR_QR_SCHEMA', `${field} must be a hex string`, { details: { field } });
  }
  return Uint8Array.from(value.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/**
 * JSON form of a payload, as the vectors and the CLI hold it: byte strings as lower-case hex.
 *
 * @example
 * ```ts
 * import { payloadToJson } from '@weldcode/qr';
 *
 * JSON.stringify(payloadToJson(credential)); // {"kind":"credential",...,"idHash":"5a17c309..."}
 * ```
 */
export function payloadToJson(payload: unknown): unknown {
  if (payload instanceof Uint8Array) return toHex(payload);
  if (Array.isArray(payload)) return payload.map(payloadToJson);
  if (payload !== null && typeof payload === 'object') {
    return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, payloadToJson(value)]));
  }
  return payload;
}

/**
 * Reads the JSON form back (hex strings of the byte fields become bytes). The result is checked
 * against the schema when it is issued.
 *
 * @throws {@link QrError} `ERR_QR_SCHEMA` when a byte field is not hex or the kind is unknown.
 * @example
 * ```ts
 * import { issueCode, payloadFromJson } from '@weldcode/qr';
 *
 * issueCode(payloadFromJson(JSON.parse(text)), secretKey);
 * ```
 */
export function payloadFromJson(json: unknown): CodePayload {
  const kind = (json as { kind?: unknown } | null)?.kind;
  if (kind !== 'plate' && kind !== 'credential' && kind !== 'permit') {
    throw new QrError('ERR_QR_SCHEMA', 'kind must be plate, credential or permit', {
      details: { field: 'kind' },
    });
  }
  const entries = Object.entries(json as Record<string, unknown>).map(([key, value]) => {
    if (!BYTE_FIELDS.has(key)) return [key, value];
    return [
      key,
      Array.isArray(value) ? value.map((item, i) => fromHex(item, `${key}[${i}]`)) : fromHex(value, key),
    ];
  });
  return Object.fromEntries(entries) as CodePayload;
}
