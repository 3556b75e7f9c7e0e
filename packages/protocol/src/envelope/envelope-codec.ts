import { weldcode } from '../generated/weldcode';
import { ProtocolError } from '../protocol-error';
import type { MacKey } from '../session/mac';
import { BODY_KINDS, isBodyKind } from './body-kinds';
import { checkEnvelope } from './body-rules';
import { MAC_BYTES, MAC_FIELD, MAC_PREFIX, MAX_ENVELOPE_BYTES } from './limits';
import type { Envelope, EnvelopeBody } from './messages';
import { decodeTelemetryEnvelope, encodeTelemetryEnvelope } from './telemetry-fast-path';
import { malformed, scanEnvelope } from './wire';

const pb = weldcode.v1;
const TO_PLAIN = { longs: Number, defaults: false, oneofs: false } as const;

/** An envelope as decoded, with its MAC when it carried one. */
export interface DecodedEnvelope extends Envelope {
  /** The 8-byte MAC, absent on unauthenticated kinds. */
  mac?: Uint8Array;
}

function asUint8Array(bytes: Uint8Array): Uint8Array {
  return bytes.constructor === Uint8Array
    ? bytes
    : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

function checkSize(length: number): void {
  if (length > MAX_ENVELOPE_BYTES) {
    throw new ProtocolError(
      'ERR_PROTO_OVERSIZED',
      `envelope of ${length} bytes exceeds ${MAX_ENVELOPE_BYTES}`,
      {
        details: { length, limit: MAX_ENVELOPE_BYTES },
      },
    );
  }
}

function encodeGeneric(envelope: Envelope): Uint8Array {
  let message: weldcode.v1.Envelope;
  try {
    message = pb.Envelope.fromObject({ seq: envelope.seq, [envelope.body.kind]: envelope.body.value });
  } catch (cause) {
    throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'value does not fit the message schema', { cause });
  }
  return asUint8Array(pb.Envelope.encode(message).finish());
}

/**
 * Encodes an envelope without MAC (the bytes a MAC covers, and what a backfill carries).
 *
 * @throws {@link ProtocolError} `ERR_PROTO_INVALID_FIELD` or `ERR_PROTO_OVERSIZED`.
 * @example
 * ```ts
 * import { encodeEnvelope } from '@weldcode/protocol';
 *
 * const bytes = encodeEnvelope({ seq: 0, body: { kind: 'heartbeat', value: { uptimeS: 60 } } });
 * ```
 */
export function encodeEnvelope(envelope: Envelope): Uint8Array {
  if (!isBodyKind(envelope.body.kind)) {
    throw new ProtocolError('ERR_PROTO_UNKNOWN_MESSAGE', `unknown body kind ${String(envelope.body.kind)}`);
  }
  checkEnvelope(envelope);
  const fast =
    envelope.body.kind === 'telemetry'
      ? encodeTelemetryEnvelope(envelope.seq, envelope.body.value)
      : undefined;
  const bytes = fast ?? encodeGeneric(envelope);
  checkSize(bytes.length + (BODY_KINDS[envelope.body.kind].mac ? MAC_PREFIX.length + MAC_BYTES : 0));
  return bytes;
}

/**
 * Encodes an envelope and appends its session MAC as the last field (WC-PROTO-002, WC-PROTO-031).
 *
 * @example
 * ```ts
 * import { createMacKey, sealEnvelope } from '@weldcode/protocol';
 *
 * const up = createMacKey(sessionKeys.up);
 * const bytes = sealEnvelope({ seq: 7, body: { kind: 'location', value: { latE7: 309_000_000, lonE7: 1_215_000_000 } } }, up);
 * ```
 */
export function sealEnvelope(envelope: Envelope, key: MacKey | undefined): Uint8Array {
  const bytes = encodeEnvelope(envelope);
  if (key === undefined || !BODY_KINDS[envelope.body.kind].mac) return bytes;
  return appendMac(bytes, key);
}

/** Appends the `mac` field computed over `unsealed` (the envelope encoded without MAC). */
export function appendMac(unsealed: Uint8Array, key: MacKey): Uint8Array {
  const out = new Uint8Array(unsealed.length + MAC_PREFIX.length + MAC_BYTES);
  out.set(unsealed);
  out.set(MAC_PREFIX, unsealed.length);
  out.set(key.tag(unsealed), unsealed.length + MAC_PREFIX.length);
  return out;
}

