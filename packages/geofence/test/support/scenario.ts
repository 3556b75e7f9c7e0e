import {
  createFence,
  type Datum,
  type FenceInput,
  type FenceKind,
  GeofenceTracker,
  LeftSiteRule,
  type TrackerEvent,
  type TrackerOptions,
} from '../../src/index';

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

/** A fix of a track case: `t` seconds after the case's start. */
export interface ScenarioFix {
  t: number;
  lon: number;
  lat: number;
  datum: Datum;
  accuracy: number;
  backfilled?: boolean;
  /** Seconds between the fix time and its reception. */
  receivedAfter?: number;
}

/** An event as vectors record it: seconds after the start. */
export interface ScenarioEvent {
  type: string;
  fenceId: string;
  t: number;
  inferred: boolean;
}

/** Replays one device's fixes in arrival order: live events, then the compliance evaluation. */
export function replayTrack(
  fences: FenceInput[],
  options: TrackerOptions | undefined,
  start: string,
  fixes: ScenarioFix[],
): { events: ScenarioEvent[]; compliance: ScenarioEvent[] } {
  const tracker = new GeofenceTracker(fences.map(createFence), options);
  const t0 = Date.parse(start);
  const toEvent = (e: TrackerEvent): ScenarioEvent => ({
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

/** Replays fixes through a left-registered-site rule; alerts as seconds after the start. */
export function replayLeftSite(
  site: FenceInput,
  minSeconds: number,
  minMetres: number,
  start: string,
  fixes: ScenarioFix[],
): { since: number; t: number }[] {
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
