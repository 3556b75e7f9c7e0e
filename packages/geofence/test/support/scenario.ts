import type { Datum, FenceInput, FenceKind } from '../../src/index';

/** Degrees of latitude per metre on the mean sphere (R = 6 371 008.8 m). */
export const METRE_LAT = 1 / 111195.08;
/** Degrees of longitude per metre at a latitude. */
export const metreLon = (lat: number) => METRE_LAT / Math.cos((lat * Math.PI) / 180);

/** A square `size` metres wide whose south-west corner is (lon, lat). */
export function metreSquare(
  id: string,
  datum: Datum,
  kind: FenceKind,
  lon: number,
  lat: number,
  size: number,
): FenceInput {
  const east = lon + size * metreLon(lat);
  const north = lat + size * METRE_LAT;
  return {
    id,
    datum,
    kind,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [east, lat],
          [east, north],
          [lon, north],
          [lon, lat],
        ],
      ],
    },
  };
}
