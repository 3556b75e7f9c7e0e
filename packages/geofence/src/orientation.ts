import { orient2d } from 'robust-predicates';

/**
 * Exact orientation sign: > 0 when c lies left of the directed line a→b (counter-clockwise),
 * < 0 when right, 0 when collinear. robust-predicates returns the opposite sign, hence the minus.
 */
export function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return -orient2d(ax, ay, bx, by, cx, cy);
}

/** Whether collinear point c lies within the closed box of segment ab. */
function withinBox(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/** Exact test: do closed segments ab and cd share at least one point? */
export function segmentsIntersect(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const o1 = Math.sign(orientation(ax, ay, bx, by, cx, cy));
  const o2 = Math.sign(orientation(ax, ay, bx, by, dx, dy));
  const o3 = Math.sign(orientation(cx, cy, dx, dy, ax, ay));
  const o4 = Math.sign(orientation(cx, cy, dx, dy, bx, by));
  if (o1 * o2 < 0 && o3 * o4 < 0) return true;
  if (o1 === 0 && withinBox(ax, ay, bx, by, cx, cy)) return true;
  if (o2 === 0 && withinBox(ax, ay, bx, by, dx, dy)) return true;
  if (o3 === 0 && withinBox(cx, cy, dx, dy, ax, ay)) return true;
  if (o4 === 0 && withinBox(cx, cy, dx, dy, bx, by)) return true;
  return false;
}
