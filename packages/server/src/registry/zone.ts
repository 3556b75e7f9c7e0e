import { type Static, Type } from '@sinclair/typebox';
import { StringEnum } from '../schemas/common';
import { ServerError } from '../server-error';
import { DATUMS } from '../vocabulary';

const LonLat = Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: '[longitude, latitude]' });

const PolygonGeometry = Type.Object(
  {
    type: Type.Literal('Polygon'),
    coordinates: Type.Array(Type.Array(LonLat, { minItems: 4, maxItems: 1000 }), {
      minItems: 1,
      maxItems: 20,
    }),
  },
  { additionalProperties: false },
);

const PointGeometry = Type.Object(
  { type: Type.Literal('Point'), coordinates: LonLat },
  { additionalProperties: false },
);

/**
 * A hot-work zone: a GeoJSON Polygon, or a GeoJSON Point with a radius (a circle). Unlike plain
 * GeoJSON it names its datum, because fences are drawn on GCJ-02 or BD-09 maps in China.
 */
export const ZoneSchema = Type.Object(
  {
    datum: StringEnum(DATUMS),
    geometry: Type.Union([PolygonGeometry, PointGeometry]),
    radiusM: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 10000, description: 'circle radius (Point only)' }),
    ),
  },
  { $id: 'Zone', additionalProperties: false },
);

export type Zone = Static<typeof ZoneSchema>;

function checkPosition([longitude, latitude]: number[], where: string): void {
  if (
    longitude === undefined ||
    latitude === undefined ||
    Math.abs(longitude) > 180 ||
    Math.abs(latitude) > 90
  ) {
    throw new ServerError('ERR_SRV_VALIDATION', `${where} is not a longitude/latitude pair`, {
      details: { where },
    });
  }
}

/**
 * Checks what the schema cannot: coordinates in range, rings closed, a radius exactly for
 * circles. Point-in-zone tests and datum conversion belong to @weldcode/geofence.
 */
export function checkZone(zone: Zone): void {
  if (zone.geometry.type === 'Point') {
    checkPosition(zone.geometry.coordinates, 'the circle centre');
    if (zone.radiusM === undefined) {
      throw new ServerError('ERR_SRV_VALIDATION', 'a Point zone needs radiusM');
    }
    return;
  }
  if (zone.radiusM !== undefined)
    throw new ServerError('ERR_SRV_VALIDATION', 'a Polygon zone has no radiusM');
  zone.geometry.coordinates.forEach((ring, r) => {
    ring.forEach((position, p) => {
      checkPosition(position, `ring ${r} position ${p}`);
    });
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first?.[0] !== last?.[0] || first?.[1] !== last?.[1]) {
      throw new ServerError(
        'ERR_SRV_VALIDATION',
        `ring ${r} is not closed (first and last positions differ)`,
      );
    }
  });
}
