import { MAX_ENVELOPE_BYTES } from '../envelope/limits';
import { ProtocolError } from '../protocol-error';
import { crc32 } from './crc32';

/** `W`, `C`: the first two bytes of every frame (WC-PROTO-018). */
export const FRAME_MAGIC_0 = 0x57;
export const FRAME_MAGIC_1 = 0x43;
/** The only frame version of v1 (WC-PROTO-019). */
export const FRAME_VERSION = 1;
/** Magic, version and length. */
export const FRAME_HEADER_BYTES = 5;
/** The CRC after the envelope. */
export const FRAME_TRAILER_BYTES = 4;

/**
 * Wraps envelope bytes in a stream frame for raw TCP, serial or BLE links (spec section 4).
 *
 * @throws {@link ProtocolError} `ERR_PROTO_OVERSIZED` for an empty or too long envelope.
 * @example
 * ```ts
 * import { encodeFrame } from '@weldcode/protocol';
 *
 * socket.write(encodeFrame(envelopeBytes));
 * ```
 */
export function encodeFrame(envelope: Uint8Array): Uint8Array {
  const length = envelope.length;
  if (length < 1 || length > MAX_ENVELOPE_BYTES) {
    throw new ProtocolError('ERR_PROTO_OVERSIZED', `a frame carries 1..${MAX_ENVELOPE_BYTES} bytes`, {
      details: { length },
    });
  }
  const frame = new Uint8Array(FRAME_HEADER_BYTES + length + FRAME_TRAILER_BYTES);
  frame[0] = FRAME_MAGIC_0;
  frame[1] = FRAME_MAGIC_1;
  frame[2] = FRAME_VERSION;
  frame[3] = length >>> 8;
  frame[4] = length & 0xff;
  frame.set(envelope, FRAME_HEADER_BYTES);
  const crc = crc32(frame, 2, FRAME_HEADER_BYTES + length);
  const at = FRAME_HEADER_BYTES + length;
  frame[at] = crc >>> 24;
  frame[at + 1] = (crc >>> 16) & 0xff;
  frame[at + 2] = (crc >>> 8) & 0xff;
  frame[at + 3] = crc & 0xff;
  return frame;
}

/**
 * Checks the header at `offset` and returns the envelope length it announces, or undefined when
 * fewer than five bytes are there.
 */
export function readFrameHeader(bytes: Uint8Array, offset: number): number | undefined {
  const available = bytes.length - offset;
  if (available >= 1 && bytes[offset] !== FRAME_MAGIC_0) throw frameError('ERR_PROTO_FRAME_MAGIC', offset);
  if (available >= 2 && bytes[offset + 1] !== FRAME_MAGIC_1)
    throw frameError('ERR_PROTO_FRAME_MAGIC', offset);
  if (available >= 3 && bytes[offset + 2] !== FRAME_VERSION)
    throw frameError('ERR_PROTO_FRAME_VERSION', offset);
  if (available < FRAME_HEADER_BYTES) return undefined;
  const length = ((bytes[offset + 3] as number) << 8) | (bytes[offset + 4] as number);
  if (length < 1 || length > MAX_ENVELOPE_BYTES) throw frameError('ERR_PROTO_OVERSIZED', offset, { length });
  return length;
}

/** Checks the CRC of the complete frame at `offset` and returns its envelope bytes. */
export function readFrameBody(bytes: Uint8Array, offset: number, length: number): Uint8Array {
  const end = offset + FRAME_HEADER_BYTES + length;
  const expected =
    (((bytes[end] as number) << 24) |
      ((bytes[end + 1] as number) << 16) |
      ((bytes[end + 2] as number) << 8) |
      (bytes[end + 3] as number)) >>>
    0;
  if (crc32(bytes, offset + 2, end) !== expected) throw frameError('ERR_PROTO_FRAME_CRC', offset);
  return bytes.slice(offset + FRAME_HEADER_BYTES, end);
}

function frameError(
  code: 'ERR_PROTO_FRAME_MAGIC' | 'ERR_PROTO_FRAME_VERSION' | 'ERR_PROTO_OVERSIZED' | 'ERR_PROTO_FRAME_CRC',
  offset: number,
  details: Record<string, unknown> = {},
): ProtocolError {
  const what = {
    ERR_PROTO_FRAME_MAGIC: 'frame does not start with 57 43',
    ERR_PROTO_FRAME_VERSION: 'unsupported frame version',
    ERR_PROTO_OVERSIZED: `frame length outside 1..${MAX_ENVELOPE_BYTES}`,
    ERR_PROTO_FRAME_CRC: 'frame CRC mismatch',
  }[code];
  return new ProtocolError(code, what, { details: { offset, ...details } });
}

/**
 * Decodes exactly one frame held in one buffer and returns its envelope bytes.
 *
 * @throws {@link ProtocolError} `ERR_PROTO_FRAME_MAGIC`, `ERR_PROTO_FRAME_VERSION`,
 *   `ERR_PROTO_OVERSIZED`, `ERR_PROTO_FRAME_TRUNCATED`, `ERR_PROTO_FRAME_CRC` or
 *   `ERR_PROTO_FRAME_TRAILING`.
 * @example
 * ```ts
 * import { decodeEnvelope, decodeFrame } from '@weldcode/protocol';
 *
 * const envelope = decodeEnvelope(decodeFrame(datagram));
 * ```
 */
export function decodeFrame(bytes: Uint8Array): Uint8Array {
  const length = readFrameHeader(bytes, 0);
  const total =
    length === undefined ? Number.POSITIVE_INFINITY : FRAME_HEADER_BYTES + length + FRAME_TRAILER_BYTES;
  if (bytes.length < total) {
    throw new ProtocolError('ERR_PROTO_FRAME_TRUNCATED', 'the buffer ends inside the frame', {
      details: { length: bytes.length, needed: Number.isFinite(total) ? total : FRAME_HEADER_BYTES },
    });
  }
  const body = readFrameBody(bytes, 0, length as number);
  if (bytes.length > total) {
    throw new ProtocolError('ERR_PROTO_FRAME_TRAILING', 'bytes after the frame', {
      details: { extra: bytes.length - total },
    });
  }
  return body;
}
