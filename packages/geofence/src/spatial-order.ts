/** Grid cells per axis of the Z-order key: 256 × 256 cells, a 16-bit key. */
const AXIS_CELLS = 256;

/** Spreads the low 8 bits of v to the even bit positions (Morton / Z-order interleaving). */
function spread(v: number): number {
  let x = v & 0xff;
  x = (x | (x << 4)) & 0x0f0f;
  x = (x | (x << 2)) & 0x3333;
  x = (x | (x << 1)) & 0x5555;
  return x;
}

/** The grid cell of v in [lo, hi], for a scale of AXIS_CELLS / (hi - lo). */
function cellOf(v: number, lo: number, scale: number): number {
  return Math.min(AXIS_CELLS - 1, Math.floor((v - lo) * scale));
}

/**
 * A permutation of the boxes (`[minX, minY, maxX, maxY]` each, flat) along a Z-order curve
 * through their centres on a 256 × 256 grid over their extent, by counting sort. Only locality
 * matters, never correctness: boxes near each other get near positions, so per-fence data stored
 * in this order is read from the same few cache lines by one query (at 100k fences, a query's
 * cost is cache misses).
 */
export function spatialOrder(boxes: Float64Array): Uint32Array {
  const n = boxes.length / 4;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < boxes.length; k += 4) {
    minX = Math.min(minX, boxes[k] as number);
    minY = Math.min(minY, boxes[k + 1] as number);
    maxX = Math.max(maxX, boxes[k + 2] as number);
    maxY = Math.max(maxY, boxes[k + 3] as number);
  }
  const sx = maxX > minX ? AXIS_CELLS / (maxX - minX) : 0;
  const sy = maxY > minY ? AXIS_CELLS / (maxY - minY) : 0;
  const keys = new Uint16Array(n);
  const starts = new Uint32Array(AXIS_CELLS * AXIS_CELLS + 1);
  for (let i = 0; i < n; i++) {
    const x = ((boxes[4 * i] as number) + (boxes[4 * i + 2] as number)) / 2;
    const y = ((boxes[4 * i + 1] as number) + (boxes[4 * i + 3] as number)) / 2;
    const key = spread(cellOf(x, minX, sx)) | (spread(cellOf(y, minY, sy)) << 1);
    keys[i] = key;
    starts[key + 1] = (starts[key + 1] as number) + 1;
  }
  for (let key = 0; key < AXIS_CELLS * AXIS_CELLS; key++)
    starts[key + 1] = (starts[key + 1] as number) + (starts[key] as number);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    order[starts[key] as number] = i;
    starts[key] = (starts[key] as number) + 1;
  }
  return order;
}
