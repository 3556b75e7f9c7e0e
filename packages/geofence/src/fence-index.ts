import Flatbush from 'flatbush';
import { assertDatum, assertLonLat, convertPair } from './datum';
import type { Fence } from './fence';
import { locateInEdges, OUTSIDE } from './locate-kernel';
import { CELL_MIXED, CELL_WORDS, cellCode } from './ring-cells';
import { RING_HEADER } from './ring-slab';
import { spatialOrder } from './spatial-order';
import { assertTime } from './time-window';
import { DATUMS, type Datum, type Position } from './types';

/** The query in progress; one per index, reused, because a query is synchronous. */
interface QueryState {
  x: number;
  y: number;
  time: number | undefined;
  hits: Fence[];
}

/** state.hits between queries, so an index keeps no caller's array alive. */
const NO_QUERY: Fence[] = [];

/** A flatbush leaf visitor: tests fence `j`, whose box (as added) flatbush passes back. */
type Visitor = (j: number, minX: number, minY: number, maxX: number, maxY: number) => boolean;

interface DatumLayer {
  readonly datum: Datum;
  readonly index: Flatbush;
  readonly visit: Visitor;
}

/** `where` of a fence that answers itself (circle, holes, MultiPolygon, large ring). */
const NO_RING = 0xffffffff;
/** Per fence in the layer's order: where its ring record is, then its cell words. */
const META = 1 + CELL_WORDS;

/**
 * A layer's fences in spatial order (see spatial-order), with their boxes in input order, the
 * order itself and each input position's rank in it.
 */
function orderFences(unordered: readonly Fence[]): {
  fences: Fence[];
  boxes: Float64Array;
  order: Uint32Array;
  rank: Uint32Array;
} {
  const n = unordered.length;
  const boxes = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    const box = (unordered[i] as Fence).bbox;
    for (let k = 0; k < 4; k++) boxes[4 * i + k] = box[k] as number;
  }
  const order = spatialOrder(boxes);
  const fences: Fence[] = new Array(n);
  const rank = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const i = order[j] as number;
    fences[j] = unordered[i] as Fence;
    rank[i] = j;
  }
  return { fences, boxes, order, rank };
}

/**
 * Per fence, at its rank: `where` = (slab number << 16) | offset of its small-ring record (see
 * ring-slab), or NO_RING, then the ring's cell words (see ring-cells). Fences are read in input
 * order, usually their order in memory: chasing 100k fence objects in spatial order would cost
 * a cache miss each. Slabs are numbered per layer, so an index keeps alive only the slabs it uses.
 */
function packMeta(
  unordered: readonly Fence[],
  rank: Uint32Array,
): { meta: Uint32Array; slabs: Float64Array[] } {
  const meta = new Uint32Array(unordered.length * META).fill(NO_RING);
  const slabs: Float64Array[] = [];
  const numbers = new Map<Float64Array, number>();
  for (let i = 0; i < unordered.length; i++) {
    const ring = (unordered[i] as Fence).smallRing();
    if (ring === undefined) continue;
    let number = numbers.get(ring.slab);
    if (number === undefined) {
      if (slabs.length === 0xffff) continue; // beyond 32 GiB of rings: let the fence answer
      number = slabs.push(ring.slab) - 1;
      numbers.set(ring.slab, number);
    }
    const at = (rank[i] as number) * META;
    meta[at] = ((number << 16) | ring.offset) >>> 0;
    for (let k = 0; k < CELL_WORDS; k++) meta[at + 1 + k] = ring.cells[k] as number;
  }
  return { meta, slabs };
}

