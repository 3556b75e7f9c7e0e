import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spatialOrder } from '../src/spatial-order';

describe('spatial order (index layout only, never answers)', () => {
  it('is a permutation of the boxes, also for equal and degenerate boxes', () => {
    const coordinate = fc.double({ min: -180, max: 180, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate, coordinate, coordinate), { maxLength: 300 }),
        (raw) => {
          const boxes = Float64Array.from(
            raw.flatMap(([a, b, c, d]) => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]),
          );
          const order = spatialOrder(boxes);
          expect([...order].sort((p, q) => p - q)).toEqual(raw.map((_, i) => i));
        },
      ),
    );
    expect([...spatialOrder(Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1]))].sort()).toEqual([0, 1]);
  });

  it('puts nearby boxes next to each other', () => {
    // Two clusters far apart, interleaved in the input: the order keeps each cluster together.
    const boxes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const x = i % 2 === 0 ? 0 : 100;
      boxes.push(x + i * 1e-3, 0, x + i * 1e-3 + 1e-4, 1e-4);
    }
    const clusters = [...spatialOrder(Float64Array.from(boxes))].map((i) => i % 2);
    expect(clusters).toEqual([...Array(10).fill(0), ...Array(10).fill(1)]);
  });
});
