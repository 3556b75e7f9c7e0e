import { BOUNDARY, locateInEdges } from './locate-kernel';

/** Cells per side of a small ring's pre-test grid. */
const SIDE = 16;
/** 2-bit codes per 32-bit word. */
const CODES_PER_WORD = 16;
/** 32-bit words holding all SIDE × SIDE codes. */
export const CELL_WORDS = (SIDE * SIDE) / CODES_PER_WORD;
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

/**
 * The code of the cell holding (x, y), a point inside the ring's box, read from the
 * {@link CELL_WORDS} words stored at `words[at ..]`.
 */
export function cellCode(
  words: Uint32Array,
  at: number,
  x: number,
  y: number,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
): number {
  const cell = cellOf(y, minY, maxY) * SIDE + cellOf(x, minX, maxX);
  return ((words[at + (cell >>> 4)] as number) >>> (2 * (cell & (CODES_PER_WORD - 1)))) & 3;
}

/** The cells any edge's box reaches, one flag per cell. */
function mixedCells(edges: Float64Array, minX: number, minY: number, maxX: number, maxY: number): Uint8Array {
  const mixed = new Uint8Array(SIDE * SIDE);
  for (let k = 0; k < edges.length; k += 4) {
    const ax = edges[k] as number;
    const ay = edges[k + 1] as number;
    const bx = edges[k + 2] as number;
    const by = edges[k + 3] as number;
    const i1 = cellOf(Math.max(ax, bx), minX, maxX);
    const j1 = cellOf(Math.max(ay, by), minY, maxY);
    for (let j = cellOf(Math.min(ay, by), minY, maxY); j <= j1; j++)
      for (let i = cellOf(Math.min(ax, bx), minX, maxX); i <= i1; i++) mixed[j * SIDE + i] = 1;
  }
  return mixed;
}

/**
 * Pre-classifies the SIDE × SIDE grid over a small ring's box `[minX, minY, maxX, maxY]`, so that an
 * index answers most points without reading the ring. A cell no edge's box reaches holds no
 * boundary point, and the points mapped to it form a rectangle (the cell functions are
 * monotone), a connected set: all on one side, so one exact test of a point in the cell answers
 * for all of it. A run of such cells side by side in a row is connected too and shares one test.
 * Returns {@link CELL_WORDS} words of 16 2-bit codes (OUTSIDE, INSIDE or CELL_MIXED).
 */
export function classifyRingCells(edges: Float64Array, box: readonly number[]): number[] {
  const [minX, minY, maxX, maxY] = box as [number, number, number, number];
  const mixed = mixedCells(edges, minX, minY, maxX, maxY);
  const words = new Array<number>(CELL_WORDS).fill(0);
  for (let j = 0; j < SIDE; j++) {
    const y = minY + ((j + 0.5) / SIDE) * (maxY - minY);
    let run = CELL_MIXED; // the code of the run of edge-free cells the previous cell belongs to
    for (let i = 0; i < SIDE; i++) {
      const cell = j * SIDE + i;
      if (mixed[cell] === 1) {
        run = CELL_MIXED;
      } else if (run === CELL_MIXED) {
        const x = minX + ((i + 0.5) / SIDE) * (maxX - minX);
        // A representative that rounded out of its cell, or (impossibly) on an edge: scan instead.
        const found =
          cellOf(x, minX, maxX) === i && cellOf(y, minY, maxY) === j
            ? locateInEdges(edges, 0, edges.length, x, y, 4)
            : BOUNDARY;
        run = found === BOUNDARY ? CELL_MIXED : found;
      }
      const w = cell >>> 4;
      words[w] = ((words[w] as number) | ((mixed[cell] === 1 ? CELL_MIXED : run) << (2 * (cell & 15)))) >>> 0;
    }
  }
  return words;
}
