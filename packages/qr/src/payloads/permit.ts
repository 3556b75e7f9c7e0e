import type { CborMap, CborValue } from '../cbor/cbor-value';
import { array, asMap, bytes, codeOf, int, mapOf, named, schemaError, uint } from './fields';
import { DATUMS, type Datum, PERMIT_LEVELS, type PermitLevel, WORK_KINDS, type WorkKind } from './vocabulary';

/** A circular zone: centre in degrees, radius in metres. */
export interface CircleZone {
  shape: 'circle';
  datum: Datum;
  lat: number;
  lon: number;
  radiusM: number;
}

/** A polygonal zone: 3..16 vertices `[lat, lon]` in degrees, not closed (the last ≠ the first). */
export interface PolygonZone {
  shape: 'polygon';
  datum: Datum;
  vertices: Array<[lat: number, lon: number]>;
}

/** Where the permit allows hot work. Coordinates travel in units of 1e-5° (about 1.1 m). */
export type PermitZone = CircleZone | PolygonZone;

/**
 * A hot-work permit (kind 3), binding the workers and machines it covers by the hashes of their
 * signed codes ({@link bindingHash}).
 */
export interface HotWorkPermit {
  kind: 'permit';
  permitId: number;
  siteId: number;
  zone: PermitZone;
  /** Unix seconds. */
  start: number;
  durationMinutes: number;
  level: PermitLevel;
  workKind: WorkKind;
  /** Worker id of the fire watcher (监护人). */
  fireWatcherId: number;
  /** Binding hashes (8 bytes each) of the worker credentials this permit covers. */
  credentialHashes: Uint8Array[];
  /** Binding hashes (8 bytes each) of the machine plates this permit covers. */
  plateHashes: Uint8Array[];
}

const KEYS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
const E5 = 100_000;
const LAT_LIMIT = 90 * E5;
const LON_LIMIT = 180 * E5;
const MAX_VERTICES = 16;
const MAX_BOUND = 16;
/** Longest window the wire accepts (policy limits per level are the platform's, WC-QR-058). */
const MAX_DURATION_MINUTES = 7 * 24 * 60;

function e5(degrees: number, limit: number, field: string): number {
  const value = Math.round(degrees * E5);
  if (!Number.isFinite(degrees) || Math.abs(value) > limit) schemaError(`${field} out of range`, field);
  return value;
}

function encodeZone(zone: PermitZone): CborValue[] {
  const datum = codeOf(zone.datum, DATUMS, 'zone.datum');
  if (zone.shape === 'circle') {
    const radius = uint(zone.radiusM, 'zone.radiusM', 100_000);
    return [datum, e5(zone.lat, LAT_LIMIT, 'zone.lat'), e5(zone.lon, LON_LIMIT, 'zone.lon'), radius];
  }
  if (zone.vertices.length < 3 || zone.vertices.length > MAX_VERTICES) {
    schemaError('a polygon has 3..16 vertices', 'zone.vertices');
  }
  const items: CborValue[] = [datum];
  let previous: [number, number] = [0, 0];
  zone.vertices.forEach(([lat, lon], i) => {
    const point: [number, number] = [
      e5(lat, LAT_LIMIT, `zone.vertices[${i}]`),
      e5(lon, LON_LIMIT, `zone.vertices[${i}]`),
    ];
    items.push(point[0] - previous[0], point[1] - previous[1]);
    previous = point;
  });
  return items;
}

function decodeZone(value: CborValue | undefined): PermitZone {
  const items = array(value, 'zone', 4, 1 + 2 * MAX_VERTICES);
  const datum = named(items[0], DATUMS, 'zone.datum');
  if (items.length === 4) {
    return {
      shape: 'circle',
      datum,
      lat: int(items[1], 'zone.lat', LAT_LIMIT) / E5,
      lon: int(items[2], 'zone.lon', LON_LIMIT) / E5,
      radiusM: uint(items[3], 'zone.radiusM', 100_000),
    };
  }
  if (items.length % 2 === 0 || items.length < 7) schemaError('a polygon has 3..16 vertices', 'zone');
  const vertices: Array<[number, number]> = [];
  let lat = 0;
  let lon = 0;
  for (let i = 1; i < items.length; i += 2) {
    lat = int(lat + int(items[i], 'zone.vertices', 2 * LAT_LIMIT), 'zone.vertices', LAT_LIMIT);
    lon = int(lon + int(items[i + 1], 'zone.vertices', 2 * LON_LIMIT), 'zone.vertices', LON_LIMIT);
    vertices.push([lat / E5, lon / E5]);
  }
  return { shape: 'polygon', datum, vertices };
}

function hashes(value: CborValue | undefined, field: string): Uint8Array[] {
  return array(value, field, 0, MAX_BOUND).map((item, i) => bytes(item, `${field}[${i}]`, 8));
}

export function encodePermit(permit: HotWorkPermit): CborMap {
  if (permit.credentialHashes.length < 1)
    schemaError('a permit covers at least one worker', 'credentialHashes');
  return mapOf([
    [0, 3],
    [1, uint(permit.permitId, 'permitId')],
    [2, uint(permit.siteId, 'siteId')],
    [3, encodeZone(permit.zone)],
    [4, uint(permit.start, 'start')],
    [5, uint(permit.durationMinutes, 'durationMinutes', MAX_DURATION_MINUTES)],
    [6, codeOf(permit.level, PERMIT_LEVELS, 'level')],
    [7, uint(permit.fireWatcherId, 'fireWatcherId')],
    [8, permit.credentialHashes.map((hash, i) => bytes(hash, `credentialHashes[${i}]`, 8))],
    [9, permit.plateHashes.map((hash, i) => bytes(hash, `plateHashes[${i}]`, 8))],
    [10, codeOf(permit.workKind, WORK_KINDS, 'workKind')],
  ]);
}

export function decodePermit(map: CborMap): HotWorkPermit {
  asMap(map, KEYS, 'permit');
  const credentialHashes = hashes(map.get(8), 'credentialHashes');
  if (credentialHashes.length < 1) schemaError('a permit covers at least one worker', 'credentialHashes');
  return {
    kind: 'permit',
    permitId: uint(map.get(1), 'permitId'),
    siteId: uint(map.get(2), 'siteId'),
    zone: decodeZone(map.get(3)),
    start: uint(map.get(4), 'start'),
    durationMinutes: uint(map.get(5), 'durationMinutes', MAX_DURATION_MINUTES),
    level: named(map.get(6), PERMIT_LEVELS, 'level'),
    workKind: named(map.get(10), WORK_KINDS, 'workKind'),
    fireWatcherId: uint(map.get(7), 'fireWatcherId'),
    credentialHashes,
    plateHashes: hashes(map.get(9), 'plateHashes'),
  };
}
