import { GeofenceError } from './geofence-error';
import { DATUMS, type Datum, type Position } from './types';

// Krasovsky 1940 ellipsoid as used by the published GCJ-02 approximation (same constants as gcoord).
const KRASOVSKY_A = 6378245;
const KRASOVSKY_EE = 0.006693421622965823;
const BAIDU_FACTOR = (Math.PI * 3000) / 180;
/** Stop iterating when the forward image is this close (degrees, about 0.01 mm). */
const INVERSE_TOLERANCE = 1e-10;
const INVERSE_MAX_ITERATIONS = 50;

/**
 * The out-of-China rule: GCJ-02 equals WGS-84 outside this box (the rough box every public
 * implementation uses, including gcoord; it covers parts of neighbouring countries too).
 *
 * @example
 * ```ts
 * isInChinaBox(121.47, 31.23); // true (Shanghai)
 * ```
 */
export function isInChinaBox(lon: number, lat: number): boolean {
  return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

function transformLat(x: number, y: number): number {
  let ret = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  ret += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  ret += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return ret;
}

function transformLon(x: number, y: number): number {
  let ret = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  ret += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  ret += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return ret;
}

type Pair = [number, number];

function wgs84ToGcj02Pair(lon: number, lat: number): Pair {
  if (!isInChinaBox(lon, lat)) return [lon, lat];
  let dLon = transformLon(lon - 105, lat - 35);
  let dLat = transformLat(lon - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - KRASOVSKY_EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLon = (dLon * 180) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  dLat = (dLat * 180) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI);
  return [lon + dLon, lat + dLat];
}

function gcj02ToBd09Pair(lon: number, lat: number): Pair {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * BAIDU_FACTOR);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * BAIDU_FACTOR);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** Inverts a forward map by fixed-point iteration: its Jacobian is the identity within 1e-4. */
function invert(forward: (lon: number, lat: number) => Pair, lon: number, lat: number): Pair {
  let x = lon;
  let y = lat;
  for (let i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
    const [fx, fy] = forward(x, y);
    const dx = fx - lon;
    const dy = fy - lat;
    if (Math.abs(dx) <= INVERSE_TOLERANCE && Math.abs(dy) <= INVERSE_TOLERANCE) return [x, y];
    x -= dx;
    y -= dy;
  }
  throw new GeofenceError('ERR_GEO_INVERSE_NO_CONVERGENCE', 'inverse datum conversion did not converge', {
    details: { lon, lat },
  });
}

function gcj02ToWgs84Pair(lon: number, lat: number): Pair {
  if (!isInChinaBox(lon, lat)) return [lon, lat];
  return invert(wgs84ToGcj02Pair, lon, lat);
}

function bd09ToGcj02Pair(lon: number, lat: number): Pair {
  return invert(gcj02ToBd09Pair, lon, lat);
}

const RANK: Record<Datum, number> = { wgs84: 0, gcj02: 1, bd09: 2 };

/** Converts a raw pair; forward along wgs84 → gcj02 → bd09, iterated inverse the other way. */
export function convertPair(lon: number, lat: number, from: Datum, to: Datum): Pair {
  let rank = RANK[from];
  const target = RANK[to];
  let pair: Pair = [lon, lat];
  while (rank < target) {
    pair = rank === 0 ? wgs84ToGcj02Pair(pair[0], pair[1]) : gcj02ToBd09Pair(pair[0], pair[1]);
    rank++;
  }
  while (rank > target) {
    pair = rank === 2 ? bd09ToGcj02Pair(pair[0], pair[1]) : gcj02ToWgs84Pair(pair[0], pair[1]);
    rank--;
  }
  return pair;
}

export function assertDatum(value: unknown, field = 'datum'): asserts value is Datum {
  if (!DATUMS.includes(value as Datum)) {
    throw new GeofenceError('ERR_GEO_DATUM_UNKNOWN', `${field} must be one of ${DATUMS.join(', ')}`, {
      details: { field, value: String(value) },
    });
  }
}

export function assertLonLat(
  lon: unknown,
  lat: unknown,
  code: 'ERR_GEO_COORDINATE_INVALID' | 'ERR_GEO_FIX_INVALID',
) {
  if (
    typeof lon !== 'number' ||
    typeof lat !== 'number' ||
    !Number.isFinite(lon) ||
    !Number.isFinite(lat) ||
    lon < -180 ||
    lon > 180 ||
    lat < -90 ||
    lat > 90
  ) {
    throw new GeofenceError(code, 'longitude must be in [-180, 180] and latitude in [-90, 90]', {
      details: { lon: String(lon), lat: String(lat) },
    });
  }
}

/**
 * Converts a position to another datum and returns a new object (the input is never mutated).
 * Forward conversions use the published formulas; inverse ones iterate them to within 1e-10
 * degrees (about 0.01 mm). Outside {@link isInChinaBox}, GCJ-02 equals WGS-84; the BD-09 offset
 * applies everywhere, as Baidu's own conversion does.
 *
 * @throws {@link GeofenceError} `ERR_GEO_DATUM_UNKNOWN`, `ERR_GEO_COORDINATE_INVALID`.
 * @example
 * ```ts
 * import { convertPosition } from '@weldcode/geofence';
 *
 * const onAmap = convertPosition({ lon: 121.4737, lat: 31.2304, datum: 'wgs84' }, 'gcj02');
 * // { lon: 121.47819..., lat: 31.22843..., datum: 'gcj02' }
 * ```
 */
export function convertPosition(position: Position, to: Datum): Position {
  assertDatum(position.datum, 'position.datum');
  assertDatum(to, 'to');
  assertLonLat(position.lon, position.lat, 'ERR_GEO_COORDINATE_INVALID');
  const [lon, lat] = convertPair(position.lon, position.lat, position.datum, to);
  return { lon, lat, datum: to };
}
