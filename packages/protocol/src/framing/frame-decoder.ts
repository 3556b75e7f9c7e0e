import { isWeldcodeError } from '@weldcode/errors';
import type { ProtocolError } from '../protocol-error';
import {
  FRAME_HEADER_BYTES,
  FRAME_MAGIC_0,
  FRAME_TRAILER_BYTES,
  readFrameBody,
  readFrameHeader,
} from './frame';

/** What {@link FrameDecoder.push} found in the bytes so far. */
export interface FrameDecoderOutput {
  /** Envelope bytes of every intact frame, in order. */
  frames: Uint8Array[];
  /** One error per place the decoder had to resynchronise (WC-PROTO-023). */
  errors: ProtocolError[];
}

/**
 * Incremental frame decoder for byte streams (TCP, UART, BLE notifications): feed chunks of any
 * size, get whole envelopes; after garbage or a bad CRC it skips one byte and hunts for the next
 * magic, so one corrupted frame never loses the ones after it.
 *
 * @example
 * ```ts
 * import { FrameDecoder } from '@weldcode/protocol';
 *
 * const decoder = new FrameDecoder();
 * socket.on('data', (chunk) => {
 *   const { frames, errors } = decoder.push(chunk);
 *   for (const envelope of frames) handle(envelope);
 *   for (const error of errors) log.warn(error.code);
 * });
 * ```
 */
export class FrameDecoder {
  private buffer = new Uint8Array(0);

  /** Bytes held while waiting for the rest of a frame. */
  get pending(): number {
    return this.buffer.length;
  }

  push(chunk: Uint8Array): FrameDecoderOutput {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer);
    joined.set(chunk, this.buffer.length);
    const frames: Uint8Array[] = [];
    const errors: ProtocolError[] = [];
    let offset = 0;
    while (offset < joined.length) {
      try {
        const length = readFrameHeader(joined, offset);
        if (
          length === undefined ||
          joined.length - offset < FRAME_HEADER_BYTES + length + FRAME_TRAILER_BYTES
        )
          break;
        frames.push(readFrameBody(joined, offset, length));
        offset += FRAME_HEADER_BYTES + length + FRAME_TRAILER_BYTES;
      } catch (error) {
        if (!isWeldcodeError(error)) throw error;
        errors.push(error as ProtocolError);
        offset = nextMagic(joined, offset + 1);
      }
    }
    this.buffer = joined.slice(offset);
    return { frames, errors };
  }
}

function nextMagic(bytes: Uint8Array, from: number): number {
  const at = bytes.indexOf(FRAME_MAGIC_0, from);
  return at < 0 ? bytes.length : at;
}
