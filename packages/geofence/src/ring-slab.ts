/** Numbers per slab: 512 KiB, a few thousand small rings. */
const SLAB_SIZE = 1 << 16;
/** Record header: the ring's cells word, then the number of doubles in the closed ring. */
export const RING_HEADER = 2;

/** A small ring's record at `slab[offset ..]`: [cells, n, x0, y0, ..., x0, y0] (n doubles). */
export interface SlabRing {
  readonly slab: Float64Array;
  readonly offset: number;
}

let slab = new Float64Array(SLAB_SIZE);
let used = 0;

/**
 * Writes a small ring's record into a shared slab: its pre-classified cells (see ring-cells) and
 * its closed ring, built from its `[ax, ay, bx, by]` edges. Rings created one after another sit
 * side by side in memory, so an index over 100k fences scans contiguous data without copying
 * anything at build time. A slab lives as long as any fence that uses it.
 */
export function storeInSlab(edges: Float64Array, cells: number): SlabRing {
  const n = edges.length / 2 + 2;
  if (used + RING_HEADER + n > slab.length) {
    slab = new Float64Array(Math.max(SLAB_SIZE, RING_HEADER + n));
    used = 0;
  }
  const stored = { slab, offset: used };
  slab[used] = cells;
  slab[used + 1] = n;
  let w = used + RING_HEADER;
  for (let k = 0; k < edges.length; k += 4) {
    slab[w++] = edges[k] as number;
    slab[w++] = edges[k + 1] as number;
  }
  slab[w++] = edges[0] as number;
  slab[w] = edges[1] as number;
  used += RING_HEADER + n;
  return stored;
}
