import Flatbush from 'flatbush';
import { assertLonLat } from './datum';
import { GeofenceError, type GeofenceErrorCode } from './geofence-error';
import type { FenceGeometry } from './geometry';
import { INSIDE, locateInEdges, OUTSIDE } from './locate-kernel';
import { orientation, segmentsIntersect } from './orientation';

/** Polygons as rings of [lon, lat] pairs without the closing position. */
export type Rings = number[][][][];

/** Below this many edges a quadratic pair scan beats building a flatbush index. */
const PAIR_SCAN_LIMIT = 48;

function fail(code: GeofenceErrorCode, message: string, details: Record<string, unknown>): never {
  throw new GeofenceError(code, message, { details });
}

function readRing(ring: unknown, path: string): number[][] {
  if (!Array.isArray(ring) || ring.length < 4) {
    fail('ERR_GEO_RING_TOO_SHORT', 'a ring needs at least 4 positions (3 distinct + closing)', { path });
  }
  const points = ring.map((position: unknown, i: number) => {
    if (!Array.isArray(position) || position.length < 2 || position.length > 3) {
      fail('ERR_GEO_COORDINATE_INVALID', 'a position is [lon, lat] or [lon, lat, alt]', {
        path: `${path}[${i}]`,
      });
    }
    assertLonLat(position[0], position[1], 'ERR_GEO_COORDINATE_INVALID');
    return [position[0] as number, position[1] as number];
  });
  const first = points[0] as number[];
  const last = points[points.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    fail('ERR_GEO_RING_OPEN', 'a ring must end with its first position', { path });
  }
  points.pop();
  return points;
}

function checkRingShape(ring: number[][], path: string): void {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as number[];
    const b = ring[(i + 1) % ring.length] as number[];
    if (a[0] === b[0] && a[1] === b[1])
      fail('ERR_GEO_RING_DEGENERATE', 'repeated consecutive position', { path, index: i });
    if (Math.abs((b[0] as number) - (a[0] as number)) > 180) {
      fail(
        'ERR_GEO_ANTIMERIDIAN',
        'an edge spans more than 180° of longitude (antimeridian fences are not supported)',
        {
          path,
          index: i,
        },
      );
    }
  }
  const a = ring[0] as number[];
  const b = ring[1] as number[];
  const collinear = ring.every(
    (c) =>
      orientation(
        a[0] as number,
        a[1] as number,
        b[0] as number,
        b[1] as number,
        c[0] as number,
        c[1] as number,
      ) === 0,
  );
  if (collinear) fail('ERR_GEO_RING_DEGENERATE', 'a ring must enclose an area', { path });
}

function readPolygon(polygon: unknown, path: string): number[][][] {
  if (!Array.isArray(polygon) || polygon.length === 0) {
    fail('ERR_GEO_RING_TOO_SHORT', 'a polygon needs an outer ring', { path });
  }
  return polygon.map((ring: unknown, r: number) => {
    const points = readRing(ring, `${path}[${r}]`);
    checkRingShape(points, `${path}[${r}]`);
    return points;
  });
}

/** Reads and checks coordinates of a Polygon or MultiPolygon into rings; throws typed errors. */
export function readPolygons(geometry: FenceGeometry): Rings {
  const coordinates: unknown = (geometry as { coordinates?: unknown }).coordinates;
  if (geometry.type === 'Polygon') return [readPolygon(coordinates, 'coordinates')];
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    fail('ERR_GEO_RING_TOO_SHORT', 'a MultiPolygon needs at least one polygon', { path: 'coordinates' });
  }
  return coordinates.map((polygon: unknown, p: number) => readPolygon(polygon, `coordinates[${p}]`));
}

interface EdgeTable {
  coords: Float64Array;
  polygon: number[];
  ring: number[];
  /** Position of the edge in its ring and the ring's edge count, to tell neighbours apart. */
  index: number[];
  size: number[];
}

function ringEdges(ring: number[][], out: Float64Array, at: number): void {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as number[];
    const b = ring[(i + 1) % ring.length] as number[];
    out[at + i * 4] = a[0] as number;
    out[at + i * 4 + 1] = a[1] as number;
    out[at + i * 4 + 2] = b[0] as number;
    out[at + i * 4 + 3] = b[1] as number;
  }
}

function buildEdgeTable(polygons: Rings): EdgeTable {
  let count = 0;
  for (const polygon of polygons) for (const ring of polygon) count += ring.length;
  const table: EdgeTable = {
    coords: new Float64Array(count * 4),
    polygon: new Array<number>(count),
    ring: new Array<number>(count),
    index: new Array<number>(count),
    size: new Array<number>(count),
  };
  let e = 0;
  polygons.forEach((polygon, p) => {
    polygon.forEach((ring, r) => {
      ringEdges(ring, table.coords, e * 4);
      for (let i = 0; i < ring.length; i++, e++) {
        table.polygon[e] = p;
        table.ring[e] = r;
        table.index[e] = i;
        table.size[e] = ring.length;
      }
    });
  });
  return table;
}

/** Every edge of every ring as [ax, ay, bx, by] quadruples. */
export function edgesOf(polygons: Rings): Float64Array {
  return buildEdgeTable(polygons).coords;
}

