import { assertDatum, assertLonLat, convertPair } from './datum';
import { distanceMetres, distanceToEdges, METRES_PER_DEGREE } from './distance';
import { GeofenceError } from './geofence-error';
import type { CircleGeometry, FenceGeometry } from './geometry';
import { BOUNDARY, INSIDE, OUTSIDE } from './locate-kernel';
import { PreparedPolygon } from './prepared-polygon';
import { classifyRingCells } from './ring-cells';
import { type SlabRing, storeInSlab } from './ring-slab';
import { circleSpan, polygonSpan } from './segment-span';
import { assertTime, type CompiledWindow, compileWindows, type TimeWindow } from './time-window';
import {
  type BBox,
  type Datum,
  type Decision,
  FENCE_KINDS,
  type FenceKind,
  type PointLocation,
  type Position,
} from './types';
import { validatePolygons } from './validate-geometry';

/** The largest circle radius accepted, in metres: the planar shortcuts stay accurate below it. */
export const MAX_CIRCLE_RADIUS_M = 50_000;

/** What {@link createFence} accepts. */
export interface FenceInput {
  /** Stable id, 1-128 characters. */
  readonly id: string;
  /** The datum the geometry was drawn in. */
  readonly datum: Datum;
  readonly kind: FenceKind;
  readonly geometry: FenceGeometry;
  /** When the fence applies; omitted = always. */
  readonly windows?: readonly TimeWindow[];
}

/** The answer of {@link Fence.decide}. */
export interface FenceDecision {
  readonly decision: Decision;
  /** The exact location of the fix's centre. */
  readonly location: PointLocation;
  /** Metres to the boundary: negative inside, positive outside, 0 on it. */
  readonly signedDistance: number;
}

/** A position with an accuracy radius in metres. */
export interface AccuratePosition extends Position {
  readonly accuracy: number;
}

const LOCATIONS: readonly PointLocation[] = ['outside', 'inside', 'boundary'];

interface Shape {
  readonly bbox: BBox;
  locate(lon: number, lat: number): number;
  distance(lon: number, lat: number): number;
  /** Parameters [t0, t1] ⊂ [0, 1] where the segment from p0 to p1 runs through the fence. */
  span(x0: number, y0: number, x1: number, y1: number): [number, number] | undefined;
}

function circleShape(geometry: CircleGeometry): Shape {
  const center = geometry.center;
  if (!Array.isArray(center) || center.length !== 2) {
    throw new GeofenceError('ERR_GEO_COORDINATE_INVALID', 'a circle centre is [lon, lat]', { details: {} });
  }
  const [cx, cy] = center as [number, number];
  assertLonLat(cx, cy, 'ERR_GEO_COORDINATE_INVALID');
  const r = geometry.radius;
  if (typeof r !== 'number' || !Number.isFinite(r) || r <= 0 || r > MAX_CIRCLE_RADIUS_M) {
    throw new GeofenceError(
      'ERR_GEO_RADIUS_INVALID',
      `a radius is a number of metres in (0, ${MAX_CIRCLE_RADIUS_M}]`,
      {
        details: { radius: String(r) },
      },
    );
  }
  // 1 % slack: the box only has to contain the circle, never to be tight.
  const dLat = (r / METRES_PER_DEGREE) * 1.01;
  if (Math.abs(cy) + dLat >= 89) {
    throw new GeofenceError('ERR_GEO_RADIUS_INVALID', 'circles must stay clear of the poles', {
      details: { lat: cy },
    });
  }
  const dLon = dLat / Math.cos(((Math.abs(cy) + dLat) * Math.PI) / 180);
  if (cx - dLon <= -180 || cx + dLon >= 180) {
    throw new GeofenceError('ERR_GEO_ANTIMERIDIAN', 'circles crossing the antimeridian are not supported', {
      details: { lon: cx },
    });
  }
  return new CircleShape(cx, cy, r, [cx - dLon, cy - dLat, cx + dLon, cy + dLat]);
}

// Shapes are classes, not closures: one shared method per class keeps the hot call sites
// monomorphic when an index holds 100k fences.
class CircleShape implements Shape {
  constructor(
    private readonly cx: number,
    private readonly cy: number,
    private readonly r: number,
    readonly bbox: BBox,
  ) {}
  locate(lon: number, lat: number): number {
    const d = distanceMetres(this.cx, this.cy, lon, lat);
    return d < this.r ? INSIDE : d === this.r ? BOUNDARY : OUTSIDE;
  }
  distance(lon: number, lat: number): number {
    return Math.abs(distanceMetres(this.cx, this.cy, lon, lat) - this.r);
  }
  span(x0: number, y0: number, x1: number, y1: number): [number, number] | undefined {
    return circleSpan(this.cx, this.cy, this.r, x0, y0, x1, y1);
  }
}

