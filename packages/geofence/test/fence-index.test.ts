import { describe, expect, it } from 'vitest';
import { convertPosition, createFence, type Datum, type Fence, FenceIndex } from '../src/index';
import { exactLocate, ulpStep } from './support/exact-reference';
import { nearEdgePoints, seededRandom, starRing } from './support/random';

describe('fence index', () => {
  it('WC-GEO-090: returns exactly the fences the single-fence test contains, across datums', () => {
    const random = seededRandom(90);
    const datums: Datum[] = ['wgs84', 'gcj02', 'bd09'];
    const fences: Fence[] = [];
    for (let i = 0; i < 600; i++) {
      const cx = 121.4 + random() * 0.2;
      const cy = 31.2 + random() * 0.2;
      const datum = datums[i % 3] as Datum;
      fences.push(
        i % 5 === 0
          ? createFence({
              id: `c${i}`,
              datum,
              kind: 'forbidden',
              geometry: { type: 'Circle', center: [cx, cy], radius: 100 + random() * 900 },
            })
          : createFence({
              id: `p${i}`,
              datum,
              kind: 'allowed',
              geometry: {
                type: 'Polygon',
                coordinates: [starRing(random, 8 + Math.floor(random() * 16), cx, cy, 0.01)],
              },
            }),
      );
    }
    const index = new FenceIndex(fences);
    expect(index.size).toBe(600);
    let hits = 0;
    for (let q = 0; q < 3000; q++) {
      const position = {
        lon: 121.4 + random() * 0.2,
        lat: 31.2 + random() * 0.2,
        datum: datums[q % 3] as Datum,
      };
      const expected = fences
        .filter((f) => f.locate(position) !== 'outside')
        .map((f) => f.id)
        .sort();
      const actual = index
        .query(position)
        .map((f) => f.id)
        .sort();
      expect(actual).toEqual(expected);
      hits += actual.length;
    }
    expect(hits).toBeGreaterThan(1000);
    // Vertices and points on edges of packed small rings must hit their fence (boundary rule).
    for (const fence of fences.slice(0, 100)) {
      if (fence.geometry.type !== 'Polygon') continue;
      const ring = fence.geometry.coordinates[0] as number[][];
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = ring[i] as [number, number];
        const [bx, by] = ring[i + 1] as [number, number];
        for (const [x, y] of [
          [ax, ay],
          [(ax + bx) / 2, (ay + by) / 2],
        ] as const) {
          const position = { lon: x, lat: y, datum: fence.datum };
          const ids = index.query(position).map((f) => f.id);
          expect(ids.includes(fence.id)).toBe(fence.locate(position) !== 'outside');
        }
      }
    }
  }, 60_000);

  it('WC-GEO-090 WC-GEO-030: shared edges hit both fences; windows filter by time', () => {
    const left = createFence({
      id: 'left',
      datum: 'gcj02',
      kind: 'allowed',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [121, 31],
            [121.01, 31],
            [121.01, 31.01],
            [121, 31.01],
            [121, 31],
          ],
        ],
      },
    });
    const right = createFence({
      id: 'right',
      datum: 'gcj02',
      kind: 'forbidden',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [121.01, 31],
            [121.02, 31],
            [121.02, 31.01],
            [121.01, 31.01],
            [121.01, 31],
          ],
        ],
      },
      windows: [{ type: 'daily', timeZone: 'Asia/Shanghai', start: '10:00', end: '22:00' }],
    });
    const index = new FenceIndex([left, right]);
    const onEdge = { lon: 121.01, lat: 31.005, datum: 'gcj02' as const };
    expect(index.query(onEdge).map((f) => f.id)).toEqual(['left', 'right']);
    expect(index.query(onEdge, Date.parse('2026-05-04T09:00:00+08:00')).map((f) => f.id)).toEqual(['left']);
    const wgs = convertPosition({ lon: 121.015, lat: 31.005, datum: 'gcj02' }, 'wgs84');
    expect(index.query(wgs).map((f) => f.id)).toEqual(['right']);
    expect(new FenceIndex([]).query(onEdge)).toEqual([]);
    expect(() => index.query({ ...onEdge, lat: Number.NaN })).toThrow(/latitude/);
  });

  it('WC-GEO-090 WC-GEO-031 WC-GEO-030: pre-classified cells of small rings agree with the exact reference', () => {
    const random = seededRandom(91);
    const rings: number[][][] = [];
    for (let i = 0; i < 240; i++) {
      // Half around (0, 0), where tiny coordinates stress the cell arithmetic, half in Shanghai.
      const [cx, cy, radius] = i % 2 === 0 ? [0, 0, 1e-4] : [121.47, 31.23, 0.001];
      rings.push(starRing(random, 8 + Math.floor(random() * 25), cx, cy, radius));
    }
    const fences = rings.map((ring, i) =>
      createFence({
        id: `s${i}`,
        datum: 'wgs84',
        kind: 'forbidden',
        geometry: { type: 'Polygon', coordinates: [ring] },
      }),
    );
    const index = new FenceIndex(fences);
    let inside = 0;
    fences.forEach((fence, i) => {
      const ring = rings[i] as number[][];
      const [minX, minY, maxX, maxY] = fence.bbox;
      const points = nearEdgePoints(random, [ring], 40, ulpStep);
      // Cell boundaries (quarters of the box) and their neighbouring doubles, plus random points.
      for (let k = 0; k <= 4; k++) {
        const x = minX + (k / 4) * (maxX - minX);
        const y = minY + (k / 4) * (maxY - minY);
        for (const step of [-1, 0, 1]) {
          points.push([ulpStep(x, step), minY + random() * (maxY - minY)]);
          points.push([minX + random() * (maxX - minX), ulpStep(y, step)]);
        }
      }
      for (let k = 0; k < 40; k++)
        points.push([minX + random() * (maxX - minX), minY + random() * (maxY - minY)]);
      for (const [x, y] of points as [number, number][]) {
        const expected = exactLocate([ring], x, y) !== 'outside';
        const hit = index.query({ lon: x, lat: y, datum: 'wgs84' }).includes(fence);
        expect(hit, `${fence.id} (${x}, ${y})`).toBe(expected);
        if (expected) inside++;
      }
    });
    expect(inside).toBeGreaterThan(10_000);
  }, 60_000);
});
