import { createFence, type Fence, type FenceInput } from './fence';
import { GeofenceError } from './geofence-error';
import type { CircleGeometry, FenceGeometry } from './geometry';
import type { TimeWindow } from './time-window';
import { parseInstant } from './time-window';
import { DATUMS, FENCE_KINDS } from './types';

/** The only version of the compact form defined so far (spec/geofence.md, "Compact form"). */
export const COMPACT_VERSION = 1;
const SHAPES = ['Polygon', 'MultiPolygon', 'Circle'] as const;
const MICRO = 1e6;
const MAX_VARINT_BYTES = 8;

class Writer {
  private bytes: number[] = [];
  u8(value: number): void {
    this.bytes.push(value);
  }
  uvarint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  svarint(value: number): void {
    this.uvarint(value < 0 ? -2 * value - 1 : 2 * value);
  }
  text(value: string): void {
    const utf8 = new TextEncoder().encode(value);
    this.uvarint(utf8.length);
    for (const b of utf8) this.bytes.push(b);
  }
  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

function malformed(message: string, offset: number): GeofenceError {
  return new GeofenceError('ERR_GEO_COMPACT_INVALID', message, { details: { offset } });
}

class Reader {
  offset = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get remaining(): number {
    return this.bytes.length - this.offset;
  }
  u8(): number {
    const b = this.bytes[this.offset];
    if (b === undefined) {
      throw new GeofenceError('ERR_GEO_COMPACT_TRUNCATED', 'compact fence data ends early', {
        details: { offset: this.offset },
      });
    }
    this.offset++;
    return b;
  }
  uvarint(): number {
    const start = this.offset;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const b = this.u8();
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (b === 0 && i > 0) throw malformed('non-minimal varint', start);
        if (value > Number.MAX_SAFE_INTEGER) throw malformed('varint too large', start);
        return value;
      }
      scale *= 0x80;
    }
    throw malformed('varint longer than 8 bytes', start);
  }
  svarint(): number {
    const z = this.uvarint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  count(min: number, bytesPerItem: number): number {
    const start = this.offset;
    const n = this.uvarint();
    if (n < min) throw malformed(`count ${n} below ${min}`, start);
    if (n * bytesPerItem > this.remaining) {
      throw new GeofenceError('ERR_GEO_COMPACT_TRUNCATED', 'count exceeds the remaining bytes', {
        details: { offset: start },
      });
    }
    return n;
  }
  text(): string {
    const length = this.count(0, 1);
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(slice);
    } catch (cause) {
      throw new GeofenceError('ERR_GEO_COMPACT_INVALID', 'text is not UTF-8', {
        cause,
        details: { offset: this.offset - length },
      });
    }
  }
}

/** Round half away from zero to whole microdegrees: the grid chips report. */
export function toMicrodegrees(degrees: number): number {
  return Math.sign(degrees) * Math.round(Math.abs(degrees) * MICRO);
}

function unrepresentable(message: string, fenceId: string): GeofenceError {
  return new GeofenceError('ERR_GEO_COMPACT_UNREPRESENTABLE', message, { details: { id: fenceId } });
}

function writeRings(w: Writer, rings: readonly (readonly (readonly number[])[])[], last: number[]): void {
  w.uvarint(rings.length);
  for (const ring of rings) {
    w.uvarint(ring.length - 1);
    for (const position of ring.slice(0, -1)) {
      const x = toMicrodegrees(position[0] as number);
      const y = toMicrodegrees(position[1] as number);
      w.svarint(x - (last[0] as number));
      w.svarint(y - (last[1] as number));
      last[0] = x;
      last[1] = y;
    }
  }
}

function writeWindows(w: Writer, windows: readonly TimeWindow[], id: string): void {
  w.uvarint(windows.length);
  for (const window of windows) {
    if (window.type === 'interval') {
      const start = parseInstant(window.start, window);
      const end = parseInstant(window.end, window);
      if (start % 1000 !== 0 || end % 1000 !== 0)
        throw unrepresentable('interval ends must be whole seconds', id);
      w.u8(0);
      w.svarint(start / 1000);
      w.uvarint((end - start) / 1000);
    } else {
      w.u8(1);
      let mask = 0;
      for (const day of window.days ?? [1, 2, 3, 4, 5, 6, 7]) mask |= 1 << (day - 1);
      w.u8(mask);
      w.uvarint(minutesOf(window.start));
      w.uvarint(minutesOf(window.end));
      w.text(window.timeZone);
    }
  }
}