function adjacency(t: EdgeTable, i: number, j: number): 'none' | 'next' | 'previous' {
  if (t.polygon[i] !== t.polygon[j] || t.ring[i] !== t.ring[j]) return 'none';
  const n = t.size[i] as number;
  const a = t.index[i] as number;
  const b = t.index[j] as number;
  if ((a + 1) % n === b) return 'next';
  if ((b + 1) % n === a) return 'previous';
  return 'none';
}

/** Adjacent edges a→b, b→c only meet at b unless c folds back onto a→b (a spike). */
function foldsBack(c: Float64Array, first: number, second: number): boolean {
  const ax = c[first * 4] as number;
  const ay = c[first * 4 + 1] as number;
  const bx = c[first * 4 + 2] as number;
  const by = c[first * 4 + 3] as number;
  const cx = c[second * 4 + 2] as number;
  const cy = c[second * 4 + 3] as number;
  if (orientation(ax, ay, bx, by, cx, cy) !== 0) return false;
  return (bx - ax) * (cx - bx) + (by - ay) * (cy - by) < 0;
}

function checkPair(t: EdgeTable, i: number, j: number): void {
  const kind = adjacency(t, i, j);
  const c = t.coords;
  const crosses =
    kind === 'none'
      ? segmentsIntersect(
          c[i * 4] as number,
          c[i * 4 + 1] as number,
          c[i * 4 + 2] as number,
          c[i * 4 + 3] as number,
          c[j * 4] as number,
          c[j * 4 + 1] as number,
          c[j * 4 + 2] as number,
          c[j * 4 + 3] as number,
        )
      : kind === 'next'
        ? foldsBack(c, i, j)
        : foldsBack(c, j, i);
  if (!crosses) return;
  const samePolygon = t.polygon[i] === t.polygon[j];
  fail(
    samePolygon ? 'ERR_GEO_SELF_INTERSECTION' : 'ERR_GEO_POLYGONS_OVERLAP',
    samePolygon
      ? 'rings of a polygon must not touch or cross'
      : 'polygons of a MultiPolygon must not touch or cross',
    {
      polygon: t.polygon[i],
      ring: t.ring[i],
      edge: t.index[i],
      otherPolygon: t.polygon[j],
      otherRing: t.ring[j],
      otherEdge: t.index[j],
    },
  );
}

function checkIntersections(t: EdgeTable): void {
  const n = t.polygon.length;
  if (n <= PAIR_SCAN_LIMIT) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) checkPair(t, i, j);
    return;
  }
  const index = new Flatbush(n);
  const c = t.coords;
  for (let i = 0; i < n; i++) {
    const ax = c[i * 4] as number;
    const ay = c[i * 4 + 1] as number;
    const bx = c[i * 4 + 2] as number;
    const by = c[i * 4 + 3] as number;
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  for (let i = 0; i < n; i++) {
    const ax = c[i * 4] as number;
    const ay = c[i * 4 + 1] as number;
    const bx = c[i * 4 + 2] as number;
    const by = c[i * 4 + 3] as number;
    for (const j of index.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by))) {
      if (j > i) checkPair(t, i, j);
    }
  }
}

function ringLocate(ring: number[][], x: number, y: number): number {
  const edges = new Float64Array(ring.length * 4);
  ringEdges(ring, edges, 0);
  return locateInEdges(edges, 0, edges.length, x, y);
}

/** With no crossings, one vertex tells where a whole ring lies. */
function checkNesting(polygons: Rings): void {
  polygons.forEach((polygon, p) => {
    const shell = polygon[0] as number[][];
    polygon.slice(1).forEach((hole, h) => {
      const v = hole[0] as number[];
      if (ringLocate(shell, v[0] as number, v[1] as number) !== INSIDE) {
        fail('ERR_GEO_HOLE_OUTSIDE', 'a hole must lie inside its outer ring', { polygon: p, ring: h + 1 });
      }
      polygon.slice(1).forEach((other, o) => {
        if (o !== h && ringLocate(other, v[0] as number, v[1] as number) !== OUTSIDE) {
          fail('ERR_GEO_HOLE_OUTSIDE', 'holes must not nest', { polygon: p, ring: h + 1 });
        }
      });
    });
  });
  if (polygons.length === 1) return;
  const polygonEdges = polygons.map((polygon) => edgesOf([polygon]));
  polygons.forEach((polygon, p) => {
    const v = (polygon[0] as number[][])[0] as number[];
    polygonEdges.forEach((edges, q) => {
      if (q !== p && locateInEdges(edges, 0, edges.length, v[0] as number, v[1] as number) !== OUTSIDE) {
        fail('ERR_GEO_POLYGONS_OVERLAP', 'polygons of a MultiPolygon must not overlap', {
          polygon: p,
          otherPolygon: q,
        });
      }
    });
  });
}

/**
 * Reads a Polygon or MultiPolygon, proves it simple and returns its edges as [ax, ay, bx, by]
 * quadruples: closed rings of ≥ 3 distinct positions,
 * finite coordinates in range, no edge spanning > 180° of longitude, no two edges touching
 * except neighbours at their shared vertex, holes inside their shell and not nested, polygons
 * disjoint. Orientation is free (RFC 7946 §3.1.6 says parsers should not reject on it).
 */
export function validatePolygons(geometry: FenceGeometry): { edges: Float64Array; rings: number } {
  const polygons = readPolygons(geometry);
  const table = buildEdgeTable(polygons);
  checkIntersections(table);
  checkNesting(polygons);
  return { edges: table.coords, rings: polygons.reduce((n, polygon) => n + polygon.length, 0) };
}
