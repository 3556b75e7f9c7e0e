import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFence, type DeviceFix, GeofenceError, GeofenceTracker, type TrackerEvent } from '../src/index';
import { gaussian, seededRandom } from './support/random';
import { METRE_LAT, metreLon as metreLonAt, metreSquare } from './support/scenario';

const lat0 = 31.23;
const metreLat = METRE_LAT;
const metreLon = metreLonAt(lat0);
// A 400 m square whose south edge runs along lat0.
const square = createFence(metreSquare('site', 'wgs84', 'allowed', 121.47, lat0, 400));
const T0 = Date.parse('2026-05-04T08:00:00+08:00');

/** A fix `north` metres from the south edge (negative = outside), `east` metres from its west end. */
function fix(
  seconds: number,
  north: number,
  accuracy = 3,
  east = 200,
  extra: Partial<DeviceFix> = {},
): DeviceFix {
  return {
    deviceId: 'chip-1',
    lon: 121.47 + east * metreLon,
    lat: lat0 + north * metreLat,
    datum: 'wgs84',
    accuracy,
    time: T0 + seconds * 1000,
    ...extra,
  };
}

function feed(tracker: GeofenceTracker, fixes: DeviceFix[]): TrackerEvent[] {
  return fixes.flatMap((f) => tracker.process(f).events);
}

const summary = (events: TrackerEvent[]) =>
  events.map((e) => `${e.type}@${(e.time - T0) / 1000}${e.inferred ? '~' : ''}`);