function minutesOf(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function writeFence(w: Writer, fence: Fence): void {
  const geometry = fence.geometry;
  const shape = SHAPES.indexOf(geometry.type);
  const hasWindows = fence.windows !== undefined;
  w.text(fence.id);
  w.u8(
    DATUMS.indexOf(fence.datum) |
      (FENCE_KINDS.indexOf(fence.kind) << 2) |
      (shape << 3) |
      (hasWindows ? 0x20 : 0),
  );
  const last = [0, 0];
  if (geometry.type === 'Circle') {
    w.svarint(toMicrodegrees(geometry.center[0] as number));
    w.svarint(toMicrodegrees(geometry.center[1] as number));
    const cm = Math.round(geometry.radius * 100);
    if (cm < 1) throw unrepresentable('radius below 1 cm', fence.id);
    w.uvarint(cm);
  } else if (geometry.type === 'Polygon') {
    writeRings(w, geometry.coordinates, last);
  } else {
    w.uvarint(geometry.coordinates.length);
    for (const polygon of geometry.coordinates) writeRings(w, polygon, last);
  }
  if (fence.windows !== undefined) writeWindows(w, fence.windows, fence.id);
}

function readRings(r: Reader, last: number[]): number[][][] {
  const rings = r.count(1, 6);
  const out: number[][][] = [];
  for (let i = 0; i < rings; i++) {
    const points = r.count(3, 2);
    const ring: number[][] = [];
    for (let j = 0; j < points; j++) {
      last[0] = (last[0] as number) + r.svarint();
      last[1] = (last[1] as number) + r.svarint();
      ring.push([(last[0] as number) / MICRO, (last[1] as number) / MICRO]);
    }
    ring.push([...(ring[0] as number[])]);
    out.push(ring);
  }
  return out;
}

function readWindows(r: Reader): TimeWindow[] {
  const count = r.count(1, 3);
  const windows: TimeWindow[] = [];
  for (let i = 0; i < count; i++) {
    const at = r.offset;
    const type = r.u8();
    if (type === 0) {
      const start = r.svarint() * 1000;
      const end = start + r.uvarint() * 1000;
      if (!Number.isSafeInteger(start) || !(Math.abs(start) <= 8.64e15 && Math.abs(end) <= 8.64e15)) {
        throw malformed('interval out of range', at);
      }
      windows.push({
        type: 'interval',
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
      });
    } else if (type === 1) {
      const mask = r.u8();
      if (mask === 0 || mask > 0x7f) throw malformed('bad weekday mask', at);
      const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => mask & (1 << (d - 1)));
      const start = r.uvarint();
      const end = r.uvarint();
      if (start > 1439 || end > 1440) throw malformed('daily minutes out of range', at);
      windows.push({ type: 'daily', timeZone: r.text(), start: clockOf(start), end: clockOf(end), days });
    } else {
      throw malformed(`unknown window type ${type}`, at);
    }
  }
  return windows;
}

function readGeometry(r: Reader, shape: number): FenceGeometry {
  const last = [0, 0];
  if (shape === 2) {
    const center = [r.svarint() / MICRO, r.svarint() / MICRO];
    const radius = r.uvarint() / 100;
    return { type: 'Circle', center, radius } satisfies CircleGeometry;
  }
  if (shape === 0) return { type: 'Polygon', coordinates: readRings(r, last) };
  const count = r.count(1, 7);
  const coordinates: number[][][][] = [];
  for (let i = 0; i < count; i++) coordinates.push(readRings(r, last));
  return { type: 'MultiPolygon', coordinates };
}

function readFence(r: Reader): Fence {
  const at = r.offset;
  const id = r.text();
  const header = r.u8();
  const datum = DATUMS[header & 0x03];
  const kind = FENCE_KINDS[(header >> 2) & 0x01];
  const shape = (header >> 3) & 0x03;
  if (datum === undefined || kind === undefined || shape === 3 || (header & 0xc0) !== 0) {
    throw malformed(`bad header byte ${header}`, at);
  }
  const geometry = readGeometry(r, shape);
  const input: FenceInput = {
    id,
    datum,
    kind,
    geometry,
    ...((header & 0x20) !== 0 ? { windows: readWindows(r) } : {}),
  };
  try {
    return createFence(input);
  } catch (cause) {
    const code = cause instanceof GeofenceError ? cause.code : 'unknown';
    throw new GeofenceError('ERR_GEO_COMPACT_INVALID', `fence ${id} is invalid: ${code}`, {
      cause,
      details: { offset: at, code },
    });
  }
}

/**
 * Encodes fences in the compact form of the protocol's geofence-set message: integer
 * microdegrees, delta-encoded zigzag varints, radius in centimetres, windows in seconds.
 * The encoding is canonical (one byte string per fence set).
 *
 * @throws {@link GeofenceError} `ERR_GEO_COMPACT_UNREPRESENTABLE` when rounding to the microdegree
 *   grid breaks a fence or a window has sub-second ends.
 * @example
 * ```ts
 * import { createFence, encodeCompactFences } from '@weldcode/geofence';
 *
 * const bytes = encodeCompactFences([
 *   createFence({ id: 'p1', datum: 'gcj02', kind: 'allowed', geometry: { type: 'Circle', center: [121.47, 31.23], radius: 30 } }),
 * ]);
 * ```
 */
export function encodeCompactFences(fences: readonly Fence[]): Uint8Array {
  const w = new Writer();
  w.u8(COMPACT_VERSION);
  w.uvarint(fences.length);
  for (const fence of fences) writeFence(w, fence);
  const bytes = w.finish();
  try {
    decodeCompactFences(bytes);
  } catch (cause) {
    throw new GeofenceError(
      'ERR_GEO_COMPACT_UNREPRESENTABLE',
      'a fence does not survive rounding to microdegrees',
      {
        cause,
        details: {},
      },
    );
  }
  return bytes;
}

/**
 * Decodes and validates the compact form. Never returns an invalid fence.
 *
 * @throws {@link GeofenceError} `ERR_GEO_COMPACT_TRUNCATED`, `ERR_GEO_COMPACT_INVALID`.
 * @example
 * ```ts
 * import { decodeCompactFences } from '@weldcode/geofence';
 *
 * const fences = decodeCompactFences(bytes);
 * ```
 */
export function decodeCompactFences(bytes: Uint8Array): Fence[] {
  if (!(bytes instanceof Uint8Array)) throw malformed('input must be a Uint8Array', 0);
  const r = new Reader(bytes);
  const version = r.u8();
  if (version !== COMPACT_VERSION) throw malformed(`unsupported version ${version}`, 0);
  const count = r.count(0, 4);
  const fences: Fence[] = [];
  for (let i = 0; i < count; i++) fences.push(readFence(r));
  if (r.remaining !== 0) throw malformed('trailing bytes after the last fence', r.offset);
  return fences;
}
