import { LeftSiteRule } from './composite-rules';
import { createFence, type FenceInput } from './fence';
import type { TrackerEvent, TrackerEventType } from './fence-track';
import { GeofenceTracker } from './tracker';
import type { TrackerOptions } from './tracker-options';
import type { Datum } from './types';

/** A fix of a replayed track, timed in seconds after the replay's start (as vectors record it). */
export interface ReplayFix {
  /** Seconds after the start. */
  readonly t: number;
  readonly lon: number;
  readonly lat: number;
  readonly datum: Datum;
  /** Accuracy radius in metres. */
  readonly accuracy: number;
  readonly backfilled?: boolean;
  /** Seconds between the fix time and its reception (late fixes); omitted = received at once. */
  readonly receivedAfter?: number;
}

/** A tracker event of a replay, timed in seconds after the start. */
export interface ReplayEvent {
  readonly type: TrackerEventType;
  readonly fenceId: string;
  readonly t: number;
  readonly inferred: boolean;
}

/** A left-site alert of a replay, in seconds after the start. */
export interface ReplayAlert {
  readonly since: number;
  readonly t: number;
}

/**
 * Replays one device's fixes, in the given (arrival) order, through a fresh
 * {@link GeofenceTracker}: the live events, then the compliance evaluation of all fixes. Times
 * in and out are seconds after `start` (an RFC 3339 instant), the form the conformance vectors
 * use; the vector tests, the vector generator and the CLI's conformance testee all replay
 * tracks with it.
 *
 * @throws {@link GeofenceError} as {@link createFence} and {@link GeofenceTracker.process} do.
 * @example
 * ```ts
 * import { replayTrack } from '@weldcode/geofence';
 *
 * const { events, compliance } = replayTrack([site], { minDwellSeconds: 10 }, '2026-05-18T08:00:00+08:00', [
 *   { t: 0, lon: 121.4601, lat: 30.9131, datum: 'wgs84', accuracy: 5 },
 *   { t: 30, lon: 121.4601, lat: 30.9131, datum: 'wgs84', accuracy: 5 },
 * ]);
 * // events: [{ type: 'ENTER', fenceId: 'site', t: 0, inferred: false }] when the fixes are inside
 * ```
 */
export function replayTrack(
  fences: readonly FenceInput[],
  options: TrackerOptions | undefined,
  start: string,
  fixes: readonly ReplayFix[],
): { events: ReplayEvent[]; compliance: ReplayEvent[] } {
  const tracker = new GeofenceTracker(fences.map(createFence), options);
  const t0 = Date.parse(start);
  const toEvent = (e: TrackerEvent): ReplayEvent => ({
    type: e.type,
    fenceId: e.fenceId,
    t: (e.time - t0) / 1000,
    inferred: e.inferred,
  });
  const events = fixes.flatMap((f) =>
    tracker
      .process({
        deviceId: 'chip',
        lon: f.lon,
        lat: f.lat,
        datum: f.datum,
        accuracy: f.accuracy,
        time: t0 + f.t * 1000,
        ...(f.backfilled === undefined ? {} : { backfilled: f.backfilled }),
        ...(f.receivedAfter === undefined ? {} : { receivedAt: t0 + (f.t + f.receivedAfter) * 1000 }),
      })
      .events.map(toEvent),
  );
  return { events, compliance: tracker.complianceEvents('chip').map(toEvent) };
}

/**
 * Replays fixes through a fresh "left registered site" rule ({@link LeftSiteRule}); alerts and
 * fix times in seconds after `start`, as in {@link replayTrack}.
 *
 * @throws {@link GeofenceError} as {@link createFence} and {@link LeftSiteRule} do.
 * @example
 * ```ts
 * import { replayLeftSite } from '@weldcode/geofence';
 *
 * replayLeftSite(yard, 600, 200, '2026-05-18T08:00:00+08:00', fixes); // [{ since: 120, t: 720 }]
 * ```
 */
export function replayLeftSite(
  site: FenceInput,
  minSeconds: number,
  minMetres: number,
  start: string,
  fixes: readonly ReplayFix[],
): ReplayAlert[] {
  const rule = new LeftSiteRule({ site: createFence(site), minSeconds, minMetres });
  const t0 = Date.parse(start);
  return fixes.flatMap((f) => {
    const alert = rule.process({
      lon: f.lon,
      lat: f.lat,
      datum: f.datum,
      accuracy: f.accuracy,
      time: t0 + f.t * 1000,
    });
    return alert === undefined ? [] : [{ since: (alert.since - t0) / 1000, t: (alert.time - t0) / 1000 }];
  });
}
