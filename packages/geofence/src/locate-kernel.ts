import { orientation } from './orientation';

/** Kernel results; numbers rather than strings keep the hot loop monomorphic. */
export const OUTSIDE = 0;
export const INSIDE = 1;
export const BOUNDARY = 2;

/**
 * Exact crossing-number test of (px, py) against the edges read from `coords[from..to)`: edge k
 * is (coords[k], coords[k+1]) → (coords[k+2], coords[k+3]) for k = from, from + step, ... With
 * step 4 that is a list of [ax, ay, bx, by] quadruples; with step 2 a closed ring of positions. Edges count as crossed by the ray to +x under the half-open rule
 * (exactly one endpoint strictly above py), so every vertex is counted once. Any point on an
 * edge or vertex returns BOUNDARY. All comparisons are exact; orientation is exact.
 */
export function locateInEdges(
  edges: Float64Array,
  from: number,
  to: number,
  px: number,
  py: number,
  step = 4,
): number {
  let inside = false;
  for (let k = from; k < to; k += step) {
    const ax = edges[k] as number;
    const ay = edges[k + 1] as number;
    const bx = edges[k + 2] as number;
    const by = edges[k + 3] as number;
    if (ay > py !== by > py) {
      if (ax > px && bx > px) {
        inside = !inside;
      } else if (ax < px && bx < px) {
        // the crossing is left of the point
      } else {
        const o = orientation(ax, ay, bx, by, px, py);
        if (o === 0) return BOUNDARY;
        if (by > ay === o > 0) inside = !inside;
      }
    } else if (ay === py) {
      if (by === py) {
        if ((ax <= px && px <= bx) || (bx <= px && px <= ax)) return BOUNDARY;
      } else if (ax === px) {
        return BOUNDARY;
      }
    } else if (by === py && bx === px) {
      return BOUNDARY;
    }
  }
  return inside ? INSIDE : OUTSIDE;
}
