import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createFence,
  type Datum,
  decodeCompactFences,
  encodeCompactFences,
  GeofenceError,
  toMicrodegrees,
} from '../src/index';
import { seededRandom, starRing } from './support/random';

const permit = createFence({
  id: 'permit-42',
  datum: 'gcj02',
  kind: 'allowed',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [121.470001, 31.230001],
        [121.471, 31.230001],
        [121.471, 31.231],
        [121.470001, 31.231],
        [121.470001, 31.230001],
      ],
    ],
  },
  windows: [{ type: 'interval', start: '2026-05-01T08:00:00+08:00', end: '2026-05-01T16:00:00+08:00' }],
});
const mall = createFence({
  id: '商场-7',
  datum: 'bd09',
  kind: 'forbidden',
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [121.48, 31.24],
          [121.49, 31.24],
          [121.49, 31.25],
          [121.48, 31.25],
          [121.48, 31.24],
        ],
        [
          [121.484, 31.244],
          [121.486, 31.244],
          [121.486, 31.246],
          [121.484, 31.244],
        ],
      ],
      [
        [
          [121.5, 31.24],
          [121.51, 31.24],
          [121.505, 31.25],
          [121.5, 31.24],
        ],
      ],
    ],
  },
  windows: [{ type: 'daily', timeZone: 'Asia/Shanghai', start: '22:00', end: '02:00', days: [5, 6] }],
});
const site = createFence({
  id: 'site',
  datum: 'wgs84',
  kind: 'allowed',
  geometry: { type: 'Circle', center: [-0.5, -0.25], radius: 123.45 },
});

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof GeofenceError ? error.code : `untyped: ${String(error)}`;
  }
}

