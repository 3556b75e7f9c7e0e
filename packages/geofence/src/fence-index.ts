import Flatbush from 'flatbush';
import { assertDatum, assertLonLat, convertPair } from './datum';
import type { Fence } from './fence';
import { locateInEdges, OUTSIDE } from './locate-kernel';
import { assertTime } from './time-window';
import { DATUMS, type Datum, type Position } from './types';

interface DatumLayer {
  readonly datum: Datum;
  readonly index: Flatbush;
  readonly fences: Fence[];
  /**
   * Where each small single-ring polygon keeps its closed ring (shared slabs, see ring-slab):
   * at 100k fences a query's cost is cache misses, and contiguous rings halve them against a
   * fence's chain of objects. No slab means "ask the fence".
   */
  readonly slabs: (Float64Array | undefined)[];
  readonly offsets: Uint32Array;
  readonly lengths: Uint32Array;
}

function buildLayer(datum: Datum, fences: Fence[]): DatumLayer {
  const index = new Flatbush(fences.length);
  const slabs: (Float64Array | undefined)[] = new Array(fences.length);
  const offsets = new Uint32Array(fences.length);
  const lengths = new Uint32Array(fences.length);
  fences.forEach((fence, i) => {
    index.add(fence.bbox[0], fence.bbox[1], fence.bbox[2], fence.bbox[3]);
    const ring = fence.smallRing();
    slabs[i] = ring?.slab;
    offsets[i] = ring?.offset ?? 0;
    lengths[i] = ring?.length ?? 0;
  });
  index.finish();
  return { datum, index, fences, slabs, offsets, lengths };
}

/** The same answer as fence.containsPoint (the point is already inside the fence's box). */
function layerContains(layer: DatumLayer, i: number, x: number, y: number): boolean {
  const slab = layer.slabs[i];
  if (slab === undefined) return (layer.fences[i] as Fence).containsPoint(x, y);
  const from = layer.offsets[i] as number;
  // Edges start at from, from + 2, ..., up to 4 before the end: the last position closes the ring.
  return locateInEdges(slab, from, from + (layer.lengths[i] as number) - 2, x, y, 2) !== OUTSIDE;
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
  /** Number of fences indexed. */
  readonly size: number;

  constructor(fences: readonly Fence[]) {
    const groups = new Map<Datum, Fence[]>(DATUMS.map((datum) => [datum, []]));
    for (const fence of fences) groups.get(fence.datum)?.push(fence);
    this.layers = [...groups]
      .filter(([, group]) => group.length > 0)
      .map(([datum, group]) => buildLayer(datum, group));
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
    const hits: Fence[] = [];
    for (const layer of this.layers) {
      let x = position.lon;
      let y = position.lat;
      if (layer.datum !== position.datum) [x, y] = convertPair(x, y, position.datum, layer.datum);
      for (const i of layer.index.search(x, y, x, y)) {
        const fence = layer.fences[i] as Fence;
        if (layerContains(layer, i, x, y) && (time === undefined || fence.isActiveAt(time))) hits.push(fence);
      }
    }
    return hits;
  }
}