/** Single-ring polygons up to this many edges also keep a record in a shared slab (ring-slab). */
const SMALL_RING_MAX_EDGES = 32;

class PolygonShape extends PreparedPolygon implements Shape {
  readonly bbox: BBox;
  /**
   * A small single-ring polygon's closed ring in a shared slab, with its pre-classified cells:
   * what an index reads instead of the fence (at 100k fences, cache misses on a fence's chain
   * of objects dominate a query).
   */
  readonly smallRing: SlabRing | undefined;
  constructor(edges: Float64Array, rings: number) {
    super(edges);
    this.bbox = [this.minX, this.minY, this.maxX, this.maxY];
    this.smallRing =
      rings === 1 && edges.length <= SMALL_RING_MAX_EDGES * 4
        ? storeInSlab(edges, classifyRingCells(edges, this.bbox))
        : undefined;
  }
  distance(lon: number, lat: number): number {
    return distanceToEdges(this.edges, lon, lat);
  }
  span(x0: number, y0: number, x1: number, y1: number): [number, number] | undefined {
    return polygonSpan(this.edges, x0, y0, x1, y1);
  }
}

function polygonShape(geometry: FenceGeometry): Shape {
  const { edges, rings } = validatePolygons(geometry);
  return new PolygonShape(edges, rings);
}

function shapeOf(geometry: FenceGeometry): Shape {
  const type = (geometry as { type?: unknown } | undefined)?.type;
  if (type === 'Circle') return circleShape(geometry as CircleGeometry);
  if (type === 'Polygon' || type === 'MultiPolygon') return polygonShape(geometry);
  throw new GeofenceError(
    'ERR_GEO_GEOMETRY_UNSUPPORTED',
    'geometry must be a Polygon, MultiPolygon or Circle',
    {
      details: { type: String(type) },
    },
  );
}

/** A frozen deep copy of JSON-like data (arrays, plain objects, primitives) in one pass. */
function frozenCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) copy[key] = frozenCopy(child);
    return Object.freeze(copy) as T;
  }
  return value;
}

/**
 * A validated, prepared fence: immutable, safe to share, fast to test repeatedly. Every method
 * applies the same boundary rule: the boundary belongs to the fence (a closed set).
 */
export class Fence {
  readonly id: string;
  readonly datum: Datum;
  readonly kind: FenceKind;
  /** A deep, frozen copy of the input geometry. */
  readonly geometry: FenceGeometry;
  readonly windows: readonly TimeWindow[] | undefined;
  /** `[minLon, minLat, maxLon, maxLat]` in {@link Fence.datum}, containing the whole fence. */
  readonly bbox: BBox;
  private readonly shape: Shape;
  private readonly compiledWindows: readonly CompiledWindow[] | undefined;

  /** @internal Use {@link createFence}. */
  constructor(input: FenceInput, shape: Shape, windows: readonly CompiledWindow[] | undefined) {
    this.id = input.id;
    this.datum = input.datum;
    this.kind = input.kind;
    this.geometry = frozenCopy(input.geometry);
    this.windows = input.windows === undefined ? undefined : frozenCopy(input.windows);
    this.bbox = Object.freeze([...shape.bbox]) as unknown as BBox;
    this.shape = shape;
    this.compiledWindows = windows;
  }

  /**
   * The hot path: is (lon, lat), already in this fence's datum, inside or on the boundary?
   * No conversion, no validation; NaN is outside.
   *
   * @example
   * ```ts
   * fence.containsPoint(121.4701, 31.2301); // true or false
   * ```
   */
  containsPoint(lon: number, lat: number): boolean {
    return this.shape.locate(lon, lat) !== OUTSIDE;
  }

  /**
   * Exact location of a position (converted into this fence's datum first).
   *
   * @throws {@link GeofenceError} `ERR_GEO_COORDINATE_INVALID`, `ERR_GEO_DATUM_UNKNOWN`.
   * @example
   * ```ts
   * fence.locate({ lon: 121.47, lat: 31.23, datum: 'wgs84' }); // 'inside' | 'boundary' | 'outside'
   * ```
   */
  locate(position: Position): PointLocation {
    const [lon, lat] = this.toFenceDatum(position, 'ERR_GEO_COORDINATE_INVALID');
    return LOCATIONS[this.shape.locate(lon, lat)] as PointLocation;
  }

  /**
   * Accuracy-aware decision: `inside` when the whole accuracy disc lies in the (closed) fence,
   * `outside` when it lies wholly outside, otherwise `uncertain`; with the signed distance.
   *
   * @throws {@link GeofenceError} `ERR_GEO_FIX_INVALID`, `ERR_GEO_DATUM_UNKNOWN`.
   * @example
   * ```ts
   * fence.decide({ lon: 121.47, lat: 31.23, datum: 'wgs84', accuracy: 8 });
   * // { decision: 'uncertain', location: 'inside', signedDistance: -3.2 }
   * ```
   */
  decide(fix: AccuratePosition, margin = 0): FenceDecision {
    const accuracy = fix.accuracy;
    if (typeof accuracy !== 'number' || !(accuracy >= 0) || !Number.isFinite(accuracy)) {
      throw new GeofenceError('ERR_GEO_FIX_INVALID', 'accuracy must be a finite number of metres ≥ 0', {
        details: { accuracy: String(accuracy) },
      });
    }
    const [lon, lat] = this.toFenceDatum(fix, 'ERR_GEO_FIX_INVALID');
    return this.decideAt(lon, lat, accuracy + margin);
  }

