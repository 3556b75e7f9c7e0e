import { dayEnd, dayStart } from '../payloads/calendar';
import type { CodePayload } from '../payloads/payload';
import type { ReasonCode, WarningCode } from '../reasons';
import { decodeText } from '../text/text-form';
import { reasonOfError } from './reason-of-error';
import { type RevocationState, revocationStatus } from './revocations';
import { openVerified, type PreparedKey, parseCose, type TrustState, toHex } from './trust-state';

/** Options of a verification. */
export interface VerifyOptions {
  /** Unix seconds; default: the system clock. */
  now?: number;
  /** Tolerance of every time comparison (WC-QR-060); default 300. */
  clockSkewSeconds?: number;
  /** The kind the caller needs (a plate at the machine): any other kind is `WRONG_KIND`. */
  expectKind?: CodePayload['kind'];
  /** Make `REVOCATION_UNKNOWN` a failure instead of a warning (WC-QR-089). */
  requireRevocationStatus?: boolean;
  /** Make `TRUST_LIST_STALE` a failure instead of a warning (WC-QR-073). */
  requireFreshTrustList?: boolean;
}

/** The outcome of verifying one code (WC-QR-090). */
export interface VerificationResult {
  valid: boolean;
  /** `OK` when valid without warnings; the failure when invalid; else the first warning. */
  reason: ReasonCode;
  warnings: WarningCode[];
  revocation: RevocationState;
  /** Present once the signature verified. */
  payload?: CodePayload;
  /** The issuer of the signing key, once the signature verified. */
  issuer?: number;
  /** Hex key id, when the COSE structure could be read. */
  kid?: string;
  /** Binding hash input: the COSE bytes, when they could be read. */
  bytes?: Uint8Array;
}

function signingInstant(payload: CodePayload): number {
  if (payload.kind === 'plate') return dayStart(payload.issuedOn);
  return payload.kind === 'credential' ? payload.issuedAt : payload.start;
}

/** The validity window `[from, to]` of a code (WC-QR-033, WC-QR-044, WC-QR-052). */
function validityWindow(payload: CodePayload): [number, number] {
  switch (payload.kind) {
    case 'plate':
      return [dayStart(payload.issuedOn), Number.POSITIVE_INFINITY];
    case 'credential': {
      // ISO dates sort as text, so the last one is the latest validTo.
      const latest =
        payload.certificates
          .map((cert) => cert.validTo)
          .sort()
          .at(-1) ?? '';
      return [payload.issuedAt, payload.expiresAt ?? dayEnd(latest)];
    }
    case 'permit':
      return [payload.start, payload.start + 60 * payload.durationMinutes];
  }
}

function authorised(key: PreparedKey, payload: CodePayload): boolean {
  const instant = signingInstant(payload);
  if (!key.kinds.includes(payload.kind) || instant < key.notBefore || instant > key.notAfter) return false;
  return !(payload.kind === 'plate' && key.district !== undefined && key.district !== payload.district);
}

function fail(reason: ReasonCode, extra: Partial<VerificationResult> = {}): VerificationResult {
  return { valid: false, reason, warnings: [], revocation: 'unknown', ...extra };
}

/**
 * Verifies a scanned code (text or URL form) against a trust state, running the checks of
 * spec/qr.md §9.2 in order. Never throws (WC-QR-091).
 *
 * @example
 * ```ts
 * import { verifyCode } from '@weldcode/qr';
 *
 * const result = verifyCode(state, scanned, { expectKind: 'plate' });
 * if (!result.valid) showMessage(REASON_MESSAGES[result.reason].zh);
 * ```
 */
export function verifyCode(
  state: TrustState,
  scanned: string,
  options: VerifyOptions = {},
): VerificationResult {
  let bytes: Uint8Array;
  try {
    bytes = decodeText(scanned);
  } catch (error) {
    return fail(reasonOfError(error));
  }
  return verifyBytes(state, bytes, options);
}

/** {@link verifyCode} for COSE bytes already taken out of their text form. */
export function verifyBytes(
  state: TrustState,
  bytes: Uint8Array,
  options: VerifyOptions = {},
): VerificationResult {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const skew = options.clockSkewSeconds ?? 300;
  const parsed = parseCose(bytes);
  if (!parsed.ok) return fail(parsed.reason);
  const kid = toHex(parsed.cose.kid);
  const list = state.trustList;
  if (list === undefined) return fail('NO_TRUST_LIST', { kid, bytes });
  if (now < list.issuedAt - skew) return fail('CLOCK_SUSPECT', { kid, bytes });
  if (now > list.expiresAt + skew) return fail('TRUST_LIST_EXPIRED', { kid, bytes });
  const key = state.keys.get(kid);
  if (key === undefined) return fail('UNKNOWN_KID', { kid, bytes });
  const opened = openVerified(parsed.cose, key.verify);
  if (!opened.ok) return fail(opened.reason, { kid, bytes });
  const payload = opened.payload;
  if (payload.kind === 'trust-list' || payload.kind === 'revocation')
    return fail('WRONG_KIND', { kid, bytes });
  const known = { kid, bytes, payload, issuer: key.issuer };
  if (options.expectKind !== undefined && payload.kind !== options.expectKind)
    return fail('WRONG_KIND', known);
  if (!authorised(key, payload)) return fail('KEY_NOT_AUTHORISED', known);
  const [from, to] = validityWindow(payload);
  if (now < from - skew) return fail('NOT_YET_VALID', known);
  if (now > to + skew) return fail('EXPIRED', known);
  const revocation = revocationStatus(state, key.issuer, payload, now, skew);
  if (revocation.reason !== undefined) return fail(revocation.reason, { ...known, revocation: 'revoked' });
  const warnings: WarningCode[] = [];
  if (revocation.state === 'unknown') {
    if (options.requireRevocationStatus === true) return fail('REVOCATION_UNKNOWN', known);
    warnings.push('REVOCATION_UNKNOWN');
  }
  if (now > list.nextUpdate + skew) {
    if (options.requireFreshTrustList === true) {
      return fail('TRUST_LIST_STALE', { ...known, revocation: revocation.state });
    }
    warnings.push('TRUST_LIST_STALE');
  }
  return { valid: true, reason: warnings[0] ?? 'OK', warnings, revocation: revocation.state, ...known };
}
