import { BOUNDARY, locateInEdges } from './locate-kernel';

/** Cells per side of a small ring's pre-test grid: 4 × 4 cells of 2 bits fit one 32-bit word. */
const SIDE = 4;
/** Cell code meaning "an edge may pass here: scan the edges" (OUTSIDE and INSIDE are the others). */
export const CELL_MIXED = 3;

/**
 * The grid column (or row) of v within [lo, hi]. Monotone in v, and used both to mark the cells
 * an edge's box reaches and to find a query's cell, so no point on an edge can land in a cell
 * that was not marked.
 */
function cellOf(v: number, lo: number, hi: number): number {
  const c = Math.floor(((v - lo) / (hi - lo)) * SIDE);
  return c < 0 ? 0 : c >= SIDE ? SIDE - 1 : c;
}

/** The 2-bit code of the cell holding (x, y), a point inside the ring's box. */
export function cellCode(
  cells: number,
  x: number,
  y: number,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
): number {
  return (cells >>> (2 * (cellOf(y, minY, maxY) * SIDE + cellOf(x, minX, maxX)))) & 3;
}

/**
 * Pre-classifies the 4 × 4 grid over a small ring's box `[minX, minY, maxX, maxY]`: a cell no edge's
 * box reaches holds no boundary point, and the cell's points (a rectangle, hence connected) are
 * all on one side, so one exact test of a point in it answers for the whole cell. Returns 16
 * 2-bit codes (OUTSIDE, INSIDE or CELL_MIXED) packed into an unsigned 32-bit number.
 */
export function classifyRingCells(edges: Float64Array, box: readonly number[]): number {
  const [minX, minY, maxX, maxY] = box as [number, number, number, number];
  let mixed = 0;
  for (let k = 0; k < edges.length; k += 4) {
    const ax = edges[k] as number;
    const ay = edges[k + 1] as number;
    const bx = edges[k + 2] as number;
    const by = edges[k + 3] as number;
    const i1 = cellOf(Math.max(ax, bx), minX, maxX);
    const j1 = cellOf(Math.max(ay, by), minY, maxY);
    for (let j = cellOf(Math.min(ay, by), minY, maxY); j <= j1; j++)
      for (let i = cellOf(Math.min(ax, bx), minX, maxX); i <= i1; i++) mixed |= 1 << (j * SIDE + i);
  }
  let cells = 0;
  for (let j = 0; j < SIDE; j++) {
    const y = minY + ((j + 0.5) / SIDE) * (maxY - minY);
    for (let i = 0; i < SIDE; i++) {
      const cell = j * SIDE + i;
      let code = CELL_MIXED;
      if ((mixed & (1 << cell)) === 0) {
        const x = minX + ((i + 0.5) / SIDE) * (maxX - minX);
        // A representative that rounded out of its cell, or (impossibly) on an edge: scan instead.
        if (cellOf(x, minX, maxX) === i && cellOf(y, minY, maxY) === j) {
          const found = locateInEdges(edges, 0, edges.length, x, y, 4);
          if (found !== BOUNDARY) code = found;
        }
      }
      cells = (cells | (code << (2 * cell))) >>> 0;
    }
  }
  return cells;
}
