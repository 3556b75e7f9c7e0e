import { bytesToHex } from '@noble/hashes/utils.js';
import { isWeldcodeError } from '@weldcode/errors';
import type { SignedDirective } from '../envelope/messages';
import { ProtocolError, type ProtocolErrorCode } from '../protocol-error';
import { verifyDirective } from '../session/directive-signature';

/** Seconds a directive stays acceptable after `issued_s` (WC-PROTO-046). */
export const DIRECTIVE_MAX_AGE_S = 86_400;
/** Tolerated chip clock lag before a grant's `not_before_s` (WC-PROTO-047). */
export const GRANT_EARLY_TOLERANCE_S = 60;

/** The grant a chip currently holds. */
export interface GrantState {
  grantId: Uint8Array;
  workerId: string;
  permitId: string;
  notAfterS: number;
  maxDurationS: number;
}

/** What the chip knows when it judges a directive. */
export interface DirectiveContext {
  chipId: string;
  platformKeys: readonly Uint8Array[];
  nowS: number;
  /** Accepted nonces (hex) with the second until which each must be remembered. */
  nonces: Map<string, number>;
  locked: boolean;
  grant: GrantState | undefined;
  configVersion: number;
  geofenceVersion: number;
}

/** The verdict on one directive; `code` names the first failed rule. */
export type DirectiveOutcome =
  | {
      ok: true;
      action: DirectiveAction;
      grant?: GrantState;
      locked?: boolean;
      version?: number;
    }
  | { ok: false; action: DirectiveAction | 'unknown'; code: ProtocolErrorCode };

/** Which state a directive changes. */
export type DirectiveAction = 'grant' | 'revoke' | 'extend' | 'lock' | 'geofence' | 'config';

function equalId(a: Uint8Array | null | undefined, b: Uint8Array | null | undefined): boolean {
  return bytesToHex(a ?? new Uint8Array(0)) === bytesToHex(b ?? new Uint8Array(0));
}

/**
 * Judges a signed directive in the order of WC-PROTO-045: key, signature, chip id, nonce; then age
 * (WC-PROTO-046), then the action's own rules (WC-PROTO-047, WC-PROTO-049). Never throws: a refused
 * directive is a result, so firmware ports can table-test it against the vectors.
 *
 * @example
 * ```ts
 * import { applyDirective } from '@weldcode/protocol';
 *
 * const outcome = applyDirective(signed, { chipId, platformKeys, nowS, nonces: new Map(), locked: false, grant: undefined, configVersion: 0, geofenceVersion: 0 });
 * if (!outcome.ok) console.log(outcome.code); // e.g. 'ERR_PROTO_EXPIRED'
 * ```
 */
export function applyDirective(signed: SignedDirective, context: DirectiveContext): DirectiveOutcome {
  let action: DirectiveAction | 'unknown' = 'unknown';
  try {
    const directive = verifyDirective(signed, context.platformKeys);
    action = directive.grant
      ? 'grant'
      : directive.revoke
        ? 'revoke'
        : directive.extend
          ? 'extend'
          : directive.lock
            ? 'lock'
            : directive.geofenceSet
              ? 'geofence'
              : directive.configSet
                ? 'config'
                : 'unknown';
    if (directive.chipId !== context.chipId) throw fail('ERR_PROTO_FOREIGN', 'directive for another chip');
    const nonce = directive.nonce;
    if (nonce?.length !== 16) throw fail('ERR_PROTO_INVALID_FIELD', 'nonce must be 16 bytes');
    const nonceHex = bytesToHex(nonce);
    for (const [seen, until] of context.nonces) if (until < context.nowS) context.nonces.delete(seen);
    if (context.nonces.has(nonceHex)) throw fail('ERR_PROTO_REPLAYED', 'directive nonce already used');
    const issuedS = directive.issuedS ?? 0;
    if (issuedS + DIRECTIVE_MAX_AGE_S < context.nowS) throw fail('ERR_PROTO_EXPIRED', 'directive too old');
    const outcome = judgeAction(directive, action, context);
    const rememberUntil = outcome.grant?.notAfterS ?? issuedS + DIRECTIVE_MAX_AGE_S;
    context.nonces.set(nonceHex, Math.max(rememberUntil, issuedS + DIRECTIVE_MAX_AGE_S));
    return outcome;
  } catch (error) {
    if (!isWeldcodeError(error)) throw error;
    return { ok: false, action, code: (error as ProtocolError).code };
  }
}

function fail(code: ProtocolErrorCode, message: string): ProtocolError {
  return new ProtocolError(code, message);
}

function judgeAction(
  directive: ReturnType<typeof verifyDirective>,
  action: DirectiveAction | 'unknown',
  context: DirectiveContext,
): DirectiveOutcome & { ok: true } {
  switch (action) {
    case 'grant': {
      const grant = directive.grant ?? {};
      const notAfterS = grant.notAfterS ?? 0;
      if (context.nowS > notAfterS) throw fail('ERR_PROTO_EXPIRED', 'grant expired');
      if (context.nowS + GRANT_EARLY_TOLERANCE_S < (grant.notBeforeS ?? 0)) {
        throw fail('ERR_PROTO_NOT_YET_VALID', 'grant not valid yet');
      }
      if (context.locked) throw fail('ERR_PROTO_LOCKED', 'chip is locked');
      if (grant.grantId?.length !== 16) throw fail('ERR_PROTO_INVALID_FIELD', 'grant id must be 16 bytes');
      return {
        ok: true,
        action,
        grant: {
          grantId: grant.grantId,
          workerId: grant.workerId ?? '',
          permitId: grant.permitId ?? '',
          notAfterS,
          maxDurationS: grant.maxDurationS ?? 0,
        },
      };
    }
    case 'revoke': {
      const target = directive.revoke?.grantId;
      if (target && target.length > 0 && !equalId(target, context.grant?.grantId)) {
        throw fail('ERR_PROTO_INVALID_FIELD', 'revoke names a grant the chip does not hold');
      }
      return { ok: true, action };
    }
    case 'extend': {
      if (context.grant === undefined || !equalId(directive.extend?.grantId, context.grant.grantId)) {
        throw fail('ERR_PROTO_INVALID_FIELD', 'extend names a grant the chip does not hold');
      }
      return { ok: true, action, grant: { ...context.grant, notAfterS: directive.extend?.notAfterS ?? 0 } };
    }
    case 'lock':
      return { ok: true, action, locked: directive.lock?.locked ?? false };
    case 'geofence':
    case 'config': {
      const version =
        (action === 'config' ? directive.configSet?.version : directive.geofenceSet?.version) ?? 0;
      const held = action === 'config' ? context.configVersion : context.geofenceVersion;
      if (version <= held)
        throw fail('ERR_PROTO_STALE_VERSION', `${action} version ${version} is not above ${held}`);
      return { ok: true, action, version };
    }
    default:
      throw fail('ERR_PROTO_UNKNOWN_MESSAGE', 'directive without an action this chip knows');
  }
}