function buildLayer(datum: Datum, unordered: readonly Fence[], state: QueryState): DatumLayer {
  // In spatial order, a query's candidates are neighbours, and so is their data.
  const { fences, boxes, order, rank } = orderFences(unordered);
  const { meta, slabs } = packMeta(unordered, rank);
  const index = new Flatbush(fences.length);
  // The visitor relies on flatbush handing back exactly these boxes (Float64Array storage):
  // a small ring's cells are laid over its box.
  for (let j = 0; j < fences.length; j++) {
    const at = 4 * (order[j] as number);
    index.add(boxes[at] as number, boxes[at + 1] as number, boxes[at + 2] as number, boxes[at + 3] as number);
  }
  index.finish();
  // fence.containsPoint(state.x, state.y) for fence j: flatbush has already put the point inside the box.
  const contains: Visitor = (j, minX, minY, maxX, maxY) => {
    const x = state.x;
    const y = state.y;
    const w = meta[j * META] as number;
    if (w === NO_RING) return (fences[j] as Fence).containsPoint(x, y);
    const code = cellCode(meta, j * META + 1, x, y, minX, minY, maxX, maxY);
    if (code !== CELL_MIXED) return code !== OUTSIDE;
    const slab = slabs[w >>> 16] as Float64Array;
    const at = w & 0xffff;
    // Edges start at every position but the closing one.
    return (
      locateInEdges(slab, at + RING_HEADER, at + RING_HEADER + (slab[at] as number) - 2, x, y, 2) !== OUTSIDE
    );
  };
  const visit: Visitor = (j, minX, minY, maxX, maxY) => {
    if (contains(j, minX, minY, maxX, maxY)) {
      const fence = fences[j] as Fence;
      if (state.time === undefined || fence.isActiveAt(state.time)) state.hits.push(fence);
    }
    return false; // collected in state.hits: flatbush's own result array stays empty
  };
  return { datum, index, visit };
}

/**
 * Many fences behind flatbush R-trees, one per datum in use; a query converts the position into
 * each datum once and tests only fences whose box holds it. Same boundary rule as
 * {@link Fence.containsPoint}: a point on a shared edge belongs to both fences.
 *
 * @example
 * ```ts
 * import { FenceIndex } from '@weldcode/geofence';
 *
 * const index = new FenceIndex(crowdedPlaces);
 * const hits = index.query({ lon: 121.47, lat: 31.23, datum: 'wgs84' }, Date.now());
 * ```
 */
export class FenceIndex {
  private readonly layers: DatumLayer[];
  private readonly state: QueryState = { x: 0, y: 0, time: undefined, hits: [] };
  /** Number of fences indexed. */
  readonly size: number;

  constructor(fences: readonly Fence[]) {
    const groups = new Map<Datum, Fence[]>(DATUMS.map((datum) => [datum, []]));
    for (const fence of fences) groups.get(fence.datum)?.push(fence);
    this.layers = [...groups]
      .filter(([, group]) => group.length > 0)
      .map(([datum, group]) => buildLayer(datum, group, this.state));
    this.size = fences.length;
  }

  /**
   * Fences containing the position (boundary included), optionally only those active at `time`.
   *
   * @throws {@link GeofenceError} `ERR_GEO_COORDINATE_INVALID`, `ERR_GEO_DATUM_UNKNOWN`, `ERR_GEO_TIME_INVALID`.
   */
  query(position: Position, time?: number): Fence[] {
    assertDatum(position.datum, 'position.datum');
    assertLonLat(position.lon, position.lat, 'ERR_GEO_COORDINATE_INVALID');
    if (time !== undefined) assertTime(time);
    const state = this.state;
    const hits: Fence[] = [];
    state.hits = hits;
    state.time = time;
    for (let l = 0; l < this.layers.length; l++) {
      const layer = this.layers[l] as DatumLayer;
      let x = position.lon;
      let y = position.lat;
      if (layer.datum !== position.datum) [x, y] = convertPair(x, y, position.datum, layer.datum);
      state.x = x;
      state.y = y;
      layer.index.search(x, y, x, y, layer.visit);
    }
    state.hits = NO_QUERY;
    return hits;
  }
}