describe('tracker', () => {
  it('WC-GEO-071: ENTER and EXIT after the minimum dwell, timed at the first fix on the new side', () => {
    const tracker = new GeofenceTracker([square], { minDwellSeconds: 10, hysteresisMetres: 5 });
    const path = [
      fix(0, -50),
      fix(5, -50),
      fix(20, -50),
      fix(30, 50),
      fix(35, 50),
      fix(39, 50),
      fix(40, 50),
      fix(60, -50),
      fix(65, -50),
      fix(70, -50),
    ];
    expect(summary(feed(tracker, path))).toEqual(['ENTER@30', 'EXIT@60']);
    expect(tracker.stateOf('chip-1', 'site')).toBe('outside');
    expect(tracker.stateOf('other', 'site')).toBe('unknown');
  });

  it('WC-GEO-070: hysteresis keeps a device wobbling across the edge from toggling', () => {
    const tracker = new GeofenceTracker([square], { minDwellSeconds: 0, hysteresisMetres: 5 });
    const wobble = [fix(0, 20), ...Array.from({ length: 60 }, (_, i) => fix(i + 1, i % 2 === 0 ? -4 : 4, 0))];
    expect(summary(feed(tracker, wobble))).toEqual(['ENTER@0', 'UNCERTAIN@1']);
    const bare = new GeofenceTracker([square], { minDwellSeconds: 0, hysteresisMetres: 0 });
    expect(feed(bare, wobble).filter((e) => e.type === 'EXIT').length).toBe(30);
  });

  it('WC-GEO-071: a fix back on the old side cancels a pending change; uncertain fixes do not', () => {
    const tracker = new GeofenceTracker([square], { minDwellSeconds: 10, hysteresisMetres: 5 });
    feed(tracker, [fix(0, 50), fix(10, 50)]);
    expect(summary(feed(tracker, [fix(20, -50), fix(25, 50), fix(31, -50)]))).toEqual([]);
    expect(summary(feed(tracker, [fix(35, -2, 10), fix(41, -50)]))).toEqual(['EXIT@31']);
  });

  it('WC-GEO-072: DWELL once per stay', () => {
    const tracker = new GeofenceTracker([square], { minDwellSeconds: 0, dwellSeconds: 60 });
    const stay = Array.from({ length: 10 }, (_, i) => fix(i * 20, 100));
    expect(summary(feed(tracker, stay))).toEqual(['ENTER@0', 'DWELL@60']);
  });

  it('WC-GEO-073: UNCERTAIN once per episode of poor accuracy', () => {
    const tracker = new GeofenceTracker([square], { minDwellSeconds: 10 });
    const foggy = Array.from({ length: 6 }, (_, i) => fix(i * 5, 10, 100));
    expect(
      summary(
        feed(tracker, [...foggy, fix(40, 100), ...foggy.map((f) => ({ ...f, time: f.time + 60_000 }))]),
      ),
    ).toEqual(['UNCERTAIN@0', 'UNCERTAIN@60']);
  });

  it('WC-GEO-074: late, backfilled and out-of-order fixes raise no live events', () => {
    const tracker = new GeofenceTracker([square], { minDwellSeconds: 0, lateAfterSeconds: 60 });
    expect(tracker.process(fix(100, -50)).mode).toBe('realtime');
    expect(tracker.process(fix(50, 50)).mode).toBe('late');
    expect(tracker.process(fix(100, 50)).mode).toBe('late');
    expect(tracker.process(fix(110, 50, 3, 200, { backfilled: true }))).toEqual({ mode: 'late', events: [] });
    expect(tracker.process(fix(120, 50, 3, 200, { receivedAt: T0 + 200_000 }))).toEqual({
      mode: 'late',
      events: [],
    });
    expect(tracker.stateOf('chip-1', 'site')).toBe('outside');
    expect(summary(tracker.process(fix(130, 50, 3, 200, { receivedAt: T0 + 131_000 })).events)).toEqual([
      'ENTER@130',
    ]);
  });

  it('WC-GEO-075: compliance evaluation replays every fix in fix-time order', () => {
    const tracker = new GeofenceTracker([square], { minDwellSeconds: 0 });
    feed(tracker, [fix(0, -50), fix(100, -50)]);
    // The chip was offline and backfills a visit inside at 40-60 s.
    feed(tracker, [
      fix(40, 50, 3, 200, { backfilled: true }),
      fix(60, 50, 3, 200, { backfilled: true }),
      fix(70, -50, 3, 200, { backfilled: true }),
    ]);
    const audit = tracker.complianceEvents('chip-1');
    expect(summary(audit)).toEqual(['ENTER@40', 'EXIT@70']);
    expect(audit.every((e) => !e.realtime)).toBe(true);
    expect(tracker.complianceEvents('nobody')).toEqual([]);
    tracker.pruneBefore(T0 + 65_000);
    expect(summary(tracker.complianceEvents('chip-1'))).toEqual([]);
    expect(() => tracker.pruneBefore(Number.NaN)).toThrow(GeofenceError);
  });

  it('WC-GEO-076: crossings between sparse fixes are inferred with interpolated times', () => {
    const tracker = new GeofenceTracker([square], { minDwellSeconds: 0, sparseGapSeconds: 30 });
    // West of the square at t=0 s, east of it at t=120 s, heading straight through the middle.
    const events = feed(tracker, [fix(0, 200, 3, -100), fix(120, 200, 3, 500)]);
    expect(summary(events)).toEqual(['ENTER@20~', 'EXIT@100~']);
    const dense = new GeofenceTracker([square], { minDwellSeconds: 0, sparseGapSeconds: 300 });
    expect(feed(dense, [fix(0, 200, 3, -100), fix(120, 200, 3, 500)])).toEqual([]);
  });

  it('WC-GEO-077: a fence outside its windows resets and stays silent', () => {
    const permit = createFence({
      ...square.toJSON(),
      id: 'permit',
      windows: [{ type: 'interval', start: '2026-05-04T08:01:00+08:00', end: '2026-05-04T08:02:00+08:00' }],
    });
    const tracker = new GeofenceTracker([permit], { minDwellSeconds: 0 });
    expect(summary(feed(tracker, [fix(0, 50), fix(30, 50), fix(60, 50), fix(90, 50), fix(120, 50)]))).toEqual(
      ['ENTER@60'],
    );
    expect(tracker.stateOf('chip-1', 'permit')).toBe('unknown');
  });

  it('WC-GEO-078: no false EXIT over 24 h at 1 Hz standing 10 m inside with 5 m noise', () => {
    const random = seededRandom(78);
    const tracker = new GeofenceTracker([square]);
    const types: string[] = [];
    let outsideSamples = 0;
    for (let s = 0; s < 86_400; s++) {
      const north = 10 + 5 * gaussian(random);
      const east = 200 + 5 * gaussian(random);
      if (north < 0) outsideSamples++;
      for (const event of tracker.process(fix(s, north, 5, east)).events) types.push(event.type);
    }
    // The noise really does put fixes outside; the tracker must not believe them.
    expect(outsideSamples).toBeGreaterThan(1000);
    expect(types.filter((t) => t === 'EXIT')).toEqual([]);
    expect(types.slice(0, 2)).toEqual(['ENTER', 'DWELL']);
  }, 60_000);

  it('WC-GEO-002 WC-GEO-053: bad fixes and options are typed errors', () => {
    const tracker = new GeofenceTracker([square]);
    expect(() => tracker.process({ ...fix(0, 0), deviceId: '' })).toThrow(GeofenceError);
    expect(() => tracker.process({ ...fix(0, 0), lat: 95 })).toThrow(/latitude/);
    expect(() => tracker.process({ ...fix(0, 0), time: Number.NaN })).toThrow(GeofenceError);
    expect(() => tracker.process({ ...fix(0, 0), accuracy: -1 })).toThrow(GeofenceError);
    expect(() => new GeofenceTracker([square], { hysteresisMetres: -1 })).toThrow(GeofenceError);
  });

  it('WC-GEO-071 WC-GEO-072: any track gives ENTER/EXIT alternating, DWELL only inside, times in order', () => {
    const step = fc.record({
      dt: fc.integer({ min: 1, max: 120 }),
      north: fc.double({ min: -60, max: 60, noNaN: true }),
      accuracy: fc.double({ min: 0, max: 30, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 0, max: 60 }),
        (steps, minDwellSeconds) => {
          const tracker = new GeofenceTracker([square], {
            minDwellSeconds,
            dwellSeconds: 120,
            sparseGapSeconds: 60,
          });
          let t = 0;
          let inside = false;
          for (const { dt, north, accuracy } of steps) {
            t += dt;
            for (const event of tracker.process(fix(t, north, accuracy)).events) {
              expect(event.time).toBeLessThanOrEqual(event.confirmedAt);
              if (event.type === 'ENTER') expect(inside).toBe(false);
              if (event.type === 'EXIT' || event.type === 'DWELL') expect(inside).toBe(true);
              if (event.type === 'ENTER') inside = true;
              if (event.type === 'EXIT') inside = false;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});
