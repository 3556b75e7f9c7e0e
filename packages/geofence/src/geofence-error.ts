import { WeldcodeError } from '@weldcode/errors';

/** Every code a {@link GeofenceError} carries; stable API (never renamed, never reused). */
export type GeofenceErrorCode =
  | 'ERR_GEO_COORDINATE_INVALID'
  | 'ERR_GEO_RING_OPEN'
  | 'ERR_GEO_RING_TOO_SHORT'
  | 'ERR_GEO_RING_DEGENERATE'
  | 'ERR_GEO_SELF_INTERSECTION'
  | 'ERR_GEO_HOLE_OUTSIDE'
  | 'ERR_GEO_POLYGONS_OVERLAP'
  | 'ERR_GEO_ANTIMERIDIAN'
  | 'ERR_GEO_GEOMETRY_UNSUPPORTED'
  | 'ERR_GEO_RADIUS_INVALID'
  | 'ERR_GEO_DATUM_UNKNOWN'
  | 'ERR_GEO_KIND_UNKNOWN'
  | 'ERR_GEO_FENCE_ID_INVALID'
  | 'ERR_GEO_TIME_WINDOW_INVALID'
  | 'ERR_GEO_TIME_INVALID'
  | 'ERR_GEO_FIX_INVALID'
  | 'ERR_GEO_OPTION_INVALID'
  | 'ERR_GEO_INVERSE_NO_CONVERGENCE'
  | 'ERR_GEO_COMPACT_TRUNCATED'
  | 'ERR_GEO_COMPACT_INVALID'
  | 'ERR_GEO_COMPACT_UNREPRESENTABLE';

/**
 * The one error class of `@weldcode/geofence`: bad input is always this, with a stable code.
 *
 * @example
 * ```ts
 * import { createFence, GeofenceError } from '@weldcode/geofence';
 *
 * try {
 *   createFence({ id: 'z', datum: 'wgs84', kind: 'allowed', geometry: { type: 'Polygon', coordinates: [] } });
 * } catch (error) {
 *   if (error instanceof GeofenceError) console.log(error.code); // ERR_GEO_RING_TOO_SHORT
 * }
 * ```
 */
export class GeofenceError extends WeldcodeError<GeofenceErrorCode> {}
