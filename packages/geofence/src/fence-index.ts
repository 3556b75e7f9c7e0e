import Flatbush from 'flatbush';
import { assertDatum, assertLonLat, convertPair } from './datum';
import type { Fence } from './fence';
import { locateInEdges, OUTSIDE } from './locate-kernel';
import { CELL_MIXED, cellCode } from './ring-cells';
import { RING_HEADER } from './ring-slab';
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

/** A flatbush leaf visitor: tests fence `i`, whose box (as added) is passed back by flatbush. */
type Visitor = (i: number, minX: number, minY: number, maxX: number, maxY: number) => boolean;

interface DatumLayer {
  readonly datum: Datum;
  readonly index: Flatbush;
  readonly visit: Visitor;
}

function buildLayer(datum: Datum, fences: readonly Fence[], state: QueryState): DatumLayer {
  const index = new Flatbush(fences.length);
  // Where each small ring's record is (see ring-slab); no slab means "ask the fence".
  const slabs: (Float64Array | undefined)[] = new Array(fences.length);
  const offsets = new Uint32Array(fences.length);
  fences.forEach((fence, i) => {
    // The visitor relies on flatbush handing back exactly these boxes (Float64Array storage):
    // a small ring's cells are laid over its box.
    index.add(fence.bbox[0], fence.bbox[1], fence.bbox[2], fence.bbox[3]);
    const ring = fence.smallRing();
    slabs[i] = ring?.slab;
    offsets[i] = ring?.offset ?? 0;
  });
  index.finish();
  // Same answer as fence.containsPoint: flatbush has already put the point inside the box.
  const contains = (
    i: number,
    x: number,
    y: number,
    minX: number,
    minY: number,
    maxX: number,
    maxY: number,
  ) => {
    const slab = slabs[i];
    if (slab === undefined) return (fences[i] as Fence).containsPoint(x, y);
    const at = offsets[i] as number;
    const code = cellCode(slab[at] as number, x, y, minX, minY, maxX, maxY);
    if (code !== CELL_MIXED) return code !== OUTSIDE;
    // Edges start at every position but the closing one.
    const from = at + RING_HEADER;
    return locateInEdges(slab, from, from + (slab[at + 1] as number) - 2, x, y, 2) !== OUTSIDE;
  };
  const visit: Visitor = (i, minX, minY, maxX, maxY) => {
    if (contains(i, state.x, state.y, minX, minY, maxX, maxY)) {
      const fence = fences[i] as Fence;
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
