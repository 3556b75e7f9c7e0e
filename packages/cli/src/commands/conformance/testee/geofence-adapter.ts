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
  type Position,
  type ReplayFix,
  remoteScan,
  replayLeftSite,
  replayTrack,
  type TrackerOptions,
} from '@weldcode/geofence';
import { errorOutcome } from './error-outcome';

type GeofenceVector = Record<string, unknown> & { type: string };

const hexBytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));

/** Replays one device's fixes in arrival order; events as seconds after `start`. */
function track(v: GeofenceVector): unknown {
  const { events, compliance } = replayTrack(
    v.fences as FenceInput[],
    v.options as TrackerOptions,
    v.start as string,
    v.fixes as ReplayFix[],
  );
  return v.compliance === undefined ? { events } : { events, compliance };
}

function leftSite(v: GeofenceVector): unknown {
  const alerts = replayLeftSite(
    v.fence as FenceInput,
    v.minSeconds as number,
    v.minMetres as number,
    v.start as string,
    v.fixes as ReplayFix[],
  );
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
