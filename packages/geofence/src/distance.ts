/** IUGG mean Earth radius in metres; all distances in this package use it. */
export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;
/** Metres per degree of latitude on the mean sphere. */
export const METRES_PER_DEGREE = EARTH_RADIUS_M * RAD;

/**
 * Great-circle distance in metres between two points given in the same datum (haversine).
 *
 * @example
 * ```ts
 * import { distanceMetres } from '@weldcode/geofence';
 *
 * distanceMetres(121.47, 31.23, 121.48, 31.23); // ≈ 951.6
 * ```
 */
export function distanceMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/**
 * Distance in metres from (px, py) to the nearest edge, in a local equirectangular frame
 * centred on the point (within 0.2 % of the geodesic for edges within 10 km).
 */
export function distanceToEdges(edges: Float64Array, px: number, py: number): number {
  const kx = Math.cos(py * RAD) * METRES_PER_DEGREE;
  const ky = METRES_PER_DEGREE;
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < edges.length; k += 4) {
    const ax = ((edges[k] as number) - px) * kx;
    const ay = ((edges[k + 1] as number) - py) * ky;
    const bx = ((edges[k + 2] as number) - px) * kx;
    const by = ((edges[k + 3] as number) - py) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    let t = lengthSquared === 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
    t = Math.min(1, Math.max(0, t));
    const cx = ax + t * dx;
    const cy = ay + t * dy;
    const d = cx * cx + cy * cy;
    if (d < best) best = d;
  }
  return Math.sqrt(best);
}
