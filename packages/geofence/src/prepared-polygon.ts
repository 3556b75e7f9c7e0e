import { BOUNDARY, locateInEdges, OUTSIDE } from './locate-kernel';

const MAX_BANDS = 1 << 16;
/** Above this many band entries per edge, halve the band count (keeps spiky shapes linear). */
const MAX_ENTRIES_PER_EDGE = 8;
/** Grid cells per side ≈ this × √edges, capped: enough that most cells hold no edge. */
const GRID_FACTOR = 3;
const MAX_GRID = 256;
/** Below this many edges the band scan alone is as fast as a grid lookup. */
const MIN_GRID_EDGES = 32;
/** Cell value meaning "an edge may pass here: scan the band". */
const MIXED = 255;

/**
 * Edges of every ring, bucketed into horizontal bands: a query only scans the edges whose
 * latitude span covers its band, so a test costs a handful of edges at any vertex count.
 * Band membership uses the same monotone `bandOf` for edges and queries, so no edge that
 * spans the query latitude can be missed.
 *
 * On top, a uniform grid answers most queries without any edge: a cell that no edge's bounding
 * box reaches (by the same monotone cell functions as queries) lies wholly on one side, so one
 * exact test of a point in it classifies the whole cell.
 */
export class PreparedPolygon {
  readonly edges: Float64Array;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  private readonly scale: number;
  private readonly lastBand: number;
  private readonly bandStart: Uint32Array;
  private readonly bandEdges: Float64Array;
  private readonly grid: number;
  private readonly gridScaleX: number;
  private readonly gridScaleY: number;
  private readonly cells: Uint8Array;

  constructor(edges: Float64Array) {
    this.edges = edges;
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < edges.length; k += 2) {
      const x = edges[k] as number;
      const y = edges[k + 1] as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.minX = minX;
    this.minY = minY;
    this.maxX = maxX;
    this.maxY = maxY;
    const edgeCount = edges.length / 4;
    let bands = Math.max(1, Math.min(MAX_BANDS, edgeCount));
    let counts = this.countEntries(bands);
    while (bands > 1 && total(counts) > MAX_ENTRIES_PER_EDGE * edgeCount) {
      bands = Math.max(1, bands >> 1);
      counts = this.countEntries(bands);
    }
    this.scale = bands / (maxY - minY);
    this.lastBand = bands - 1;
    this.bandStart = new Uint32Array(bands + 1);
    for (let b = 0; b < bands; b++)
      this.bandStart[b + 1] = (this.bandStart[b] as number) + (counts[b] as number);
    this.bandEdges = new Float64Array(total(counts) * 4);
    const cursor = this.bandStart.slice(0, bands);
    for (let k = 0; k < edges.length; k += 4) {
      const ay = edges[k + 1] as number;
      const by = edges[k + 3] as number;
      const last = this.bandOf(Math.max(ay, by));
      for (let b = this.bandOf(Math.min(ay, by)); b <= last; b++) {
        const at = (cursor[b] as number) * 4;
        cursor[b] = (cursor[b] as number) + 1;
        this.bandEdges.set(edges.subarray(k, k + 4), at);
      }
    }
    this.grid =
      edgeCount < MIN_GRID_EDGES ? 1 : Math.min(MAX_GRID, Math.ceil(GRID_FACTOR * Math.sqrt(edgeCount)));
    this.gridScaleX = this.grid / (maxX - minX);
    this.gridScaleY = this.grid / (maxY - minY);
    this.cells = this.classifyCells();
  }

  private cellX(x: number): number {
    return clampBand(Math.floor((x - this.minX) * this.gridScaleX), this.grid - 1);
  }

  private cellY(y: number): number {
    return clampBand(Math.floor((y - this.minY) * this.gridScaleY), this.grid - 1);
  }

  private classifyCells(): Uint8Array {
    const g = this.grid;
    const cells = new Uint8Array(g * g);
    if (g === 1) return cells.fill(MIXED);
    const edges = this.edges;
    for (let k = 0; k < edges.length; k += 4) {
      const ax = edges[k] as number;
      const ay = edges[k + 1] as number;
      const bx = edges[k + 2] as number;
      const by = edges[k + 3] as number;
      const x1 = this.cellX(Math.max(ax, bx));
      const y1 = this.cellY(Math.max(ay, by));
      for (let j = this.cellY(Math.min(ay, by)); j <= y1; j++) {
        for (let i = this.cellX(Math.min(ax, bx)); i <= x1; i++) cells[j * g + i] = MIXED;
      }
    }
    for (let j = 0; j < g; j++) {
      const y = this.minY + (j + 0.5) / this.gridScaleY;
      for (let i = 0; i < g; i++) {
        if (cells[j * g + i] === MIXED) continue;
        const x = this.minX + (i + 0.5) / this.gridScaleX;
        const code = this.cellX(x) === i && this.cellY(y) === j ? this.scan(x, y) : BOUNDARY;
        // A representative that fell outside its cell, or (impossibly) on an edge: scan instead.
        cells[j * g + i] = code === BOUNDARY ? MIXED : code;
      }
    }
    return cells;
  }

  private scan(px: number, py: number): number {
    const b = this.bandOf(py);
    return locateInEdges(
      this.bandEdges,
      (this.bandStart[b] as number) * 4,
      (this.bandStart[b + 1] as number) * 4,
      px,
      py,
    );
  }

  private countEntries(bands: number): Uint32Array {
    const scale = bands / (this.maxY - this.minY);
    const counts = new Uint32Array(bands);
    const band = (y: number) => clampBand(Math.floor((y - this.minY) * scale), bands - 1);
    for (let k = 0; k < this.edges.length; k += 4) {
      const ay = this.edges[k + 1] as number;
      const by = this.edges[k + 3] as number;
      const last = band(Math.max(ay, by));
      for (let b = band(Math.min(ay, by)); b <= last; b++) counts[b] = (counts[b] as number) + 1;
    }
    return counts;
  }

  private bandOf(y: number): number {
    return clampBand(Math.floor((y - this.minY) * this.scale), this.lastBand);
  }

  /** OUTSIDE, INSIDE or BOUNDARY (see locate-kernel) for a point in the fence's datum. */
  locate(px: number, py: number): number {
    if (!(px >= this.minX && px <= this.maxX && py >= this.minY && py <= this.maxY)) return OUTSIDE;
    const cell = this.cells[this.cellY(py) * this.grid + this.cellX(px)] as number;
    return cell === MIXED ? this.scan(px, py) : cell;
  }
}

function clampBand(b: number, last: number): number {
  return Math.min(last, Math.max(0, b));
}

function total(counts: Uint32Array): number {
  let sum = 0;
  for (const c of counts) sum += c;
  return sum;
}
