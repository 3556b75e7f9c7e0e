import type { CborMap, CborValue } from '../cbor/cbor-value';
import { array, asMap, codeOf, mapOf, named, schemaError, uint } from './fields';
import { PAYLOAD_KINDS } from './vocabulary';

/** The kinds of code a revocation entry can name. */
export type RevocableKind = 'plate' | 'credential' | 'permit';

/**
 * One revocation entry: every code of `kind` and `id` (machine, worker or permit id) is revoked,
 * or, with `before`, only those whose serial (plate sequence, credential issuedAt) is lower:
 * that is how a reprinted plate supersedes the old one.
 */
export interface RevocationEntry {
  kind: RevocableKind;
  id: number;
  before?: number;
}

/**
 * A revocation list (kind 5) signed by an issuer: a full list, or with `base` a delta that
 * applies on top of list number `base`.
 */
export interface RevocationList {
  kind: 'revocation';
  issuer: number;
  number: number;
  /** Present on a delta: the list number it applies to. */
  base?: number;
  issuedAt: number;
  /** Until this instant a verifier may answer "not revoked"; after it, "unknown". */
  nextUpdate: number;
  /** Entries added (or replaced, same kind and id). */
  revoked: RevocationEntry[];
  /** Delta only: entries withdrawn (a revocation made in error). */
  restored?: Array<Omit<RevocationEntry, 'before'>>;
}

const KEYS = [0, 1, 2, 3, 4, 5, 6, 7] as const;
const REVOCABLE: readonly RevocableKind[] = ['plate', 'credential', 'permit'];
const MAX_ENTRIES = 100_000;

function revocable(value: CborValue | undefined, field: string): RevocableKind {
  const kind = named(value, PAYLOAD_KINDS, field);
  if (!(REVOCABLE as readonly string[]).includes(kind)) schemaError('kind cannot be revoked', field);
  return kind as RevocableKind;
}

function encodeEntry(entry: RevocationEntry): CborValue[] {
  if (!REVOCABLE.includes(entry.kind)) schemaError('kind cannot be revoked', 'revoked.kind');
  const items: CborValue[] = [
    codeOf(entry.kind, PAYLOAD_KINDS, 'revoked.kind'),
    uint(entry.id, 'revoked.id'),
  ];
  if (entry.before !== undefined) items.push(uint(entry.before, 'revoked.before'));
  return items;
}

function decodeEntry(value: CborValue, withBefore: boolean): RevocationEntry {
  const items = array(value, 'revoked[]', 2, withBefore ? 3 : 2);
  const before = items[2];
  return {
    kind: revocable(items[0], 'revoked[].kind'),
    id: uint(items[1], 'revoked[].id'),
    ...(before === undefined ? {} : { before: uint(before, 'revoked[].before') }),
  };
}

export function encodeRevocationList(list: RevocationList): CborMap {
  if (list.base === undefined && list.restored !== undefined)
    schemaError('a full list restores nothing', 'restored');
  if (list.base !== undefined && list.base >= list.number) schemaError('a delta follows its base', 'base');
  if (list.nextUpdate < list.issuedAt) schemaError('nextUpdate precedes issuedAt', 'nextUpdate');
  return mapOf([
    [0, 5],
    [1, uint(list.issuer, 'issuer')],
    [2, uint(list.number, 'number')],
    [3, list.base === undefined ? undefined : uint(list.base, 'base')],
    [4, uint(list.issuedAt, 'issuedAt')],
    [5, uint(list.nextUpdate, 'nextUpdate')],
    [6, list.revoked.map(encodeEntry)],
    [7, list.restored?.map((entry) => encodeEntry({ kind: entry.kind, id: entry.id }))],
  ]);
}

export function decodeRevocationList(map: CborMap): RevocationList {
  asMap(map, KEYS, 'revocation');
  const base = map.get(3);
  const restored = map.get(7);
  const list: RevocationList = {
    kind: 'revocation',
    issuer: uint(map.get(1), 'issuer'),
    number: uint(map.get(2), 'number'),
    ...(base === undefined ? {} : { base: uint(base, 'base') }),
    issuedAt: uint(map.get(4), 'issuedAt'),
    nextUpdate: uint(map.get(5), 'nextUpdate'),
    revoked: array(map.get(6), 'revoked', 0, MAX_ENTRIES).map((entry) => decodeEntry(entry, true)),
    ...(restored === undefined
      ? {}
      : { restored: array(restored, 'restored', 0, MAX_ENTRIES).map((entry) => decodeEntry(entry, false)) }),
  };
  if (list.base === undefined && list.restored !== undefined)
    schemaError('a full list restores nothing', 'restored');
  if (list.base !== undefined && list.base >= list.number) schemaError('a delta follows its base', 'base');
  if (list.nextUpdate < list.issuedAt) schemaError('nextUpdate precedes issuedAt', 'nextUpdate');
  return list;
}
