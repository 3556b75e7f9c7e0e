import type { CborMap, CborValue } from '../cbor/cbor-value';
import { QrError } from '../qr-error';

/** Throws the one schema error of the package. */
export function schemaError(message: string, field?: string): never {
  throw new QrError('ERR_QR_SCHEMA', message, { details: field === undefined ? {} : { field } });
}

/** Reads a payload map, rejecting keys the kind does not define (a typo never passes). */
export function asMap(value: CborValue | undefined, allowedKeys: readonly number[], what: string): CborMap {
  if (!(value instanceof Map)) return schemaError(`${what} must be a map`, what);
  for (const key of value.keys()) {
    if (!allowedKeys.includes(key)) schemaError(`${what} has unknown key ${key}`, `${what}.${key}`);
  }
  return value;
}

export function uint(value: CborValue | undefined, field: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || value < 0 || value > max)
    schemaError(`${field} must be an unsigned integer`, field);
  return value as number;
}

export function int(value: CborValue | undefined, field: string, limit: number): number {
  if (typeof value !== 'number' || Math.abs(value) > limit) schemaError(`${field} out of range`, field);
  return value as number;
}

export function bytes(value: CborValue | undefined, field: string, length?: number): Uint8Array {
  if (!(value instanceof Uint8Array) || (length !== undefined && value.length !== length)) {
    schemaError(`${field} must be ${length ?? 'a'} byte string`, field);
  }
  return value as Uint8Array;
}

export function text(value: CborValue | undefined, field: string, maxBytes: number): string {
  if (typeof value !== 'string' || new TextEncoder().encode(value).length > maxBytes) {
    schemaError(`${field} must be a text of at most ${maxBytes} bytes`, field);
  }
  return value as string;
}

export function array(value: CborValue | undefined, field: string, min: number, max: number): CborValue[] {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    schemaError(`${field} must be an array of ${min}..${max} items`, field);
  }
  return value as CborValue[];
}

/** Maps a code to its name through a closed table; unknown codes are schema errors. */
export function named<N extends string>(
  value: CborValue | undefined,
  table: readonly (N | '')[],
  field: string,
): N {
  const name = typeof value === 'number' ? table[value] : undefined;
  if (name === undefined || name === '') schemaError(`${field} has an unknown code`, field);
  return name as N;
}

/** Inverse of {@link named} for encoders. */
export function codeOf<N extends string>(name: N, table: readonly (N | '')[], field: string): number {
  const code = (name as string) === '' ? -1 : table.indexOf(name);
  if (code < 0) schemaError(`${field} has an unknown name`, field);
  return code;
}

/** Puts optional fields only when present, so absent stays absent on the wire. */
export function mapOf(entries: ReadonlyArray<readonly [number, CborValue | undefined]>): CborMap {
  const map: CborMap = new Map();
  for (const [key, value] of entries) if (value !== undefined) map.set(key, value);
  return map;
}