describe('compact form', () => {
  it('WC-GEO-060: round-trips fences on the microdegree grid exactly', () => {
    const bytes = encodeCompactFences([permit, mall, site]);
    const decoded = decodeCompactFences(bytes);
    const shape = (f: (typeof decoded)[number]) => ({
      id: f.id,
      datum: f.datum,
      kind: f.kind,
      geometry: f.geometry,
    });
    expect(decoded.map(shape)).toEqual([permit, mall, site].map(shape));
    expect(decoded[0]?.isActiveAt(Date.parse('2026-05-01T08:00:00+08:00'))).toBe(true);
    expect(decoded[0]?.windows).toEqual([
      { type: 'interval', start: '2026-05-01T00:00:00.000Z', end: '2026-05-01T08:00:00.000Z' },
    ]);
    expect(decoded[1]?.windows).toEqual(mall.windows);
    expect(encodeCompactFences(decoded)).toEqual(bytes);
  });

  it('WC-GEO-060: rounds half away from zero and delta-encodes', () => {
    expect(toMicrodegrees(0.0000005)).toBe(1);
    expect(toMicrodegrees(-0.0000005)).toBe(-1);
    expect(toMicrodegrees(121.4737)).toBe(121473700);
    const bytes = encodeCompactFences([site]);
    // version 1, one fence, id "site", header circle|wgs84|allowed, lon -500000, lat -250000, 12345 cm
    expect(Buffer.from(bytes).toString('hex')).toBe('0101047369746510bf843d9fc21eb960');
  });

  it('WC-GEO-061: rejects non-canonical and malformed input', () => {
    const good = encodeCompactFences([site]);
    const hex = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
    expect(codeOf(() => decodeCompactFences(hex('02')))).toBe('ERR_GEO_COMPACT_INVALID');
    expect(codeOf(() => decodeCompactFences(hex('018100')))).toBe('ERR_GEO_COMPACT_INVALID');
    expect(codeOf(() => decodeCompactFences(Uint8Array.from([...good, 0])))).toBe('ERR_GEO_COMPACT_INVALID');
    const badHeader = Uint8Array.from(good);
    badHeader[7] = 0x50;
    expect(codeOf(() => decodeCompactFences(badHeader))).toBe('ERR_GEO_COMPACT_INVALID');
    badHeader[7] = 0x13;
    expect(codeOf(() => decodeCompactFences(badHeader))).toBe('ERR_GEO_COMPACT_INVALID');
    expect(codeOf(() => decodeCompactFences(hex('0101016180808080808080808001')))).toBe(
      'ERR_GEO_COMPACT_INVALID',
    );
    expect(codeOf(() => decodeCompactFences('01' as unknown as Uint8Array))).toBe('ERR_GEO_COMPACT_INVALID');
  });

  it('WC-GEO-062: rejects truncated input and oversized counts without allocating', () => {
    const good = encodeCompactFences([permit, mall]);
    for (let end = 0; end < good.length; end++) {
      expect(codeOf(() => decodeCompactFences(good.subarray(0, end)))).toBe('ERR_GEO_COMPACT_TRUNCATED');
    }
    expect(codeOf(() => decodeCompactFences(Uint8Array.from([1, 0xff, 0xff, 0xff, 0x7f])))).toBe(
      'ERR_GEO_COMPACT_TRUNCATED',
    );
  });

  it('WC-GEO-063: decoded fences are validated', () => {
    // One polygon ring of three identical points: degenerate.
    const degenerate = Uint8Array.from([1, 1, 1, 0x61, 0x00, 1, 3, 2, 2, 0, 0, 0, 0]);
    expect(codeOf(() => decodeCompactFences(degenerate))).toBe('ERR_GEO_COMPACT_INVALID');
    const zeroRadius = Uint8Array.from([1, 1, 1, 0x61, 0x10, 0, 0, 0]);
    expect(codeOf(() => decodeCompactFences(zeroRadius))).toBe('ERR_GEO_COMPACT_INVALID');
  });

  it('WC-GEO-064: refuses fences the compact form cannot carry', () => {
    const tiny = createFence({
      id: 'tiny',
      datum: 'wgs84',
      kind: 'allowed',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0.0000001, 0],
            [0.0000001, 0.0000001],
            [0, 0],
          ],
        ],
      },
    });
    expect(codeOf(() => encodeCompactFences([tiny]))).toBe('ERR_GEO_COMPACT_UNREPRESENTABLE');
    const subSecond = createFence({
      ...site.toJSON(),
      windows: [{ type: 'interval', start: '2026-05-01T08:00:00.5Z', end: '2026-05-01T09:00:00Z' }],
    });
    expect(codeOf(() => encodeCompactFences([subSecond]))).toBe('ERR_GEO_COMPACT_UNREPRESENTABLE');
    const small = createFence({
      ...site.toJSON(),
      geometry: { type: 'Circle', center: [1, 1], radius: 0.004 },
    });
    expect(codeOf(() => encodeCompactFences([small]))).toBe('ERR_GEO_COMPACT_UNREPRESENTABLE');
  });

  it('WC-GEO-061 WC-GEO-062: arbitrary bytes only ever give fences or typed errors', () => {
    const good = encodeCompactFences([permit, mall, site]);
    const mutated = fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })).map(([i, b]) => {
      const copy = Uint8Array.from(good);
      copy[i] = b;
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 64 }), mutated), (bytes) => {
        const code = codeOf(() => decodeCompactFences(bytes));
        expect(code === 'ok' || code.startsWith('ERR_GEO_COMPACT_')).toBe(true);
      }),
      { numRuns: 5000 },
    );
  }, 60_000);

  it('WC-GEO-060 WC-GEO-061: random grid fences round-trip to the same geometry and the same bytes', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 3, max: 40 }),
        fc.constantFrom<Datum>('wgs84', 'gcj02', 'bd09'),
        (seed, n, datum) => {
          const random = seededRandom(seed);
          const ring = starRing(
            random,
            n,
            73 + random() * 60,
            18 + random() * 35,
            0.001 + random() * 0.05,
          ).map((p) => p.map((v) => toMicrodegrees(v) / 1e6));
          let fence: ReturnType<typeof createFence>;
          try {
            fence = createFence({
              id: `r${seed}`,
              datum,
              kind: 'forbidden',
              geometry: { type: 'Polygon', coordinates: [ring] },
            });
          } catch {
            return; // rounding made this random ring invalid; encoding is checked on valid fences only
          }
          const bytes = encodeCompactFences([fence]);
          const [decoded] = decodeCompactFences(bytes);
          expect(decoded?.geometry).toEqual(fence.geometry);
          expect(encodeCompactFences(decoded === undefined ? [] : [decoded])).toEqual(bytes);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});
