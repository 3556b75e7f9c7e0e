import type { CborMap, CborValue } from '../cbor/cbor-value';
import { array, asMap, bytes, codeOf, mapOf, named, schemaError, text, uint } from './fields';
import { PAYLOAD_KINDS, type PayloadKind } from './vocabulary';

/** One issuer key in a trust list. */
export interface TrustedKey {
  /** Raw 32-byte Ed25519 public key; its kid is the first 8 bytes of its SHA-256. */
  publicKey: Uint8Array;
  /** The issuer (a district platform, a certificate authority) the key belongs to. */
  issuer: number;
  /** Payload kinds the key may sign. */
  kinds: PayloadKind[];
  /** Codes signed at or after this Unix time are accepted. */
  notBefore: number;
  /** Codes signed after this Unix time are not; codes signed before stay valid (no flag day). */
  notAfter: number;
  /** GB/T 2260 district the key may issue plates for. */
  district?: number;
  /** For people: `奉贤区码平台 2026`. */
  name?: string;
}

/**
 * A trust list (kind 4), signed by a root key.
 *
 * @example
 * ```ts
 * const list: TrustList = {
 *   kind: 'trust-list', number: 7, issuedAt: now, nextUpdate: now + 86_400, expiresAt: now + 30 * 86_400,
 *   keys: [{ publicKey, issuer: 310120, kinds: ['plate', 'permit', 'revocation'], notBefore: now, notAfter: now + 365 * 86_400 }],
 * };
 * ```
 */
export interface TrustList {
  kind: 'trust-list';
  /** Raised on every publication; a verifier never goes back to a lower number. */
  number: number;
  issuedAt: number;
  /** After this instant the list is stale: still used, reported with TRUST_LIST_STALE. */
  nextUpdate: number;
  /** After this instant the list is expired: nothing verifies against it. */
  expiresAt: number;
  keys: TrustedKey[];
  /** Root keys allowed to sign later lists (root rotation); absent: the signing root only. */
  roots?: Uint8Array[];
}

const KEYS = [0, 1, 2, 3, 4, 5, 6] as const;
const ENTRY_KEYS = [1, 2, 3, 4, 5, 6, 7] as const;
const MAX_KEYS = 256;
const SIGNABLE: readonly PayloadKind[] = ['plate', 'credential', 'permit', 'revocation'];

function encodeKey(key: TrustedKey, i: number): CborMap {
  const field = `keys[${i}]`;
  if (key.kinds.length < 1 || key.kinds.some((kind) => !SIGNABLE.includes(kind))) {
    schemaError('an issuer key signs plates, credentials, permits or revocations', `${field}.kinds`);
  }
  if (key.notAfter < key.notBefore) schemaError('notAfter precedes notBefore', `${field}.notAfter`);
  return mapOf([
    [1, bytes(key.publicKey, `${field}.publicKey`, 32)],
    [2, uint(key.issuer, `${field}.issuer`)],
    [
      3,
      [...new Set(key.kinds)]
        .map((kind) => codeOf(kind, PAYLOAD_KINDS, `${field}.kinds`))
        .sort((a, b) => a - b),
    ],
    [4, uint(key.notBefore, `${field}.notBefore`)],
    [5, uint(key.notAfter, `${field}.notAfter`)],
    [6, key.district === undefined ? undefined : uint(key.district, `${field}.district`, 999_999)],
    [7, key.name === undefined ? undefined : text(key.name, `${field}.name`, 64)],
  ]);
}

function decodeKey(value: CborValue, i: number): TrustedKey {
  const field = `keys[${i}]`;
  const map = asMap(value, ENTRY_KEYS, field);
  const kinds = array(map.get(3), `${field}.kinds`, 1, SIGNABLE.length).map((kind) =>
    named(kind, PAYLOAD_KINDS, `${field}.kinds`),
  );
  if (kinds.some((kind) => !SIGNABLE.includes(kind))) schemaError('kind not signable by an issuer', field);
  const codes = map.get(3) as number[];
  if (codes.some((code, j) => j > 0 && code <= (codes[j - 1] as number))) {
    schemaError('kinds must be ascending without repeats', `${field}.kinds`);
  }
  const district = map.get(6);
  const name = map.get(7);
  const key: TrustedKey = {
    publicKey: bytes(map.get(1), `${field}.publicKey`, 32),
    issuer: uint(map.get(2), `${field}.issuer`),
    kinds,
    notBefore: uint(map.get(4), `${field}.notBefore`),
    notAfter: uint(map.get(5), `${field}.notAfter`),
    ...(district === undefined ? {} : { district: uint(district, `${field}.district`, 999_999) }),
    ...(name === undefined ? {} : { name: text(name, `${field}.name`, 64) }),
  };
  if (key.notAfter < key.notBefore) schemaError('notAfter precedes notBefore', `${field}.notAfter`);
  return key;
}

function checkTimes(list: Pick<TrustList, 'issuedAt' | 'nextUpdate' | 'expiresAt'>): void {
  if (!(list.issuedAt <= list.nextUpdate && list.nextUpdate <= list.expiresAt)) {
    schemaError('a trust list needs issuedAt <= nextUpdate <= expiresAt', 'expiresAt');
  }
}

export function encodeTrustList(list: TrustList): CborMap {
  checkTimes(list);
  if (list.keys.length > MAX_KEYS) schemaError('at most 256 keys', 'keys');
  return mapOf([
    [0, 4],
    [1, uint(list.number, 'number')],
    [2, uint(list.issuedAt, 'issuedAt')],
    [3, uint(list.nextUpdate, 'nextUpdate')],
    [4, uint(list.expiresAt, 'expiresAt')],
    [5, list.keys.map(encodeKey)],
    [6, list.roots?.map((root, i) => bytes(root, `roots[${i}]`, 32))],
  ]);
}

export function decodeTrustList(map: CborMap): TrustList {
  asMap(map, KEYS, 'trust-list');
  const roots = map.get(6);
  const list: TrustList = {
    kind: 'trust-list',
    number: uint(map.get(1), 'number'),
    issuedAt: uint(map.get(2), 'issuedAt'),
    nextUpdate: uint(map.get(3), 'nextUpdate'),
    expiresAt: uint(map.get(4), 'expiresAt'),
    keys: array(map.get(5), 'keys', 0, MAX_KEYS).map(decodeKey),
    ...(roots === undefined
      ? {}
      : { roots: array(roots, 'roots', 1, 8).map((root, i) => bytes(root, `roots[${i}]`, 32)) }),
  };
  checkTimes(list);
  return list;
}
