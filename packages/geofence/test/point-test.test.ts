import { describe, expect, it } from 'vitest';
import { createFence, type Fence } from '../src/index';
import { exactLocate, exactOrientation, ringsOf, ulpStep } from './support/exact-reference';
import { nearEdgePoints, seededRandom, starRing } from './support/random';

function polygonFence(id: string, rings: number[][][]): Fence {
  return createFence({
    id,
    datum: 'wgs84',
    kind: 'allowed',
    geometry: { type: 'Polygon', coordinates: rings },
  });
}

function locate(fence: Fence, x: number, y: number) {
  return fence.locate({ lon: x, lat: y, datum: 'wgs84' });
}

const square = polygonFence('square', [
  [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
  [
    [2, 2],
    [4, 2],
    [4, 4],
    [2, 4],
    [2, 2],
  ],
]);

describe('exact reference', () => {
  it('orientation signs match simple cases', () => {
    expect(exactOrientation(0, 0, 1, 0, 0, 1)).toBe(1);
    expect(exactOrientation(0, 0, 1, 0, 0, -1)).toBe(-1);
    expect(exactOrientation(0, 0, 1, 1, 0.5, 0.5)).toBe(0);
    // 0.1 + 0.2 is not 0.3 in doubles: the reference must see the difference.
    expect(exactOrientation(0, 0, 0.3, 0.3, 0.1 + 0.2, 0.3)).not.toBe(0);
  });
});

describe('point tests', () => {
  it('WC-GEO-030 WC-GEO-034: vertices and edges of outer rings and holes are boundary (inside)', () => {
    for (const [x, y] of [
      [0, 0],
      [10, 0],
      [5, 0],
      [10, 5],
      [0, 7.5],
      [2, 2],
      [3, 2],
      [4, 3.5],
    ] as const) {
      expect(locate(square, x, y)).toBe('boundary');
      expect(square.containsPoint(x, y)).toBe(true);
    }
  });

  it('WC-GEO-032: holes are outside, the rest of the interior inside', () => {
    expect(locate(square, 3, 3)).toBe('outside');
    expect(square.containsPoint(3, 3)).toBe(false);
    expect(locate(square, 5, 5)).toBe('inside');
    expect(locate(square, 10.000001, 5)).toBe('outside');
    expect(square.containsPoint(Number.NaN, 5)).toBe(false);
    expect(() => locate(square, Number.NaN, 5)).toThrow(/longitude/);
  });

  it('WC-GEO-030: a point on an edge shared by two fences is inside both', () => {
    const left = polygonFence('left', [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ]);
    const right = polygonFence('right', [
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
        [1, 0],
      ],
    ]);
    for (const y of [0, 0.25, 0.5, 1]) {
      expect(left.containsPoint(1, y)).toBe(true);
      expect(right.containsPoint(1, y)).toBe(true);
    }
    expect(left.containsPoint(ulpStep(1, 1), 0.5)).toBe(false);
    expect(right.containsPoint(ulpStep(1, -1), 0.5)).toBe(false);
  });

  it('WC-GEO-012: edges are straight in the lon/lat plane, not great circles', () => {
    // The great circle from (100, 60) to (120, 60) bulges north to about 60.4° at 110°E.
    const band = polygonFence('band', [
      [
        [100, 50],
        [120, 50],
        [120, 60],
        [100, 60],
        [100, 50],
      ],
    ]);
    expect(locate(band, 110, 60.2)).toBe('outside');
    expect(locate(band, 110, 60)).toBe('boundary');
  });

  it('WC-GEO-032: a MultiPolygon contains points of any of its polygons', () => {
    const fence = createFence({
      id: 'multi',
      datum: 'wgs84',
      kind: 'forbidden',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [4, 0],
              [4, 4],
              [0, 4],
              [0, 0],
            ],
            [
              [1, 1],
              [3, 1],
              [3, 3],
              [1, 3],
              [1, 1],
            ],
          ],
          [
            [
              [1.5, 1.5],
              [2.5, 1.5],
              [2.5, 2.5],
              [1.5, 2.5],
              [1.5, 1.5],
            ],
          ],
          [
            [
              [10, 10],
              [11, 10],
              [11, 11],
              [10, 10],
            ],
          ],
        ],
      },
    });
    expect(fence.containsPoint(0.5, 0.5)).toBe(true);
    expect(fence.containsPoint(1.2, 1.2)).toBe(false);
    expect(fence.containsPoint(2, 2)).toBe(true);
    expect(fence.containsPoint(10.9, 10.5)).toBe(true);
    expect(fence.containsPoint(10.5, 10.9)).toBe(false);
  });

  it('WC-GEO-033: circles include their boundary and use the haversine distance', () => {
    const fence = createFence({
      id: 'c',
      datum: 'wgs84',
      kind: 'allowed',
      geometry: { type: 'Circle', center: [121.47, 31.23], radius: 100 },
    });
    const degree = 100 / 111195.08;
    expect(fence.containsPoint(121.47, 31.23 + degree * 0.999)).toBe(true);
    expect(fence.containsPoint(121.47, 31.23 + degree * 1.001)).toBe(false);
    expect(fence.locate({ lon: 121.47, lat: 31.23, datum: 'wgs84' })).toBe('inside');
  });

  it.each([
    ['50 vertices in Shanghai', 50, 121.47, 31.23, 0.01, 11],
    ['1000 vertices in Shanghai', 1000, 121.47, 31.23, 0.01, 12],
    ['50 vertices straddling (0, 0)', 50, 0, 0, 0.001, 13],
    ['300 vertices straddling (0, 0)', 300, 0, 0, 1e-7, 14],
  ])(
    'WC-GEO-031: agrees with the exact reference near every edge (%s)',
    (_name, n, cx, cy, r, seed) => {
      const random = seededRandom(seed);
      const ring = starRing(random, n, cx, cy, r);
      const hole = starRing(random, 12, cx, cy, r * 0.2);
      const fence = polygonFence('star', [ring, hole]);
      const [minX, minY, maxX, maxY] = fence.bbox;
      // Near-edge points exercise the band scan; random ones the grid's pre-classified cells.
      const points = [
        ...nearEdgePoints(random, [ring, hole], 20_000, ulpStep),
        ...Array.from({ length: 5000 }, () => [
          minX + random() * (maxX - minX),
          minY + random() * (maxY - minY),
        ]),
      ];
      let disagreements = 0;
      const seen = new Set<string>();
      for (const [x, y] of points as [number, number][]) {
        const expected = exactLocate([ring, hole], x, y);
        const actual = locate(fence, x, y);
        seen.add(expected);
        if (actual !== expected || fence.containsPoint(x, y) !== (expected !== 'outside')) disagreements++;
      }
      expect(disagreements).toBe(0);
      expect([...seen].sort()).toEqual(['boundary', 'inside', 'outside']);
    },
    60_000,
  );

  it('WC-GEO-031: agrees with the exact reference on shared-edge and collinear layouts', () => {
    const random = seededRandom(7);
    const rings = [
      [
        [0, 0],
        [0.3, 0],
        [0.1 + 0.2, 0.3],
        [0, 0.3],
        [0, 0],
      ],
    ];
    const fence = polygonFence('tricky', rings);
    for (const [x, y] of nearEdgePoints(random, rings, 5000, ulpStep) as [number, number][]) {
      expect(locate(fence, x, y)).toBe(exactLocate(rings, x, y));
    }
    expect(ringsOf({ type: 'Polygon', coordinates: rings })).toBe(rings);
  });
});
