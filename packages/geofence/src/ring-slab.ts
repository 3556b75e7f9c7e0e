/** Numbers per slab: 512 KiB, a few thousand small rings. */
const SLAB_SIZE = 1 << 16;

/** A small ring stored at `slab[offset .. offset + length)`. */
export interface SlabRing {
  readonly slab: Float64Array;
  readonly offset: number;
  readonly length: number;
}

let slab = new Float64Array(SLAB_SIZE);
let used = 0;

/**
 * Copies a small ring into a shared slab. Rings created one after another sit side by side in
 * memory, so an index over 100k fences scans contiguous data without copying anything at build
 * time. A slab lives as long as any fence that uses it.
 */
export function storeInSlab(ring: Float64Array): SlabRing {
  if (used + ring.length > slab.length) {
    slab = new Float64Array(Math.max(SLAB_SIZE, ring.length));
    used = 0;
  }
  slab.set(ring, used);
  const stored = { slab, offset: used, length: ring.length };
  used += ring.length;
  return stored;
}
