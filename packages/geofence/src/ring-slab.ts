/** Numbers per slab: 512 KiB, a few thousand small rings; offsets fit 16 bits. */
const SLAB_SIZE = 1 << 16;
/** Record header: the number of doubles in the closed ring. */
export const RING_HEADER = 1;

/**
 * A small ring's record at `slab[offset ..]`: [n, x0, y0, ..., x0, y0], the closed ring being
 * n doubles; with the ring's pre-classified cells (see ring-cells).
 */
export interface SlabRing {
  readonly slab: Float64Array;
  readonly offset: number;
  readonly cells: readonly number[];
}

let slab = new Float64Array(SLAB_SIZE);
let used = 0;

/**
 * Writes a small ring's record into a shared slab: its closed ring, built from its
 * `[ax, ay, bx, by]` edges (at most 32 edges, so a record is far smaller than a slab). Rings
 * created one after another sit side by side in memory, so an index scans compact records
 * without copying any ring at build time. A slab lives as long as any fence that uses it.
 */
export function storeInSlab(edges: Float64Array, cells: readonly number[]): SlabRing {
  const n = edges.length / 2 + 2;
  if (used + RING_HEADER + n > SLAB_SIZE) {
    slab = new Float64Array(SLAB_SIZE);
    used = 0;
  }
  const stored = { slab, offset: used, cells };
  slab[used] = n;
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
