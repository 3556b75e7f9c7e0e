import { concatBytes, equalBytes, keyId, sign, verify } from '../crypto-port';
import { encodeEnvelope } from '../envelope/envelope-codec';
import type { Directive, SignedDirective } from '../envelope/messages';
import { weldcode } from '../generated/weldcode';
import { ProtocolError } from '../protocol-error';
import { context } from './transcripts';

const pb = weldcode.v1;
const DIRECTIVE_CONTEXT = context('weldcode/v1 directive');

/**
 * Signs a directive with the platform key (spec section 9). The result travels in an envelope
 * (`{ kind: 'directive' }`) over MQTT, or unchanged through a phone over BLE.
 *
 * @example
 * ```ts
 * import { signDirective } from '@weldcode/protocol';
 *
 * const signed = signDirective({ chipId: 'WC-1', nonce, issuedS, grant: { grantId, notAfterS } }, platformSecret);
 * ```
 */
export function signDirective(
  directive: Directive,
  platformSecretKey: Uint8Array,
  platformPublicKey: Uint8Array,
): SignedDirective {
  let bytes: Uint8Array;
  try {
    bytes = pb.Directive.encode(pb.Directive.fromObject(directive)).finish();
  } catch (cause) {
    throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'value does not fit Directive', { cause });
  }
  const copy = new Uint8Array(bytes);
  return {
    directive: copy,
    keyId: keyId(platformPublicKey),
    signature: sign(concatBytes(DIRECTIVE_CONTEXT, copy), platformSecretKey),
  };
}

/**
 * Checks key id and signature of a signed directive against the trusted platform keys and decodes
 * it (WC-PROTO-045, first two steps; the chip state machine does the rest).
 *
 * @throws {@link ProtocolError} `ERR_PROTO_UNKNOWN_KEY`, `ERR_PROTO_BAD_SIGNATURE` or `ERR_PROTO_MALFORMED`.
 * @example
 * ```ts
 * import { verifyDirective } from '@weldcode/protocol';
 *
 * const directive = verifyDirective(signed, [platformPublicKey]);
 * ```
 */
export function verifyDirective(signed: SignedDirective, trustedKeys: readonly Uint8Array[]): Directive {
  const id = signed.keyId ?? new Uint8Array(0);
  const key = trustedKeys.find((candidate) => equalBytes(keyId(candidate), id));
  if (key === undefined)
    throw new ProtocolError('ERR_PROTO_UNKNOWN_KEY', 'directive signed by an unknown key');
  const bytes = signed.directive ?? new Uint8Array(0);
  if (!verify(signed.signature ?? new Uint8Array(0), concatBytes(DIRECTIVE_CONTEXT, bytes), key)) {
    throw new ProtocolError('ERR_PROTO_BAD_SIGNATURE', 'directive signature invalid');
  }
  try {
    return pb.Directive.toObject(pb.Directive.decode(bytes), { longs: Number }) as Directive;
  } catch (cause) {
    throw new ProtocolError('ERR_PROTO_MALFORMED', 'signed bytes are not a Directive', { cause });
  }
}

/** The envelope bytes of a signed directive, for a BLE relay or a MAC-less test harness. */
export function directiveEnvelope(signed: SignedDirective): Uint8Array {
  return encodeEnvelope({ seq: 0, body: { kind: 'directive', value: signed } });
}
