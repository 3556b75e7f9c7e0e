import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFence, type FenceInput, GeofenceError, isWeldcodeErrorLike } from './support/fences';

function codeOf(input: unknown): string {
  try {
    createFence(input as FenceInput);
    return 'valid';
  } catch (error) {
    return error instanceof GeofenceError ? error.code : `untyped: ${String(error)}`;
  }
}

const polygon = (...rings: number[][][]) => ({
  id: 'f',
  datum: 'wgs84',
  kind: 'allowed',
  geometry: { type: 'Polygon', coordinates: rings },
});
const square = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe('fence validation', () => {
  it('WC-GEO-010: id and kind are checked', () => {
    expect(codeOf({ ...polygon(square), id: '' })).toBe('ERR_GEO_FENCE_ID_INVALID');
    expect(codeOf({ ...polygon(square), id: 'x'.repeat(129) })).toBe('ERR_GEO_FENCE_ID_INVALID');
    expect(codeOf({ ...polygon(square), kind: 'maybe' })).toBe('ERR_GEO_KIND_UNKNOWN');
    expect(codeOf({ ...polygon(square), datum: 'epsg3857' })).toBe('ERR_GEO_DATUM_UNKNOWN');
  });

  it('WC-GEO-011: only Polygon, MultiPolygon and Circle; altitude allowed, a 4th element not', () => {
    expect(codeOf({ ...polygon(square), geometry: { type: 'LineString', coordinates: square } })).toBe(
      'ERR_GEO_GEOMETRY_UNSUPPORTED',
    );
    expect(codeOf({ ...polygon(square), geometry: null })).toBe('ERR_GEO_GEOMETRY_UNSUPPORTED');
    expect(codeOf(polygon(square.map(([x, y]) => [x as number, y as number, 12])))).toBe('valid');
    expect(codeOf(polygon(square.map(([x, y]) => [x as number, y as number, 12, 0])))).toBe(
      'ERR_GEO_COORDINATE_INVALID',
    );
  });

  it('WC-GEO-013 WC-GEO-014 WC-GEO-015: open, short and degenerate rings', () => {
    expect(
      codeOf(
        polygon([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      ),
    ).toBe('ERR_GEO_RING_OPEN');
    expect(
      codeOf(
        polygon([
          [0, 0],
          [1, 0],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_RING_TOO_SHORT');
    expect(codeOf(polygon())).toBe('ERR_GEO_RING_TOO_SHORT');
    expect(
      codeOf(
        polygon([
          [0, 0],
          [1, 0],
          [1, 0],
          [0, 1],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_RING_DEGENERATE');
    expect(
      codeOf(
        polygon([
          [0, 0],
          [1, 1],
          [2, 2],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_RING_DEGENERATE');
  });

  it('WC-GEO-002: NaN, infinite and out-of-range coordinates', () => {
    expect(
      codeOf(
        polygon([
          [0, 0],
          [Number.NaN, 0],
          [1, 1],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_COORDINATE_INVALID');
    expect(
      codeOf(
        polygon([
          [0, 0],
          [1, Number.POSITIVE_INFINITY],
          [1, 1],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_COORDINATE_INVALID');
    expect(
      codeOf(
        polygon([
          [0, 0],
          [1, 91],
          [1, 1],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_COORDINATE_INVALID');
    expect(
      codeOf(
        polygon([
          [0, 0],
          ['1', 0],
          [1, 1],
          [0, 0],
        ] as unknown as number[][]),
      ),
    ).toBe('ERR_GEO_COORDINATE_INVALID');
  });

  it('WC-GEO-016: crossings, touching edges and spikes are self-intersections', () => {
    expect(
      codeOf(
        polygon([
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_SELF_INTERSECTION');
    expect(
      codeOf(
        polygon([
          [0, 0],
          [2, 0],
          [2, 2],
          [1, 0],
          [0, 2],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_SELF_INTERSECTION');
    expect(
      codeOf(
        polygon([
          [0, 0],
          [2, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ]),
      ),
    ).toBe('ERR_GEO_SELF_INTERSECTION');
    expect(
      codeOf(
        polygon(square, [
          [0.5, 0.5],
          [1, 0.5],
          [0.5, 0.8],
          [0.5, 0.5],
        ]),
      ),
    ).toBe('ERR_GEO_SELF_INTERSECTION');
    // A long ring takes the flatbush path: a crossing far from the start is still found.
    const ring: number[][] = [];
    for (let i = 0; i < 200; i++)
      ring.push([Math.cos((2 * Math.PI * i) / 200), Math.sin((2 * Math.PI * i) / 200)]);
    const crossed = ring.map((p) => [...p]);
    [crossed[100], crossed[150]] = [crossed[150] as number[], crossed[100] as number[]];
    expect(codeOf(polygon([...ring, ring[0] as number[]]))).toBe('valid');
    expect(codeOf(polygon([...crossed, crossed[0] as number[]]))).toBe('ERR_GEO_SELF_INTERSECTION');
  });

  it('WC-GEO-017 WC-GEO-018: holes inside and apart, polygons disjoint', () => {
    expect(
      codeOf(
        polygon(square, [
          [2, 2],
          [3, 2],
          [3, 3],
          [2, 2],
        ]),
      ),
    ).toBe('ERR_GEO_HOLE_OUTSIDE');
    const hole = [
      [0.2, 0.2],
      [0.8, 0.2],
      [0.8, 0.8],
      [0.2, 0.8],
      [0.2, 0.2],
    ];
    const inner = [
      [0.3, 0.3],
      [0.4, 0.3],
      [0.4, 0.4],
      [0.3, 0.3],
    ];
    expect(codeOf(polygon(square, hole, inner))).toBe('ERR_GEO_HOLE_OUTSIDE');
    const multi = (...polygons: number[][][][]) => ({
      ...polygon(square),
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
    expect(
      codeOf(
        multi(
          [square],
          [
            [
              [1, 0],
              [2, 0],
              [2, 1],
              [1, 1],
              [1, 0],
            ],
          ],
        ),
      ),
    ).toBe('ERR_GEO_POLYGONS_OVERLAP');
    expect(
      codeOf(
        multi(
          [square],
          [
            [
              [0.2, 0.2],
              [0.4, 0.2],
              [0.4, 0.4],
              [0.2, 0.2],
            ],
          ],
        ),
      ),
    ).toBe('ERR_GEO_POLYGONS_OVERLAP');
    expect(
      codeOf(
        multi(
          [square, hole],
          [
            [
              [0.3, 0.3],
              [0.4, 0.3],
              [0.4, 0.4],
              [0.3, 0.3],
            ],
          ],
        ),
      ),
    ).toBe('valid');
    expect(codeOf(multi())).toBe('ERR_GEO_RING_TOO_SHORT');
  });

  it('WC-GEO-019: clockwise and counter-clockwise rings mean the same', () => {
    const ccw = createFence(polygon(square) as FenceInput);
    const cw = createFence(polygon([...square].reverse()) as FenceInput);
    for (const [x, y] of [
      [0.5, 0.5],
      [1.5, 0.5],
      [1, 0.5],
    ] as const)
      expect(cw.locate({ lon: x, lat: y, datum: 'wgs84' })).toBe(
        ccw.locate({ lon: x, lat: y, datum: 'wgs84' }),
      );
  });

  it('WC-GEO-020: antimeridian-crossing fences are rejected', () => {
    expect(
      codeOf(
        polygon([
          [179, 0],
          [-179, 0],
          [-179, 1],
          [179, 1],
          [179, 0],
        ]),
      ),
    ).toBe('ERR_GEO_ANTIMERIDIAN');
    const circle = (center: number[], radius: number) => ({
      ...polygon(square),
      geometry: { type: 'Circle', center, radius },
    });
    expect(codeOf(circle([179.9999, 10], 1000))).toBe('ERR_GEO_ANTIMERIDIAN');
    expect(codeOf(circle([179, 10], 1000))).toBe('valid');
  });

  it('WC-GEO-021: circle radius and centre', () => {
    const circle = (center: unknown, radius: unknown) => ({
      ...polygon(square),
      geometry: { type: 'Circle', center, radius },
    });
    expect(codeOf(circle([121, 31], 0))).toBe('ERR_GEO_RADIUS_INVALID');
    expect(codeOf(circle([121, 31], -5))).toBe('ERR_GEO_RADIUS_INVALID');
    expect(codeOf(circle([121, 31], 50_001))).toBe('ERR_GEO_RADIUS_INVALID');
    expect(codeOf(circle([121, 31], Number.NaN))).toBe('ERR_GEO_RADIUS_INVALID');
    expect(codeOf(circle([0, 89.5], 10))).toBe('ERR_GEO_RADIUS_INVALID');
    expect(codeOf(circle([121], 10))).toBe('ERR_GEO_COORDINATE_INVALID');
    expect(codeOf(circle([121, 31], 50_000))).toBe('valid');
  });

  it('WC-GEO-022: arbitrary input never yields an untyped error', () => {
    const coordinate = fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN));
    const ring = fc.array(
      fc.tuple(coordinate, coordinate).map((p) => [...p]),
      { maxLength: 8 },
    );
    const closedRing = ring.map((r) => (r.length > 0 ? [...r, r[0] as number[]] : r));
    const geometry = fc.oneof(
      fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(closedRing, { maxLength: 3 }) }),
      fc.record({
        type: fc.constant('MultiPolygon'),
        coordinates: fc.array(fc.array(closedRing, { maxLength: 2 }), { maxLength: 3 }),
      }),
      fc.record({
        type: fc.constant('Circle'),
        center: fc.tuple(coordinate, coordinate).map((p) => [...p]),
        radius: fc.double(),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(geometry, fc.constantFrom('wgs84', 'gcj02', 'x'), (g, datum) => {
        const code = codeOf({ id: 'fuzz', datum, kind: 'allowed', geometry: g });
        expect(code === 'valid' || isWeldcodeErrorLike(code)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
