import { convertPosition } from '@weldcode/geofence';
import type { Principal } from '../access/roles';
import type { SqlExecutor } from '../storage/sql-database';
import type { Datum } from '../vocabulary';
import { areaTree, sectorClause, sectorsOf, townsOfArea } from './inventory';

type Point = [number, number];

/** A GeoJSON feature as the console draws it; coordinates are WGS-84 (RFC 7946). */
export interface MapFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: Point } | { type: 'Polygon'; coordinates: Point[][] };
  properties: Record<string, string | number | null>;
}

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
  /** True when more machines exist than `machineLimit` allowed (sites are always complete). */
  truncated: boolean;
}

function wgs84(lon: number, lat: number, datum: Datum): Point {
  if (datum === 'wgs84') return [lon, lat];
  const p = convertPosition({ lon, lat, datum }, 'wgs84');
  return [Number(p.lon.toFixed(7)), Number(p.lat.toFixed(7))];
}

/** A circle as a 48-gon, since GeoJSON has no circles. */
function circle([lon, lat]: Point, radiusM: number): Point[][] {
  const ring: Point[] = [];
  const dLat = radiusM / 111_320;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  for (let i = 0; i <= 48; i++) {
    const a = ((i % 48) / 48) * 2 * Math.PI;
    ring.push([Number((lon + dLon * Math.cos(a)).toFixed(7)), Number((lat + dLat * Math.sin(a)).toFixed(7))]);
  }
  return [ring];
}

interface Zone {
  datum: Datum;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'Point'; coordinates: number[] };
  radiusM?: number;
}

function zoneGeometry(zone: Zone): MapFeature['geometry'] {
  if (zone.geometry.type === 'Point') {
    const [lon = 0, lat = 0] = zone.geometry.coordinates;
    return { type: 'Polygon', coordinates: circle(wgs84(lon, lat, zone.datum), zone.radiusM ?? 1) };
  }
  return {
    type: 'Polygon',
    coordinates: zone.geometry.coordinates.map((ring) =>
      ring.map(([lon = 0, lat = 0]) => wgs84(lon, lat, zone.datum)),
    ),
  };
}

/** Open alerts per machine and per site, when the alerts engine is installed (else none). */
export type OpenAlertCounter = (db: SqlExecutor, siteIds: string[]) => Promise<Map<string, number>>;

/**
 * The map layers of an area: sites and their machines (points at the site), approved or pending
 * permits' zones and crowded places, all converted to WGS-84 so the console can draw them without
 * an online tile server. A sector officer sees only its sectors.
 */
export async function mapFeatures(
  db: SqlExecutor,
  areaId: string,
  principal: Principal | undefined,
  options: { machineLimit: number; openAlerts?: OpenAlertCounter },
): Promise<MapFeatureCollection> {
  const tree = await areaTree(db, areaId);
  const towns = townsOfArea('s.town_id', tree.area);
  const sector = sectorClause('s.sector', sectorsOf(principal));
  const where = `${towns.sql}${sector.sql} AND s.longitude IS NOT NULL AND s.latitude IS NOT NULL`;
  const params = [...towns.params, ...sector.params];
  const sites = await db.query(
    `SELECT s.id, s.name, s.sector, s.longitude, s.latitude, s.datum,
        (SELECT COUNT(*) FROM machines m WHERE m.site_id = s.id AND m.status <> 'decommissioned') AS machines,
        (SELECT COUNT(*) FROM machines m WHERE m.site_id = s.id AND m.status = 'retrofitted' AND m.plate_id IS NOT NULL) AS done
       FROM sites s WHERE ${where} ORDER BY s.id`,
    params,
  );
  const position = new Map<string, Point>();
  const features: MapFeature[] = [];
  for (const s of sites) {
    const point = wgs84(Number(s.longitude), Number(s.latitude), (s.datum ?? 'wgs84') as Datum);
    position.set(String(s.id), point);
    const total = Number(s.machines);
    const done = Number(s.done);
    const status =
      total === 0 ? 'no-machines' : done === total ? 'retrofitted' : done === 0 ? 'registered' : 'partial';
    features.push(
      feature(
        'site',
        String(s.id),
        String(s.name),
        { type: 'Point', coordinates: point },
        {
          status,
          sector: String(s.sector),
        },
      ),
    );
  }
  const counts =
    options.openAlerts === undefined
      ? new Map<string, number>()
      : await options.openAlerts(db, [...position.keys()]);
  for (const f of features) f.properties.openAlerts = counts.get(f.id) ?? 0;
  const machines = await db.query(
    `SELECT m.id, m.brand, m.model, m.serial, m.status, m.site_id FROM machines m JOIN sites s ON s.id = m.site_id
      WHERE ${where} AND m.status <> 'decommissioned' ORDER BY m.id LIMIT ?`,
    [...params, options.machineLimit + 1],
  );
  for (const m of machines.slice(0, options.machineLimit)) {
    const point = position.get(String(m.site_id));
    if (point === undefined) continue;
    features.push(
      feature(
        'machine',
        String(m.id),
        `${String(m.brand)} ${String(m.model)} ${String(m.serial)}`,
        { type: 'Point', coordinates: point },
        {
          status: String(m.status),
          siteId: String(m.site_id),
          openAlerts: counts.get(String(m.id)) ?? 0,
        },
      ),
    );
  }
  const permits = await db.query(
    `SELECT p.id, p.zone, p.state, p.level, s.name AS site_name FROM permits p JOIN sites s ON s.id = p.site_id
      WHERE ${towns.sql}${sector.sql} AND p.state IN ('pending', 'approved') ORDER BY p.id`,
    params,
  );
  for (const p of permits) {
    const zone = JSON.parse(String(p.zone)) as Zone;
    features.push(
      feature('permit-zone', String(p.id), `${String(p.site_name)} 动火区域`, zoneGeometry(zone), {
        status: String(p.state),
        level: String(p.level),
      }),
    );
  }
  const places = await db.query(
    `SELECT c.id, c.name, c.site_id FROM crowded_places c JOIN sites s ON s.id = c.site_id WHERE ${where} ORDER BY c.id`,
    params,
  );
  for (const c of places) {
    const point = position.get(String(c.site_id));
    if (point !== undefined)
      features.push(
        feature('crowded-place', String(c.id), String(c.name), { type: 'Point', coordinates: point }, {}),
      );
  }
  return { type: 'FeatureCollection', features, truncated: machines.length > options.machineLimit };
}

function feature(
  kind: string,
  id: string,
  name: string,
  geometry: MapFeature['geometry'],
  extra: Record<string, string | number | null>,
): MapFeature {
  return { type: 'Feature', id, geometry, properties: { kind, id, name, ...extra } };
}
