import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, decodeFrame, encodeFrame, FrameDecoder, ProtocolError } from '../src/index';
import { codeOf } from './support/code-of';

const envelope = new Uint8Array([0x08, 0x01, 0x22, 0x02, 0x08, 0x3c]);

describe('stream framing', () => {
  it('uses the zlib CRC-32 (check value of "123456789" is cbf43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('round-trips: magic, version, big-endian length, envelope, CRC', () => {
    const frame = encodeFrame(envelope);
    expect(Array.from(frame.subarray(0, 5))).toEqual([0x57, 0x43, 0x01, 0x00, envelope.length]);
    expect(decodeFrame(frame)).toEqual(envelope);
  });

  it('WC-PROTO-018: another start is ERR_PROTO_FRAME_MAGIC', () => {
    const frame = encodeFrame(envelope);
    frame[1] = 0x44;
    expect(codeOf(() => decodeFrame(frame))).toBe('ERR_PROTO_FRAME_MAGIC');
  });

  it('WC-PROTO-019: another version is ERR_PROTO_FRAME_VERSION', () => {
    const frame = encodeFrame(envelope);
    frame[2] = 2;
    expect(codeOf(() => decodeFrame(frame))).toBe('ERR_PROTO_FRAME_VERSION');
  });

  it('WC-PROTO-020: a length above 4096 is ERR_PROTO_OVERSIZED from the header alone', () => {
    expect(codeOf(() => decodeFrame(new Uint8Array([0x57, 0x43, 0x01, 0x10, 0x01])))).toBe(
      'ERR_PROTO_OVERSIZED',
    );
    expect(codeOf(() => decodeFrame(new Uint8Array([0x57, 0x43, 0x01, 0x00, 0x00])))).toBe(
      'ERR_PROTO_OVERSIZED',
    );
    expect(codeOf(() => encodeFrame(new Uint8Array(4097)))).toBe('ERR_PROTO_OVERSIZED');
  });

  it('WC-PROTO-021: any flipped bit is ERR_PROTO_FRAME_CRC or a header error', () => {
    const frame = encodeFrame(envelope);
    for (let bit = 0; bit < frame.length * 8; bit++) {
      const bad = frame.slice();
      bad[bit >> 3] = (bad[bit >> 3] as number) ^ (1 << (bit & 7));
      expect(codeOf(() => decodeFrame(bad))).toMatch(
        /^ERR_PROTO_(FRAME_CRC|FRAME_MAGIC|FRAME_VERSION|OVERSIZED|FRAME_TRUNCATED|FRAME_TRAILING)$/,
      );
    }
  });

  it('WC-PROTO-022: truncation at every byte is ERR_PROTO_FRAME_TRUNCATED, extra bytes ERR_PROTO_FRAME_TRAILING', () => {
    const frame = encodeFrame(envelope);
    for (let length = 0; length < frame.length; length++) {
      expect(codeOf(() => decodeFrame(frame.subarray(0, length)))).toBe('ERR_PROTO_FRAME_TRUNCATED');
    }
    expect(codeOf(() => decodeFrame(new Uint8Array([...frame, 0])))).toBe('ERR_PROTO_FRAME_TRAILING');
  });

  it('WC-PROTO-023: the stream decoder resynchronises and keeps every intact frame', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.uint8Array({ maxLength: 12 }), { minLength: 9, maxLength: 9 }),
        fc.integer({ min: 1, max: 17 }),
        (bodies, garbage, chunkSize) => {
          const parts: number[] = [];
          bodies.forEach((body, i) => {
            // garbage without the magic's first byte cannot fake a frame start
            parts.push(...Array.from(garbage[i] ?? []).map((b) => (b === 0x57 ? 0 : b)));
            parts.push(...encodeFrame(body));
          });
          const stream = new Uint8Array(parts);
          const decoder = new FrameDecoder();
          const frames: Uint8Array[] = [];
          for (let at = 0; at < stream.length; at += chunkSize) {
            frames.push(...decoder.push(stream.subarray(at, at + chunkSize)).frames);
          }
          expect(frames).toEqual(bodies);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('WC-PROTO-023: a corrupted frame costs only itself', () => {
    const a = encodeFrame(new Uint8Array([1, 2, 3]));
    const b = encodeFrame(new Uint8Array([4, 5, 6]));
    a[6] = 9;
    const out = new FrameDecoder().push(new Uint8Array([...a, ...b]));
    expect(out.frames).toEqual([new Uint8Array([4, 5, 6])]);
    expect(out.errors.map((error) => error.code)).toContain('ERR_PROTO_FRAME_CRC');
  });

  it('decodeFrame and FrameDecoder throw or report only typed errors on any input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const withMagic = new Uint8Array([0x57, 0x43, 0x01, ...bytes]);
        for (const input of [bytes, withMagic]) {
          try {
            decodeFrame(input);
          } catch (error) {
            expect(error).toBeInstanceOf(ProtocolError);
          }
          const out = new FrameDecoder().push(input);
          for (const error of out.errors) expect(error).toBeInstanceOf(ProtocolError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
