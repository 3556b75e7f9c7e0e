/** GeoJSON (RFC 7946) Polygon: an outer ring then holes, each closed (first position = last). */
export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly (readonly number[])[])[];
}

/** GeoJSON (RFC 7946) MultiPolygon: polygons that neither overlap nor cross. */
export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[];
}

/** A circle: centre `[lon, lat]` in the fence's datum and a radius in metres. */
export interface CircleGeometry {
  readonly type: 'Circle';
  readonly center: readonly number[];
  readonly radius: number;
}

/** The geometries a fence may have. */
export type FenceGeometry = PolygonGeometry | MultiPolygonGeometry | CircleGeometry;
