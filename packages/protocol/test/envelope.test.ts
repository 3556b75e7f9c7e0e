import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weldcode } from '../src/generated/weldcode';
import {
  createMacKey,
  decodeEnvelope,
  type Envelope,
  encodeEnvelope,
  isBodyKind,
  openEnvelope,
  ProtocolError,
  sealEnvelope,
  type Telemetry,
} from '../src/index';
import { codeOf } from './support/code-of';

const pb = weldcode.v1;
const key = createMacKey(new Uint8Array(32).fill(9));

const telemetry: Telemetry = {
  startS: 1_795_000_000,
  currentDa: [1500, 3, -2, 0, 5, -4, 1, 0, -1, 2],
  voltageDv: [245, 1, 0, -1, 0, 0, 1, -1, 0, 0],
  temperatureC: [41, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  states: 0xfffff,
};

describe('envelope codec', () => {
  it('WC-PROTO-002: seq first, body, then an 8-byte MAC as the last field', () => {
    const bytes = sealEnvelope({ seq: 1000, body: { kind: 'telemetry', value: telemetry } }, key);
    expect(bytes[0]).toBe(0x08);
    expect(Array.from(bytes.subarray(bytes.length - 11, bytes.length - 8))).toEqual([0xfa, 0x7f, 8]);
    const opened = openEnvelope(bytes, key);
    expect(opened.seq).toBe(1000);
    expect(opened.body).toEqual({ kind: 'telemetry', value: telemetry });
  });

  it('telemetry fast path writes exactly the bytes of the generated protobufjs code', () => {
    const sample = fc.record({
      seq: fc.integer({ min: 0, max: 2 ** 40 }),
      startS: fc.integer({ min: 0, max: 0xffffffff }),
      intervalMs: fc.integer({ min: 0, max: 0xffffffff }),
      n: fc.integer({ min: 1, max: 16 }),
      current: fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 16, maxLength: 16 }),
      voltage: fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 16, maxLength: 16 }),
      withTemperature: fc.boolean(),
      states: fc.integer({ min: 0, max: 0xffffffff }),
    });
    fc.assert(
      fc.property(sample, (s) => {
        const value: Telemetry = {
          startS: s.startS,
          intervalMs: s.intervalMs,
          currentDa: s.current.slice(0, s.n),
          voltageDv: s.voltage.slice(0, s.n),
          states: s.n < 16 ? s.states % 2 ** (2 * s.n) : s.states,
        };
        if (s.withTemperature) value.temperatureC = s.voltage.slice(0, s.n);
        const seq = s.seq || 1;
        const ours = encodeEnvelope({ seq, body: { kind: 'telemetry', value } });
        const theirs = pb.Envelope.encode(pb.Envelope.fromObject({ seq, telemetry: value })).finish();
        expect(Buffer.from(ours).toString('hex')).toBe(Buffer.from(theirs).toString('hex'));
        const decoded = decodeEnvelope(ours);
        const generic = pb.Envelope.toObject(pb.Envelope.decode(ours), { longs: Number });
        expect(decoded.seq).toBe(generic.seq);
        expect(decoded.body.value).toEqual(generic.telemetry);
      }),
      { numRuns: 300 },
    );
  });

  it('WC-PROTO-003: unknown fields are ignored, in the envelope and in the body', () => {
    const plain = encodeEnvelope({ seq: 3, body: { kind: 'telemetry', value: telemetry } });
    // field 20001 (vendor block), varint 5, appended inside the telemetry and after it
    const vendor = [0x88, 0xe2, 0x09, 0x05];
    const body = plain.subarray(plain.indexOf(0x12) + 2);
    const withUnknown = new Uint8Array([
      0x08,
      3,
      0x12,
      body.length + vendor.length,
      ...body,
      ...vendor,
      ...vendor,
    ]);
    const decoded = decodeEnvelope(withUnknown);
    expect(decoded.body).toEqual({ kind: 'telemetry', value: telemetry });
  });

  it('WC-PROTO-001: an envelope without a known body is ERR_PROTO_UNKNOWN_MESSAGE', () => {
    expect(codeOf(() => decodeEnvelope(new Uint8Array([0x08, 0x01])))).toBe('ERR_PROTO_UNKNOWN_MESSAGE');
    // body field 99 (a future kind)
    expect(codeOf(() => decodeEnvelope(new Uint8Array([0x9a, 0x06, 0x00])))).toBe(
      'ERR_PROTO_UNKNOWN_MESSAGE',
    );
    expect(isBodyKind('telemetry')).toBe(true);
    expect(isBodyKind('toString')).toBe(false);
  });

  it('WC-PROTO-031: a missing, misplaced or wrong MAC is ERR_PROTO_BAD_MAC', () => {
    const envelope: Envelope = { seq: 9, body: { kind: 'telemetry', value: telemetry } };
    const sealed = sealEnvelope(envelope, key);
    expect(codeOf(() => openEnvelope(encodeEnvelope(envelope), key))).toBe('ERR_PROTO_BAD_MAC');
    const flipped = sealed.slice();
    flipped[12] = (flipped[12] as number) ^ 1;
    expect(codeOf(() => openEnvelope(flipped, key))).toBe('ERR_PROTO_BAD_MAC');
    const other = createMacKey(new Uint8Array(32).fill(1));
    expect(codeOf(() => openEnvelope(sealed, other))).toBe('ERR_PROTO_BAD_MAC');
    const macFirst = new Uint8Array([
      ...sealed.subarray(sealed.length - 11),
      ...sealed.subarray(0, sealed.length - 11),
    ]);
    expect(codeOf(() => openEnvelope(macFirst, key))).toBe('ERR_PROTO_BAD_MAC');
  });

  it('WC-PROTO-005: envelopes above 4096 bytes are ERR_PROTO_OVERSIZED', () => {
    expect(codeOf(() => decodeEnvelope(new Uint8Array(4097)))).toBe('ERR_PROTO_OVERSIZED');
    const big = {
      seq: 0,
      body: { kind: 'command' as const, value: { name: 'x', args: new Uint8Array(5000) } },
    };
    expect(codeOf(() => encodeEnvelope(big))).toBe('ERR_PROTO_OVERSIZED');
  });

  it('WC-PROTO-009: a record with seq 0 is ERR_PROTO_INVALID_FIELD', () => {
    const bytes = pb.Envelope.encode(pb.Envelope.fromObject({ telemetry })).finish();
    expect(codeOf(() => decodeEnvelope(bytes))).toBe('ERR_PROTO_INVALID_FIELD');
  });

  it('WC-PROTO-010: telemetry sample rules', () => {
    const bad: Telemetry[] = [
      { currentDa: [] },
      { currentDa: new Array(17).fill(1) },
      { currentDa: [1, 2], voltageDv: [1] },
      { currentDa: [1], states: 4 },
    ];
    for (const value of bad) {
      expect(codeOf(() => encodeEnvelope({ seq: 1, body: { kind: 'telemetry', value } }))).toBe(
        'ERR_PROTO_INVALID_FIELD',
      );
    }
  });

  it('WC-PROTO-011: location range and cell-only reports', () => {
    const ok = encodeEnvelope({
      seq: 1,
      body: { kind: 'location', value: { cells: [{ mcc: 460, mnc: 0 }] } },
    });
    expect(decodeEnvelope(ok).body.kind).toBe('location');
    for (const value of [{}, { latE7: 910_000_000, lonE7: 1 }, { latE7: 1, lonE7: -1_800_000_001 }]) {
      expect(codeOf(() => encodeEnvelope({ seq: 1, body: { kind: 'location', value } }))).toBe(
        'ERR_PROTO_INVALID_FIELD',
      );
    }
  });

  it('WC-PROTO-004: arbitrary bytes decode or fail with a typed error, never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        for (const run of [() => decodeEnvelope(bytes), () => openEnvelope(bytes, key)]) {
          try {
            run();
          } catch (error) {
            expect(error).toBeInstanceOf(ProtocolError);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('WC-PROTO-004: mutated valid envelopes never escape as untyped errors', () => {
    const base = sealEnvelope({ seq: 77, body: { kind: 'telemetry', value: telemetry } }, key);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (at, byte) => {
          const mutated = base.slice();
          mutated[at] = byte;
          for (const bytes of [mutated, base.subarray(0, at)]) {
            try {
              decodeEnvelope(bytes);
            } catch (error) {
              expect(error).toBeInstanceOf(ProtocolError);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
