/**
 * An independent exact reference for point-in-polygon: every double is split into an integer
 * mantissa and a power of two, and orientations are evaluated in BigInt arithmetic. Slow and
 * obviously right; it shares no code with the library.
 */
const view = new DataView(new ArrayBuffer(8));

interface Dyadic {
  m: bigint;
  e: number;
}

function dyadic(x: number): Dyadic {
  if (x === 0) return { m: 0n, e: 0 };
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exponent = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exponent === 0) return { m: sign * fraction, e: -1074 };
  return { m: sign * ((1n << 52n) | fraction), e: exponent - 1075 };
}

/** Exact sign of (b - a) × (c - a): > 0 counter-clockwise. */
export function exactOrientation(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  const values = [ax, ay, bx, by, cx, cy].map(dyadic);
  const e = Math.min(...values.filter((v) => v.m !== 0n).map((v) => v.e), 0);
  const [a1, a2, b1, b2, c1, c2] = values.map((v) => v.m << BigInt(v.e - e)) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  const det = (b1 - a1) * (c2 - a2) - (b2 - a2) * (c1 - a1);
  return det > 0n ? 1 : det < 0n ? -1 : 0;
}

/** 'inside' | 'boundary' | 'outside' of a point against rings given as closed [lon, lat] lists. */
export function exactLocate(
  rings: readonly (readonly (readonly number[])[])[],
  px: number,
  py: number,
): 'inside' | 'boundary' | 'outside' {
  let crossings = 0;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      // Edges whose latitude span misses py can neither hold the point nor cross its ray.
      if (py < Math.min(ay, by) || py > Math.max(ay, by)) continue;
      const o = exactOrientation(ax, ay, bx, by, px, py);
      if (
        o === 0 &&
        Math.min(ax, bx) <= px &&
        px <= Math.max(ax, bx) &&
        Math.min(ay, by) <= py &&
        py <= Math.max(ay, by)
      ) {
        return 'boundary';
      }
      if (ay > py !== by > py) {
        // Upward edges cross the +x ray when the point is on their left, downward ones on their right.
        if ((by > ay && o > 0) || (by < ay && o < 0)) crossings++;
      }
    }
  }
  return crossings % 2 === 1 ? 'inside' : 'outside';
}

/** All rings of a Polygon or MultiPolygon geometry. */
export function ringsOf(geometry: { type: string; coordinates: unknown }): number[][][] {
  const c = geometry.coordinates as number[][][] | number[][][][];
  return geometry.type === 'Polygon' ? (c as number[][][]) : (c as number[][][][]).flat();
}

/** The double `steps` ulps away from x (towards +∞ when positive). */
export function ulpStep(x: number, steps: number): number {
  let v = x;
  const direction = steps >= 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  for (let i = 0; i < Math.abs(steps); i++) v = nextAfter(v, direction);
  return v;
}

function nextAfter(x: number, towards: number): number {
  if (x === towards) return x;
  if (x === 0) return towards > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  bits += x < towards === x > 0 ? 1n : -1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}
