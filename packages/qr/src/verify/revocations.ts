import type { CodePayload } from '../payloads/payload';
import type { RevocationList } from '../payloads/revocation-list';
import type { ReasonCode } from '../reasons';
import {
  entryKey,
  type HeldRevocations,
  type ListLoadResult,
  openVerified,
  parseCose,
  type TrustState,
  toHex,
} from './trust-state';

/** The three revocation states of WC-QR-087; `unknown` is never reported as revoked. */
export type RevocationState = 'revoked' | 'not-revoked' | 'unknown';

function applyList(held: HeldRevocations | undefined, list: RevocationList): HeldRevocations {
  const entries = new Map(list.base === undefined ? [] : held?.entries);
  for (const entry of list.restored ?? []) entries.delete(entryKey(entry));
  for (const entry of list.revoked) entries.set(entryKey(entry), entry.before);
  return { number: list.number, nextUpdate: list.nextUpdate, entries };
}

/**
 * Verifies an issuer's revocation list (full or delta) against the held trust list and, when
 * acceptable (WC-QR-085, WC-QR-086), returns the state that holds it.
 *
 * @example
 * ```ts
 * import { acceptRevocationList } from '@weldcode/qr';
 *
 * const { state: next, result } = acceptRevocationList(state, deltaBytes);
 * if (result.reason === 'REVOCATION_GAP') fetchFullList();
 * ```
 */
export function acceptRevocationList(
  state: TrustState,
  bytes: Uint8Array,
): { state: TrustState; result: ListLoadResult } {
  const reject = (reason: ReasonCode, number?: number) => ({
    state,
    result: { accepted: false, reason, ...(number === undefined ? {} : { number }) },
  });
  if (state.trustList === undefined) return reject('NO_TRUST_LIST');
  const parsed = parseCose(bytes);
  if (!parsed.ok) return reject(parsed.reason);
  const key = state.keys.get(toHex(parsed.cose.kid));
  if (key === undefined) return reject('UNKNOWN_KID');
  const opened = openVerified(parsed.cose, key.verify);
  if (!opened.ok) return reject(opened.reason);
  if (opened.payload.kind !== 'revocation') return reject('WRONG_KIND');
  const list = opened.payload;
  const signedInWindow = list.issuedAt >= key.notBefore && list.issuedAt <= key.notAfter;
  if (!key.kinds.includes('revocation') || key.issuer !== list.issuer || !signedInWindow) {
    return reject('KEY_NOT_AUTHORISED', list.number);
  }
  const held = state.revocations.get(list.issuer);
  if (held !== undefined && list.number <= held.number) return reject('LIST_ROLLBACK', list.number);
  if (list.base !== undefined && list.base !== held?.number) return reject('REVOCATION_GAP', list.number);
  const revocations = new Map(state.revocations);
  revocations.set(list.issuer, applyList(held, list));
  return { state: { ...state, revocations }, result: { accepted: true, reason: 'OK', number: list.number } };
}

function revocationTarget(payload: CodePayload): { kind: CodePayload['kind']; id: number; serial: number } {
  switch (payload.kind) {
    case 'plate':
      return { kind: 'plate', id: payload.machineId, serial: payload.plateSeq };
    case 'credential':
      return { kind: 'credential', id: payload.workerId, serial: payload.issuedAt };
    case 'permit':
      return { kind: 'permit', id: payload.permitId, serial: payload.start };
  }
}

/**
 * The revocation state of a verified code of `issuer`, and the reason when revoked.
 */
export function revocationStatus(
  state: TrustState,
  issuer: number,
  payload: CodePayload,
  now: number,
  clockSkewSeconds: number,
): { state: RevocationState; reason?: ReasonCode } {
  const held = state.revocations.get(issuer);
  const target = revocationTarget(payload);
  if (held?.entries.has(entryKey(target))) {
    const before = held.entries.get(entryKey(target));
    if (before === undefined) return { state: 'revoked', reason: 'REVOKED' };
    if (target.serial < before) {
      return { state: 'revoked', reason: target.kind === 'plate' ? 'SUPERSEDED_PLATE' : 'REVOKED' };
    }
  }
  if (held === undefined || now > held.nextUpdate + clockSkewSeconds) return { state: 'unknown' };
  return { state: 'not-revoked' };
}
