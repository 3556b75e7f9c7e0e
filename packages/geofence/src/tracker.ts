import { assertDatum, assertLonLat, convertPair } from './datum';
import type { Fence } from './fence';
import { FenceTrack, type TrackerEvent } from './fence-track';
import { GeofenceError } from './geofence-error';
import { assertTime } from './time-window';
import { type ResolvedTrackerOptions, resolveTrackerOptions, type TrackerOptions } from './tracker-options';
import type { Datum, Fix } from './types';

/** A fix from one device, as the tracker receives it. */
export interface DeviceFix extends Fix {
  readonly deviceId: string;
  /** The chip replayed it from its offline buffer. */
  readonly backfilled?: boolean;
  /** When the platform received it (ms); used to recognise late fixes. */
  readonly receivedAt?: number;
}

/** What {@link GeofenceTracker.process} did with a fix. */
export interface ProcessResult {
  /** `realtime` fixes raised `events`; `late` ones only feed compliance evaluation. */
  readonly mode: 'realtime' | 'late';
  readonly events: TrackerEvent[];
}

interface DeviceState {
  lastRealtime: number;
  tracks: FenceTrack[];
  /** Every fix, realtime and late, with its arrival order for a stable sort. */
  fixes: DeviceFix[];
}

function checkFix(fix: DeviceFix): void {
  if (
    typeof fix !== 'object' ||
    fix === null ||
    typeof fix.deviceId !== 'string' ||
    fix.deviceId.length === 0
  ) {
    throw new GeofenceError('ERR_GEO_FIX_INVALID', 'a fix needs a deviceId', { details: {} });
  }
  assertDatum(fix.datum, 'fix.datum');
  assertLonLat(fix.lon, fix.lat, 'ERR_GEO_FIX_INVALID');
  assertTime(fix.time);
  if (typeof fix.accuracy !== 'number' || !Number.isFinite(fix.accuracy) || fix.accuracy < 0) {
    throw new GeofenceError('ERR_GEO_FIX_INVALID', 'accuracy must be a finite number of metres ≥ 0', {
      details: { accuracy: String(fix.accuracy) },
    });
  }
}

/** Converts a fix once per datum the fences use. */
function converter(fix: DeviceFix): (datum: Datum) => [number, number] {
  const cache = new Map<Datum, [number, number]>();
  return (datum) => {
    let pair = cache.get(datum);
    if (pair === undefined) {
      pair = convertPair(fix.lon, fix.lat, fix.datum, datum);
      cache.set(datum, pair);
    }
    return pair;
  };
}

/**
 * Tracks devices against fences: one state machine per device and fence with hysteresis,
 * minimum dwell, DWELL and UNCERTAIN events, and crossings inferred between sparse fixes.
 * Only fixes newer than the device's last live fix raise live events; late and backfilled
 * fixes are kept for {@link GeofenceTracker.complianceEvents}, which replays every fix of a
 * device in fix-time order.
 *
 * @example
 * ```ts
 * import { GeofenceTracker } from '@weldcode/geofence';
 *
 * const tracker = new GeofenceTracker([permitZone], { hysteresisMetres: 5, minDwellSeconds: 30 });
 * const { events } = tracker.process({ deviceId: 'chip-1', lon: 121.47, lat: 31.23, datum: 'wgs84', accuracy: 5, time: Date.now() });
 * for (const event of events) console.log(event.type, event.fenceId);
 * ```
 */
export class GeofenceTracker {
  private readonly options: ResolvedTrackerOptions;
  private readonly devices = new Map<string, DeviceState>();

  /** @throws {@link GeofenceError} `ERR_GEO_OPTION_INVALID`. */
  constructor(
    private readonly fences: readonly Fence[],
    options: TrackerOptions = {},
  ) {
    this.options = resolveTrackerOptions(options);
  }

  /**
   * Feeds one fix. Live when newer than the device's last live fix, not backfilled, and
   * received within `lateAfterSeconds`; otherwise late (no events).
   *
   * @throws {@link GeofenceError} `ERR_GEO_FIX_INVALID`, `ERR_GEO_DATUM_UNKNOWN`, `ERR_GEO_TIME_INVALID`.
   */
  process(fix: DeviceFix): ProcessResult {
    checkFix(fix);
    const device = this.device(fix.deviceId);
    device.fixes.push({ ...fix });
    const late =
      fix.backfilled === true ||
      fix.time <= device.lastRealtime ||
      (fix.receivedAt !== undefined && fix.receivedAt - fix.time > this.options.lateAfterSeconds * 1000);
    if (late) return { mode: 'late', events: [] };
    device.lastRealtime = fix.time;
    return { mode: 'realtime', events: this.run(device.tracks, fix) };
  }

  /**
   * Compliance evaluation: every fix of the device (live, late and backfilled) replayed in
   * fix-time order through fresh state machines. Events carry `realtime: false`.
   *
   * @example
   * ```ts
   * const audit = tracker.complianceEvents('chip-1');
   * ```
   */
  complianceEvents(deviceId: string): TrackerEvent[] {
    const device = this.devices.get(deviceId);
    if (device === undefined) return [];
    const tracks = this.fences.map((fence) => new FenceTrack(fence, deviceId, this.options, false));
    const ordered = device.fixes
      .map((fix, i) => ({ fix, i }))
      .sort((a, b) => a.fix.time - b.fix.time || a.i - b.i);
    return ordered.flatMap(({ fix }) => this.run(tracks, fix));
  }

  /**
   * Drops stored fixes with a fix time before `time` (ms) for every device, to bound memory;
   * compliance evaluation then replays only the fixes kept. Live state is not affected.
   *
   * @throws {@link GeofenceError} `ERR_GEO_TIME_INVALID`.
   * @example
   * ```ts
   * tracker.pruneBefore(Date.now() - 7 * 24 * 3600 * 1000); // keep a week for audits
   * ```
   */
  pruneBefore(time: number): void {
    assertTime(time);
    for (const device of this.devices.values()) device.fixes = device.fixes.filter((fix) => fix.time >= time);
  }

  /** The current side of a device for a fence: `unknown`, `inside` or `outside`. */
  stateOf(deviceId: string, fenceId: string): 'unknown' | 'inside' | 'outside' {
    const index = this.fences.findIndex((fence) => fence.id === fenceId);
    return this.devices.get(deviceId)?.tracks[index]?.state ?? 'unknown';
  }

  private device(deviceId: string): DeviceState {
    let device = this.devices.get(deviceId);
    if (device === undefined) {
      device = {
        lastRealtime: Number.NEGATIVE_INFINITY,
        tracks: this.fences.map((fence) => new FenceTrack(fence, deviceId, this.options, true)),
        fixes: [],
      };
      this.devices.set(deviceId, device);
    }
    return device;
  }

  private run(tracks: FenceTrack[], fix: DeviceFix): TrackerEvent[] {
    const at = converter(fix);
    const events: TrackerEvent[] = [];
    tracks.forEach((track, i) => {
      const [x, y] = at((this.fences[i] as Fence).datum);
      events.push(...track.step(x, y, fix.accuracy, fix.time));
    });
    return events;
  }
}