function decodeGeneric(bytes: Uint8Array, end: number): Envelope {
  let message: weldcode.v1.Envelope;
  try {
    message = pb.Envelope.decode(bytes.subarray(0, end));
  } catch (cause) {
    throw malformed('not a protobuf envelope', 0, cause);
  }
  const kind = message.body;
  if (kind === undefined || !isBodyKind(kind)) {
    throw new ProtocolError('ERR_PROTO_UNKNOWN_MESSAGE', 'no body field this receiver knows');
  }
  const plain = pb.Envelope.toObject(message, TO_PLAIN) as Record<string, unknown>;
  return {
    seq: (plain.seq as number | undefined) ?? 0,
    body: { kind, value: plain[kind] ?? {} } as EnvelopeBody,
  };
}

function decodeRange(bytes: Uint8Array, end: number): Envelope {
  const fast = decodeTelemetryEnvelope(bytes, end);
  const envelope = fast
    ? { seq: fast.seq, body: { kind: 'telemetry' as const, value: fast.value } }
    : decodeGeneric(bytes, end);
  checkEnvelope(envelope);
  return envelope;
}

/**
 * Decodes an envelope without checking its MAC (for relays, logs and vectors). Unknown fields are
 * ignored (WC-PROTO-003).
 *
 * @throws {@link ProtocolError} `ERR_PROTO_OVERSIZED`, `ERR_PROTO_MALFORMED`,
 *   `ERR_PROTO_UNKNOWN_MESSAGE` or `ERR_PROTO_INVALID_FIELD`.
 * @example
 * ```ts
 * import { decodeEnvelope } from '@weldcode/protocol';
 *
 * const { seq, body } = decodeEnvelope(bytes);
 * if (body.kind === 'telemetry') console.log(seq, body.value.currentDa);
 * ```
 */
export function decodeEnvelope(bytes: Uint8Array): DecodedEnvelope {
  checkSize(bytes.length);
  const layout = scanEnvelope(bytes, MAC_FIELD);
  const envelope: DecodedEnvelope = decodeRange(bytes, layout.macStart);
  if (layout.mac !== undefined) envelope.mac = layout.mac;
  return envelope;
}

/** {@link openEnvelope} plus the MAC-covered bytes, which the hash chain needs. */
export function openEnvelopeParts(
  bytes: Uint8Array,
  key: MacKey,
): { envelope: DecodedEnvelope; unsealed: Uint8Array } {
  checkSize(bytes.length);
  const layout = scanEnvelope(bytes, MAC_FIELD);
  if (layout.macMisplaced) throw new ProtocolError('ERR_PROTO_BAD_MAC', 'the MAC is not the last field');
  const unsealed = bytes.subarray(0, layout.macStart);
  if (layout.mac !== undefined && !key.verify(unsealed, layout.mac)) {
    throw new ProtocolError('ERR_PROTO_BAD_MAC', 'MAC mismatch');
  }
  const envelope: DecodedEnvelope = decodeRange(bytes, layout.macStart);
  if (layout.mac === undefined) {
    if (BODY_KINDS[envelope.body.kind].mac) {
      throw new ProtocolError('ERR_PROTO_BAD_MAC', `${envelope.body.kind} needs a MAC`);
    }
  } else {
    envelope.mac = layout.mac;
  }
  return { envelope, unsealed };
}

/**
 * Verifies the session MAC of an envelope and decodes it (WC-PROTO-031). Kinds that never carry a
 * MAC (handshake, registration) are decoded as they are; every other kind must carry a valid MAC
 * as its last field.
 *
 * @throws {@link ProtocolError} `ERR_PROTO_BAD_MAC` besides the codes of {@link decodeEnvelope}.
 * @example
 * ```ts
 * import { createMacKey, openEnvelope } from '@weldcode/protocol';
 *
 * const envelope = openEnvelope(bytes, createMacKey(sessionKeys.up));
 * ```
 */
export function openEnvelope(bytes: Uint8Array, key: MacKey): DecodedEnvelope {
  return openEnvelopeParts(bytes, key).envelope;
}
