/**
 * Geofences for weldcode: GeoJSON and circle fences drawn in WGS-84, GCJ-02 or BD-09, exact point
 * tests with one boundary rule, accuracy-aware decisions, enter/exit/dwell tracking, composite
 * rules and a flatbush index over many fences. Normative text: `spec/geofence.md`.
 *
 * @packageDocumentation
 * @module @weldcode/geofence
 */
export {
  COMPACT_VERSION,
  decodeCompactFences,
  encodeCompactFences,
  toMicrodegrees,
} from './compact-fence';
export {
  type LeftSiteAlert,
  type LeftSiteOptions,
  LeftSiteRule,
  type RemoteScanResult,
  remoteScan,
} from './composite-rules';
export { convertPosition, isInChinaBox } from './datum';
export { distanceMetres, EARTH_RADIUS_M } from './distance';
export {
  type AccuratePosition,
  createFence,
  Fence,
  type FenceDecision,
  type FenceInput,
  MAX_CIRCLE_RADIUS_M,
} from './fence';
export { FenceIndex } from './fence-index';
export type { TrackerEvent, TrackerEventType } from './fence-track';
export { GeofenceError, type GeofenceErrorCode } from './geofence-error';
export type {
  CircleGeometry,
  FenceGeometry,
  MultiPolygonGeometry,
  PolygonGeometry,
} from './geometry';
export {
  type ReplayAlert,
  type ReplayEvent,
  type ReplayFix,
  replayLeftSite,
  replayTrack,
} from './replay';
export type { DailyWindow, IntervalWindow, TimeWindow } from './time-window';
export { type DeviceFix, GeofenceTracker, type ProcessResult } from './tracker';
export type { TrackerOptions } from './tracker-options';
export type { BBox, Datum, Decision, FenceKind, Fix, PointLocation, Position } from './types';
