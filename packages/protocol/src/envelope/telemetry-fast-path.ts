import type { Telemetry } from './messages';

// Hand-written codec for the one hot message, an envelope carrying telemetry. It produces exactly
// the bytes protobufjs produces (tested byte for byte and fuzzed against the generated code); any
// input it does not expect (unknown fields, unpacked series, repeated fields) returns undefined
// and the caller falls back to the generated decoder.

const scratch = new Uint8Array(4096);

function varintSize(value: number): number {
  let size = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

function writeVarint(buffer: Uint8Array, pos: number, value: number): number {
  while (value >= 128) {
    buffer[pos++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  buffer[pos++] = value;
  return pos;
}

function writeSeries(
  buffer: Uint8Array,
  pos: number,
  key: number,
  series: readonly number[] | null | undefined,
) {
  if (!series || series.length === 0) return pos;
  buffer[pos++] = key;
  // One pass with a one-byte length: checkTelemetry caps a series at 16 values of at most 5 bytes,
  // so the packed length is at most 80 and its varint is always one byte.
  const lengthAt = pos++;
  const start = pos;
  for (let i = 0; i < series.length; i++) pos = writeVarint(buffer, pos, zigzag(series[i] as number));
  buffer[lengthAt] = pos - start;
  return pos;
}

function isInt32(value: unknown): boolean {
  return typeof value === 'number' && (value | 0) === value;
}

function isUint32(value: unknown): boolean {
  return typeof value === 'number' && value >>> 0 === value;
}

function isSeries(series: readonly number[] | null | undefined): boolean {
  if (series == null) return true;
  if (!Array.isArray(series)) return false;
  for (let i = 0; i < series.length; i++) if (!isInt32(series[i])) return false;
  return true;
}

function isOptionalUint32(value: unknown): boolean {
  return value == null || isUint32(value);
}

function fitsFastPath(seq: number, t: Telemetry): boolean {
  const longest = Math.max(t.currentDa?.length ?? 0, t.voltageDv?.length ?? 0, t.temperatureC?.length ?? 0);
  return (
    longest <= 16 &&
    Number.isSafeInteger(seq) &&
    seq >= 0 &&
    isOptionalUint32(t.startS) &&
    isOptionalUint32(t.intervalMs) &&
    isOptionalUint32(t.states) &&
    isSeries(t.currentDa) &&
    isSeries(t.voltageDv) &&
    isSeries(t.temperatureC)
  );
}

/** Encodes `{ seq, telemetry }` without MAC, or returns undefined when the value needs the slow path. */
export function encodeTelemetryEnvelope(seq: number, t: Telemetry): Uint8Array | undefined {
  if (!fitsFastPath(seq, t)) return undefined;
  let pos = 0;
  const b = scratch;
  if (t.startS) {
    const v = t.startS;
    b[pos++] = 0x0d;
    b[pos++] = v & 0xff;
    b[pos++] = (v >>> 8) & 0xff;
    b[pos++] = (v >>> 16) & 0xff;
    b[pos++] = v >>> 24;
  }
  if (t.intervalMs) {
    b[pos++] = 0x10;
    pos = writeVarint(b, pos, t.intervalMs);
  }
  pos = writeSeries(b, pos, 0x1a, t.currentDa);
  pos = writeSeries(b, pos, 0x22, t.voltageDv);
  pos = writeSeries(b, pos, 0x2a, t.temperatureC);
  if (t.states) {
    b[pos++] = 0x30;
    pos = writeVarint(b, pos, t.states);
  }
  const bodyLength = pos;
  const out = new Uint8Array((seq ? 1 + varintSize(seq) : 0) + 1 + varintSize(bodyLength) + bodyLength);
  let o = 0;
  if (seq) {
    out[o++] = 0x08;
    o = writeVarint(out, o, seq);
  }
  out[o++] = 0x12;
  o = writeVarint(out, o, bodyLength);
  out.set(b.subarray(0, bodyLength), o);
  return out;
}

class FastReader {
  pos = 0;
  constructor(
    readonly b: Uint8Array,
    readonly end: number,
  ) {}

  /** A varint up to 2^53, or -1 when malformed or too large (the slow path then reports it). */
  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.pos >= this.end) return -1;
      const byte = this.b[this.pos++] as number;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
    return -1;
  }

  series(): number[] | undefined {
    const length = this.varint();
    if (length < 0 || length > this.end - this.pos) return undefined;
    const stop = this.pos + length;
    const values: number[] = [];
    while (this.pos < stop) {
      const raw = this.varint();
      if (raw < 0 || this.pos > stop || raw > 0xffffffff) return undefined;
      values.push(raw % 2 === 0 ? raw / 2 : -(raw + 1) / 2);
    }
    return values;
  }
}

/**
 * Decodes `bytes[0..end)` when it is exactly `[seq] telemetry` in canonical form; else undefined.
 */
export function decodeTelemetryEnvelope(
  bytes: Uint8Array,
  end: number,
): { seq: number; value: Telemetry } | undefined {
  if (end < 2) return undefined;
  const r = new FastReader(bytes, end);
  let seq = 0;
  if (bytes[0] === 0x08) {
    r.pos = 1;
    seq = r.varint();
    if (seq < 0) return undefined;
  }
  if (bytes[r.pos++] !== 0x12) return undefined;
  const bodyLength = r.varint();
  if (bodyLength < 0 || r.pos + bodyLength !== end) return undefined;
  const value: Telemetry = {};
  let seen = 0;
  while (r.pos < end) {
    const key = bytes[r.pos++] as number;
    const bit = 1 << (key >> 3);
    if (seen & bit) return undefined;
    seen |= bit;
    switch (key) {
      case 0x0d: {
        if (r.pos + 4 > end) return undefined;
        const v =
          ((bytes[r.pos] as number) |
            ((bytes[r.pos + 1] as number) << 8) |
            ((bytes[r.pos + 2] as number) << 16) |
            ((bytes[r.pos + 3] as number) << 24)) >>>
          0;
        r.pos += 4;
        if (v) value.startS = v;
        break;
      }
      case 0x10:
      case 0x30: {
        const v = r.varint();
        if (v < 0 || v > 0xffffffff) return undefined;
        if (v) value[key === 0x10 ? 'intervalMs' : 'states'] = v;
        break;
      }
      case 0x1a:
      case 0x22:
      case 0x2a: {
        const series = r.series();
        if (series === undefined) return undefined;
        if (series.length)
          value[key === 0x1a ? 'currentDa' : key === 0x22 ? 'voltageDv' : 'temperatureC'] = series;
        break;
      }
      default:
        return undefined;
    }
  }
  return { seq, value };
}
