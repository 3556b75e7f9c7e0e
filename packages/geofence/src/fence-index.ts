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
   * The closed rings of small single-ring polygons copied side by side: at 100k fences a query's
   * cost is cache misses, and one contiguous array halves it against per-fence arrays.
   */
  readonly packed: Float64Array;
  /** Fence i's ring is packed[start[i] .. start[i + 1]); an empty run means "ask the fence". */
  readonly start: Uint32Array;
}

function buildLayer(datum: Datum, fences: Fence[]): DatumLayer {
  const index = new Flatbush(fences.length);
  for (const fence of fences) index.add(fence.bbox[0], fence.bbox[1], fence.bbox[2], fence.bbox[3]);
  index.finish();
  const rings = fences.map((fence) => fence.smallRing());
  const start = new Uint32Array(fences.length + 1);
  for (let i = 0; i < fences.length; i++) start[i + 1] = (start[i] as number) + (rings[i]?.length ?? 0);
  const packed = new Float64Array(start[fences.length] as number);
  rings.forEach((ring, i) => {
    if (ring !== undefined) packed.set(ring, start[i] as number);
  });
  return { datum, index, fences, packed, start };
}

/** The same answer as fence.containsPoint (the point is already inside the fence's box). */
function layerContains(layer: DatumLayer, i: number, x: number, y: number): boolean {
  const from = layer.start[i] as number;
  const to = layer.start[i + 1] as number;
  if (from === to) return (layer.fences[i] as Fence).containsPoint(x, y);
  // Edges start at from, from + 2, ..., to - 4: the last position closes the ring.
  return locateInEdges(layer.packed, from, to - 2, x, y, 2) !== OUTSIDE;
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
    this.layers = DATUMS.map((datum) => fences.filter((fence) => fence.datum === datum))
      .map((group, i) => (group.length === 0 ? undefined : buildLayer(DATUMS[i] as Datum, group)))
      .filter((layer): layer is DatumLayer => layer !== undefined);
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
