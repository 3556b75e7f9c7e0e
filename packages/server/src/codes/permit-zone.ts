import type { PermitZone } from '@weldcode/qr';
import type { Zone } from '../registry/zone';
import { ServerError } from '../server-error';

const MAX_VERTICES = 16;

/**
 * A registry zone (GeoJSON + datum) in the compact form a permit code carries (spec/qr.md
 * §5.3): a circle, or one ring of 3 to 16 vertices without its closing vertex. Holes and larger
 * rings do not fit a QR code; such a permit is refused a code rather than printed with another zone.
 */
export function permitZoneOf(zone: Zone): PermitZone {
  const geometry = zone.geometry;
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates as [number, number];
    return { shape: 'circle', datum: zone.datum, lat, lon, radiusM: Math.round(zone.radiusM ?? 0) };
  }
  const ring = geometry.coordinates[0] ?? [];
  const vertices = ring.slice(0, -1).map(([lon, lat]) => [lat, lon] as [number, number]);
  if (geometry.coordinates.length !== 1 || vertices.length < 3 || vertices.length > MAX_VERTICES) {
    throw new ServerError(
      'ERR_SRV_POLICY_VIOLATION',
      `a permit code carries one ring of 3 to ${MAX_VERTICES} vertices; this zone has ${geometry.coordinates.length} ring(s) of ${vertices.length}`,
      { details: { rule: 'zone-encodable', rings: geometry.coordinates.length, vertices: vertices.length } },
    );
  }
  return { shape: 'polygon', datum: zone.datum, vertices };
}
