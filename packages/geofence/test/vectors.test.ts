import { loadVectors, type VectorCase } from '@weldcode/conformance';
import { describe, expect, it } from 'vitest';
import {
  convertPosition,
  createFence,
  type Datum,
  decodeCompactFences,
  encodeCompactFences,
  FenceIndex,
  type FenceInput,
  GeofenceError,
  type ReplayFix,
  remoteScan,
  replayLeftSite,
  replayTrack,
  type TrackerOptions,
} from '../src/index';

interface Position {
  lon: number;
  lat: number;
  datum: Datum;
}
interface AccurateFix extends Position {
  accuracy: number;
}
type TrackFix = ReplayFix;
interface GeoCase extends VectorCase {
  type: string;
  fence?: FenceInput;
  fences?: FenceInput[];
  point?: Position;
  fix?: AccurateFix;
  from?: Position;
  to?: Datum;
  expected?: unknown;
  tolerance?: number;
  error?: string;
  time?: string;
  hex?: string;
  options?: TrackerOptions;
  start?: string;
  fixes?: TrackFix[];
  events?: unknown[];
  compliance?: unknown[];
  minSeconds?: number;
  minMetres?: number;
  alerts?: unknown[];
  phone?: AccurateFix;
  chip?: AccurateFix;
  maxMetres?: number;
}

const vectors = loadVectors<GeoCase>('geofence');
const bytes = (hex: string) => Uint8Array.from(Buffer.from(hex, 'hex'));

function errorCode(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (error) {
    return error instanceof GeofenceError ? error.code : 'untyped';
  }
}

const runners: Record<string, (v: GeoCase) => void> = {
  locate: (v) => {
    const fence = createFence(v.fence as FenceInput);
    const point = v.point as Position;
    expect(fence.locate(point)).toBe(v.expected);
    expect(fence.containsPoint(point.lon, point.lat)).toBe(v.expected !== 'outside');
  },
  'invalid-fence': (v) => expect(errorCode(() => createFence(v.fence as FenceInput))).toBe(v.error),
  convert: (v) => {
    const result = convertPosition(v.from as Position, v.to as Datum);
    const expected = v.expected as { lon: number; lat: number };
    expect(Math.abs(result.lon - expected.lon)).toBeLessThanOrEqual(v.tolerance as number);
    expect(Math.abs(result.lat - expected.lat)).toBeLessThanOrEqual(v.tolerance as number);
  },
  decide: (v) => {
    const result = createFence(v.fence as FenceInput).decide(v.fix as AccurateFix);
    const expected = v.expected as { decision: string; location: string; signedDistance: number };
    expect(result.decision).toBe(expected.decision);
    expect(result.location).toBe(expected.location);
    expect(Math.abs(result.signedDistance - expected.signedDistance)).toBeLessThanOrEqual(
      v.tolerance as number,
    );
  },
  active: (v) =>
    expect(createFence(v.fence as FenceInput).isActiveAt(Date.parse(v.time as string))).toBe(v.expected),
  compact: (v) => {
    const fences = (v.fences ?? []).map(createFence);
    expect(Buffer.from(encodeCompactFences(fences)).toString('hex')).toBe(v.hex);
    expect(decodeCompactFences(bytes(v.hex as string)).map((f) => f.toJSON())).toEqual(
      fences.map((f) => f.toJSON()),
    );
  },
  'compact-invalid': (v) =>
    expect(errorCode(() => decodeCompactFences(bytes(v.hex as string)))).toBe(v.error),
  track: (v) => {
    const { events, compliance } = replayTrack(v.fences ?? [], v.options, v.start as string, v.fixes ?? []);
    expect(events).toEqual(v.events);
    if (v.compliance !== undefined) expect(compliance).toEqual(v.compliance);
  },
  'left-site': (v) => {
    const alerts = replayLeftSite(
      v.fence as FenceInput,
      v.minSeconds as number,
      v.minMetres as number,
      v.start as string,
      v.fixes ?? [],
    );
    expect(alerts).toEqual(v.alerts);
  },
  'remote-scan': (v) =>
    expect(remoteScan(v.phone as AccurateFix, v.chip as AccurateFix, v.maxMetres as number).decision).toBe(
      v.expected,
    ),
  index: (v) => {
    const index = new FenceIndex((v.fences ?? []).map(createFence));
    const hits = index.query(v.point as Position, v.time === undefined ? undefined : Date.parse(v.time));
    expect(hits.map((f) => f.id).sort()).toEqual(v.expected);
  },
};

describe('geofence vectors', () => {
  it('cover every kind of case, at least 60 in all', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(vectors.map((v) => v.type))).toEqual(new Set(Object.keys(runners)));
  });

  it.each(vectors.map((v) => [`${v.id} (${v.requirements.join(' ')})`, v] as const))('%s', (_title, v) => {
    const run = runners[v.type];
    expect(run).toBeDefined();
    run?.(v);
  });
});
