import { isDeepStrictEqual } from 'node:util';
import {
  convertPosition,
  createFence,
  type Datum,
  decodeCompactFences,
  encodeCompactFences,
  FenceIndex,
  type FenceInput,
  type Fix,
  GeofenceTracker,
  LeftSiteRule,
  type Position,
  remoteScan,
  type TrackerEvent,
  type TrackerOptions,
} from '@weldcode/geofence';
import { errorOutcome } from './error-outcome';

interface TrackFix extends Fix {
  t: number;
  backfilled?: boolean;
  receivedAfter?: number;
}

type GeofenceVector = Record<string, unknown> & { type: string };

const hexBytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));

/** Replays one device's fixes in arrival order; events as seconds after `start`. */
function track(v: GeofenceVector): unknown {
  const tracker = new GeofenceTracker(
    (v.fences as FenceInput[]).map(createFence),
    v.options as TrackerOptions,
  );
  const t0 = Date.parse(v.start as string);
  const toEvent = (e: TrackerEvent) => ({
    type: e.type,
    fenceId: e.fenceId,
    t: (e.time - t0) / 1000,
    inferred: e.inferred,
  });
  const events = (v.fixes as TrackFix[]).flatMap((f) =>
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
  if (v.compliance === undefined) return { events };
  return { events, compliance: tracker.complianceEvents('chip').map(toEvent) };
}

function leftSite(v: GeofenceVector): unknown {
  const rule = new LeftSiteRule({
    site: createFence(v.fence as FenceInput),
    minSeconds: v.minSeconds as number,
    minMetres: v.minMetres as number,
  });
  const t0 = Date.parse(v.start as string);
  const alerts = (v.fixes as TrackFix[]).flatMap((f) => {
    const alert = rule.process({
      lon: f.lon,
      lat: f.lat,
      datum: f.datum,
      accuracy: f.accuracy,
      time: t0 + f.t * 1000,
    });
    return alert === undefined ? [] : [{ since: (alert.since - t0) / 1000, t: (alert.time - t0) / 1000 }];
  });
  return { alerts };
}

/** The geofence area of our testee (spec/conformance.md §5.4), run on @weldcode/geofence. */
export function geofenceOutcome(v: GeofenceVector): unknown {
  switch (v.type) {
    case 'locate': {
      const fence = createFence(v.fence as FenceInput);
      const point = v.point as Position;
      const location = fence.locate(point);
      return { location, contains: fence.containsPoint(point.lon, point.lat) };
    }
    case 'invalid-fence':
      return errorOutcome(() => createFence(v.fence as FenceInput));
    case 'convert': {
      const { lon, lat } = convertPosition(v.from as Position, v.to as Datum);
      return { lon, lat };
    }
    case 'decide': {
      const { decision, location, signedDistance } = createFence(v.fence as FenceInput).decide(v.fix as Fix);
      return { decision, location, signedDistance };
    }
    case 'active':
      return { active: createFence(v.fence as FenceInput).isActiveAt(Date.parse(v.time as string)) };
    case 'compact': {
      const fences = (v.fences as FenceInput[]).map(createFence);
      const hex = Buffer.from(encodeCompactFences(fences)).toString('hex');
      const decoded = decodeCompactFences(hexBytes(v.hex as string)).map((fence) => fence.toJSON());
      return {
        hex,
        roundTrip: isDeepStrictEqual(
          decoded,
          fences.map((fence) => fence.toJSON()),
        ),
      };
    }
    case 'compact-invalid':
      return errorOutcome(() => decodeCompactFences(hexBytes(v.hex as string)));
    case 'track':
      return track(v);
    case 'left-site':
      return leftSite(v);
    case 'remote-scan':
      return { decision: remoteScan(v.phone as Fix, v.chip as Fix, v.maxMetres as number).decision };
    case 'index': {
      const index = new FenceIndex((v.fences as FenceInput[]).map(createFence));
      const time = v.time === undefined ? undefined : Date.parse(v.time as string);
      return {
        ids: index
          .query(v.point as Position, time)
          .map((fence) => fence.id)
          .sort(),
      };
    }
    default:
      return undefined;
  }
}
