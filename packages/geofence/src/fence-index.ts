import Flatbush from 'flatbush';
import { assertDatum, assertLonLat, convertPair } from './datum';
import type { Fence } from './fence';
import { assertTime } from './time-window';
import { DATUMS, type Datum, type Position } from './types';

interface DatumLayer {
  readonly datum: Datum;
  readonly index: Flatbush;
  readonly fences: Fence[];
}

function buildLayer(datum: Datum, fences: Fence[]): DatumLayer {
  const index = new Flatbush(fences.length);
  for (const fence of fences) index.add(fence.bbox[0], fence.bbox[1], fence.bbox[2], fence.bbox[3]);
  index.finish();
  return { datum, index, fences };
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
      const [x, y] =
        layer.datum === position.datum
          ? [position.lon, position.lat]
          : convertPair(position.lon, position.lat, position.datum, layer.datum);
      const fences = layer.fences;
      layer.index.search(x, y, x, y, (i) => {
        const fence = fences[i] as Fence;
        if (fence.containsPoint(x, y) && (time === undefined || fence.isActiveAt(time))) hits.push(fence);
        return false;
      });
    }
    return hits;
  }
}
