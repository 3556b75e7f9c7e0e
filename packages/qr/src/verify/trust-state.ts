import { decodeStrict } from '../cbor/strict-decode';
import { type CoseSign1, decodeCoseSign1, sigStructure } from '../cose/cose-sign1';
import { createVerifier, keyId, type VerifierBackend } from '../crypto';
import { type Payload, payloadFromCbor } from '../payloads/payload';
import type { RevocationEntry } from '../payloads/revocation-list';
import type { TrustedKey, TrustList } from '../payloads/trust-list';
import type { ReasonCode } from '../reasons';
import { reasonOfError } from './reason-of-error';

export type { VerifierBackend };

/** A trust-list key ready to verify: its kid and a prepared verifier. */
export interface PreparedKey extends TrustedKey {
  kid: string;
  verify: (signature: Uint8Array, message: Uint8Array) => boolean;
}

/** What a verifier holds for one issuer's revocations. */
export interface HeldRevocations {
  number: number;
  nextUpdate: number;
  /** `kind:id` → `before` (undefined: all codes of that id). */
  entries: ReadonlyMap<string, number | undefined>;
}

/**
 * Everything an offline verifier knows: the roots it trusts, the trust list it accepted and the
 * revocations it holds. Immutable: loading a list returns a new state.
 */
export interface TrustState {
  readonly roots: readonly Uint8Array[];
  /** Ed25519 implementation; undefined: native where node:crypto exists, else noble. */
  readonly backend: VerifierBackend | undefined;
  readonly trustList?: TrustList;
  readonly keys: ReadonlyMap<string, PreparedKey>;
  readonly revocations: ReadonlyMap<number, HeldRevocations>;
}

/** What loading a trust list or revocation list did. */
export interface ListLoadResult {
  accepted: boolean;
  reason: ReasonCode;
  /** The list number read, when the list could be read. */
  number?: number;
}

/** Lower-case hex, used as map keys for kids. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Revocation map key of a code. */
export function entryKey(entry: Pick<RevocationEntry, 'kind' | 'id'>): string {
  return `${entry.kind}:${entry.id}`;
}

/**
 * A state with provisioned root keys and nothing loaded yet.
 *
 * @example
 * ```ts
 * import { createTrustState } from '@weldcode/qr';
 *
 * const state = createTrustState([cityRootPublicKey]);
 * ```
 */
export function createTrustState(roots: readonly Uint8Array[], backend?: VerifierBackend): TrustState {
  return { roots: [...roots], backend, keys: new Map(), revocations: new Map() };
}

/** A signed item opened: its COSE parts and verified payload, or the reason it failed. */
export type Opened = { ok: true; cose: CoseSign1; payload: Payload } | { ok: false; reason: ReasonCode };

/** Parses COSE bytes (steps 3–4 of §9.2). */
export function parseCose(
  bytes: Uint8Array,
): { ok: true; cose: CoseSign1 } | { ok: false; reason: ReasonCode } {
  try {
    return { ok: true, cose: decodeCoseSign1(bytes) };
  } catch (error) {
    return { ok: false, reason: reasonOfError(error) };
  }
}

/** Checks the signature with `verify`, then decodes the payload (steps 7–8 of §9.2). */
export function openVerified(
  cose: CoseSign1,
  verify: (signature: Uint8Array, message: Uint8Array) => boolean,
): Opened {
  if (!verify(cose.signature, sigStructure(cose.protectedBytes, cose.payload))) {
    return { ok: false, reason: 'BAD_SIGNATURE' };
  }
  try {
    const value = decodeStrict(cose.payload);
    if (typeof value === 'object' && 'tag' in value) return { ok: false, reason: 'CBOR_MALFORMED' };
    return { ok: true, cose, payload: payloadFromCbor(value) };
  } catch (error) {
    return { ok: false, reason: reasonOfError(error) };
  }
}

type Verify = (signature: Uint8Array, message: Uint8Array) => boolean;
const PREPARED_LIMIT = 64;
// Trust lists are republished daily with mostly the same keys: keep their prepared verifiers
// (per-key tables cost tens of milliseconds with `noble-precomputed`). Bounded, oldest dropped.
const prepared = new Map<string, Verify>();

function preparedVerifier(publicKey: Uint8Array, backend: VerifierBackend | undefined): Verify {
  const cacheKey = `${backend ?? 'default'}:${toHex(publicKey)}`;
  let verify = prepared.get(cacheKey);
  if (verify === undefined) {
    verify = createVerifier(publicKey, backend === undefined ? {} : { backend });
    if (prepared.size >= PREPARED_LIMIT) prepared.delete(prepared.keys().next().value as string);
    prepared.set(cacheKey, verify);
  }
  return verify;
}

function prepareKeys(
  list: TrustList,
  backend: VerifierBackend | undefined,
): Map<string, PreparedKey> | undefined {
  const keys = new Map<string, PreparedKey>();
  for (const key of list.keys) {
    const kid = toHex(keyId(key.publicKey));
    if (keys.has(kid)) return undefined;
    keys.set(kid, { ...key, kid, verify: preparedVerifier(key.publicKey, backend) });
  }
  return keys;
}

/**
 * Verifies a root-signed trust list and, when it is acceptable (WC-QR-070..WC-QR-077), returns
 * the state that holds it. Revocations of issuers the new list no longer names are dropped.
 *
 * @example
 * ```ts
 * import { acceptTrustList, createTrustState } from '@weldcode/qr';
 *
 * const { state, result } = acceptTrustList(createTrustState([root]), listBytes, now);
 * if (!result.accepted) console.log(result.reason);
 * ```
 */
export function acceptTrustList(
  state: TrustState,
  bytes: Uint8Array,
  now: number,
  clockSkewSeconds = 300,
): { state: TrustState; result: ListLoadResult } {
  const reject = (reason: ReasonCode, number?: number) => ({
    state,
    result: { accepted: false, reason, ...(number === undefined ? {} : { number }) },
  });
  const parsed = parseCose(bytes);
  if (!parsed.ok) return reject(parsed.reason);
  const root = state.roots.find((candidate) => toHex(keyId(candidate)) === toHex(parsed.cose.kid));
  if (root === undefined) return reject('UNKNOWN_KID');
  const opened = openVerified(parsed.cose, preparedVerifier(root, state.backend));
  if (!opened.ok) return reject(opened.reason);
  if (opened.payload.kind !== 'trust-list') return reject('WRONG_KIND');
  const list = opened.payload;
  if (state.trustList !== undefined && list.number <= state.trustList.number)
    return reject('LIST_ROLLBACK', list.number);
  if (now > list.expiresAt + clockSkewSeconds) return reject('TRUST_LIST_EXPIRED', list.number);
  const keys = prepareKeys(list, state.backend);
  if (keys === undefined) return reject('SCHEMA_ERROR', list.number);
  const issuers = new Set(list.keys.map((key) => key.issuer));
  const revocations = new Map([...state.revocations].filter(([issuer]) => issuers.has(issuer)));
  return {
    state: { ...state, roots: list.roots ?? state.roots, trustList: list, keys, revocations },
    result: { accepted: true, reason: 'OK', number: list.number },
  };
}
