import { METRES_PER_DEGREE } from './distance';
import { segmentsIntersect } from './orientation';

/**
 * The parameter range where segment p0→p1 crosses the rings (both ends are known to lie
 * outside): the first and last boundary hits. Existence is exact; the parameters are floats,
 * good enough to interpolate event times.
 */
export function polygonSpan(
  edges: Float64Array,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): [number, number] | undefined {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < edges.length; k += 4) {
    const ax = edges[k] as number;
    const ay = edges[k + 1] as number;
    const bx = edges[k + 2] as number;
    const by = edges[k + 3] as number;
    if (!segmentsIntersect(x0, y0, x1, y1, ax, ay, bx, by)) continue;
    const ex = bx - ax;
    const ey = by - ay;
    const denominator = dx * ey - dy * ex;
    const hits =
      denominator === 0
        ? [projection(ax - x0, ay - y0, dx, dy), projection(bx - x0, by - y0, dx, dy)]
        : [((ax - x0) * ey - (ay - y0) * ex) / denominator];
    for (const t of hits) {
      const clamped = Math.min(1, Math.max(0, t));
      if (clamped < first) first = clamped;
      if (clamped > last) last = clamped;
    }
  }
  return last > first ? [first, last] : undefined;
}

function projection(px: number, py: number, dx: number, dy: number): number {
  return (px * dx + py * dy) / (dx * dx + dy * dy);
}

/** The same for a circle, in a local metric frame centred on it. */
export function circleSpan(
  cx: number,
  cy: number,
  r: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): [number, number] | undefined {
  const kx = Math.cos((cy * Math.PI) / 180) * METRES_PER_DEGREE;
  const px = (x0 - cx) * kx;
  const py = (y0 - cy) * METRES_PER_DEGREE;
  const dx = (x1 - x0) * kx;
  const dy = (y1 - y0) * METRES_PER_DEGREE;
  const a = dx * dx + dy * dy;
  const b = 2 * (px * dx + py * dy);
  const c = px * px + py * py - r * r;
  const discriminant = b * b - 4 * a * c;
  if (a === 0 || discriminant <= 0) return undefined;
  const root = Math.sqrt(discriminant);
  const t0 = Math.max(0, (-b - root) / (2 * a));
  const t1 = Math.min(1, (-b + root) / (2 * a));
  return t1 > t0 ? [t0, t1] : undefined;
}