  /** @internal {@link Fence.decide} for a point already in this fence's datum. */
  decideAt(lon: number, lat: number, radius: number): FenceDecision {
    const code = this.shape.locate(lon, lat);
    const location = LOCATIONS[code] as PointLocation;
    const distance = code === BOUNDARY ? 0 : this.shape.distance(lon, lat);
    if (code === OUTSIDE) {
      return { decision: distance > radius ? 'outside' : 'uncertain', location, signedDistance: distance };
    }
    return {
      decision: distance >= radius ? 'inside' : 'uncertain',
      location,
      signedDistance: code === BOUNDARY ? 0 : -distance,
    };
  }

  /**
   * Whether the fence applies at an instant (ms since the epoch): always without windows,
   * otherwise when any window contains it.
   *
   * @throws {@link GeofenceError} `ERR_GEO_TIME_INVALID`.
   * @example
   * ```ts
   * fence.isActiveAt(Date.parse('2026-05-01T09:00:00+08:00'));
   * ```
   */
  isActiveAt(time: number): boolean {
    assertTime(time);
    return this.compiledWindows === undefined || this.compiledWindows.some((w) => w.contains(time));
  }

  /**
   * @internal The slab record and cells of a single-ring polygon of at most 32 edges, for an
   * index to read directly; undefined for other fences.
   */
  smallRing(): SlabRing | undefined {
    return this.shape instanceof PolygonShape ? this.shape.smallRing : undefined;
  }

  /** @internal Where the straight segment p0→p1 (fence datum) runs through the fence, if it does. */
  segmentSpan(x0: number, y0: number, x1: number, y1: number): [number, number] | undefined {
    return this.shape.span(x0, y0, x1, y1);
  }

  /** @internal Converts and validates a position into this fence's datum. */
  toFenceDatum(
    position: Position,
    code: 'ERR_GEO_COORDINATE_INVALID' | 'ERR_GEO_FIX_INVALID',
  ): [number, number] {
    if (typeof position !== 'object' || position === null) {
      throw new GeofenceError(code, 'a position is an object { lon, lat, datum }', { details: {} });
    }
    assertDatum(position.datum, 'position.datum');
    assertLonLat(position.lon, position.lat, code);
    return convertPair(position.lon, position.lat, position.datum, this.datum);
  }

  /** The input this fence was created from (JSON-safe). */
  toJSON(): FenceInput {
    return {
      id: this.id,
      datum: this.datum,
      kind: this.kind,
      geometry: this.geometry,
      ...(this.windows === undefined ? {} : { windows: this.windows }),
    };
  }
}

/**
 * Validates a fence and prepares it for fast repeated tests. Invalid input is always a typed
 * error, never a fence that answers wrongly. The input is copied, never mutated.
 *
 * @throws {@link GeofenceError} `ERR_GEO_*` (see the package README).
 * @example
 * ```ts
 * import { createFence } from '@weldcode/geofence';
 *
 * const zone = createFence({
 *   id: 'permit-42',
 *   datum: 'gcj02',
 *   kind: 'allowed',
 *   geometry: { type: 'Circle', center: [121.4737, 31.2304], radius: 50 },
 *   windows: [{ type: 'interval', start: '2026-05-01T08:00:00+08:00', end: '2026-05-01T16:00:00+08:00' }],
 * });
 * ```
 */
export function createFence(input: FenceInput): Fence {
  if (typeof input !== 'object' || input === null) {
    throw new GeofenceError('ERR_GEO_GEOMETRY_UNSUPPORTED', 'a fence is an object', { details: {} });
  }
  if (typeof input.id !== 'string' || input.id.length === 0 || input.id.length > 128) {
    throw new GeofenceError('ERR_GEO_FENCE_ID_INVALID', 'a fence id is a string of 1-128 characters', {
      details: { id: String(input.id) },
    });
  }
  assertDatum(input.datum);
  if (!FENCE_KINDS.includes(input.kind)) {
    throw new GeofenceError('ERR_GEO_KIND_UNKNOWN', 'kind must be allowed or forbidden', {
      details: { kind: String(input.kind) },
    });
  }
  const shape = shapeOf(input.geometry);
  const windows = input.windows === undefined ? undefined : compileWindows(input.windows);
  return new Fence(input, shape, windows);
}
