import { concatBytes, sha256, sign, verify } from '../crypto-port';
import type { BodyOf } from '../envelope/messages';
import { ProtocolError } from '../protocol-error';
import { context, u32be } from './transcripts';

/** A registration request as plain data. */
export type RegisterRequest = BodyOf<'registerRequest'>;

const encoder = new TextEncoder();

function short(text: string): Uint8Array {
  const bytes = encoder.encode(text);
  if (bytes.length > 255) throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'text longer than 255 bytes');
  return concatBytes(new Uint8Array([bytes.length]), bytes);
}

function registerTranscript(request: RegisterRequest): Uint8Array {
  return concatBytes(
    context('weldcode/v1 register'),
    short(request.chipId ?? ''),
    request.publicKey ?? new Uint8Array(0),
    request.nonce ?? new Uint8Array(0),
    short(request.machineSerial ?? ''),
    u32be(request.machineKind ?? 0),
    short(request.installerId ?? ''),
  );
}

/**
 * Signs a registration request with the chip key: proof of possession (WC-PROTO-024).
 *
 * @example
 * ```ts
 * import { signRegisterRequest } from '@weldcode/protocol';
 *
 * const request = signRegisterRequest({ chipId, publicKey, machineSerial, machineKind: 1, nonce }, chipSecret);
 * ```
 */
export function signRegisterRequest(request: RegisterRequest, chipSecretKey: Uint8Array): RegisterRequest {
  return { ...request, signature: sign(sha256(registerTranscript(request)), chipSecretKey) };
}

/**
 * Checks the proof of possession of a registration request.
 *
 * @example
 * ```ts
 * import { verifyRegisterRequest } from '@weldcode/protocol';
 *
 * if (!verifyRegisterRequest(request)) refuse('REGISTER_STATUS_BAD_SIGNATURE');
 * ```
 */
export function verifyRegisterRequest(request: RegisterRequest): boolean {
  const publicKey = request.publicKey ?? new Uint8Array(0);
  return verify(request.signature ?? new Uint8Array(0), sha256(registerTranscript(request)), publicKey);
}
