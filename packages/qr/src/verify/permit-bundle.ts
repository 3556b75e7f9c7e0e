import { bindingHash } from '../codes';
import type { HotWorkPermit } from '../payloads/permit';
import type { ReasonCode } from '../reasons';
import type { TrustState } from './trust-state';
import { type VerificationResult, type VerifyOptions, verifyCode } from './verify-code';

/** A permit scanned together with the worker credentials and machine plates it should cover. */
export interface PermitBundle {
  permit: string;
  credentials: readonly string[];
  plates: readonly string[];
}

/** The joint verdict on a permit bundle (WC-QR-054). */
export interface PermitBundleResult {
  valid: boolean;
  /** `OK`, the first failure among the codes, or `BINDING_MISMATCH`. */
  reason: ReasonCode;
  permit: VerificationResult;
  credentials: VerificationResult[];
  plates: VerificationResult[];
}

function covered(list: readonly Uint8Array[], result: VerificationResult): boolean {
  if (result.bytes === undefined) return false;
  const hash = bindingHash(result.bytes);
  return list.some((item) => item.length === hash.length && item.every((byte, i) => byte === hash[i]));
}

/**
 * Verifies a permit, the workers' credentials and the machines' plates offline, each on its own,
 * then checks that the permit lists every one of them (no anchor scheme binds these three).
 *
 * @example
 * ```ts
 * import { verifyPermitBundle } from '@weldcode/qr';
 *
 * const verdict = verifyPermitBundle(state, { permit, credentials: [worker], plates: [plate] });
 * ```
 */
export function verifyPermitBundle(
  state: TrustState,
  bundle: PermitBundle,
  options: Omit<VerifyOptions, 'expectKind'> = {},
): PermitBundleResult {
  const permit = verifyCode(state, bundle.permit, { ...options, expectKind: 'permit' });
  const credentials = bundle.credentials.map((text) =>
    verifyCode(state, text, { ...options, expectKind: 'credential' }),
  );
  const plates = bundle.plates.map((text) => verifyCode(state, text, { ...options, expectKind: 'plate' }));
  const firstFailure = [permit, ...credentials, ...plates].find((result) => !result.valid);
  if (firstFailure !== undefined) {
    return { valid: false, reason: firstFailure.reason, permit, credentials, plates };
  }
  const payload = permit.payload as HotWorkPermit;
  const bound =
    credentials.every((result) => covered(payload.credentialHashes, result)) &&
    plates.every((result) => covered(payload.plateHashes, result));
  return { valid: bound, reason: bound ? permit.reason : 'BINDING_MISMATCH', permit, credentials, plates };
}
