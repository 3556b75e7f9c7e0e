import { describe, expect, it } from 'vitest';
import { convertPosition, createFence, GeofenceError, LeftSiteRule, remoteScan } from '../src/index';

const metreLat = 1 / 111195.08;
const site = createFence({
  id: 'yard',
  datum: 'wgs84',
  kind: 'allowed',
  geometry: { type: 'Circle', center: [121.47, 31.23], radius: 100 },
});
const T0 = Date.parse('2026-05-04T08:00:00+08:00');
/** A fix `beyond` metres outside the yard's boundary (north of it). */
const away = (seconds: number, beyond: number, accuracy = 10) => ({
  lon: 121.47,
  lat: 31.23 + (100 + beyond) * metreLat,
  datum: 'wgs84' as const,
  accuracy,
  time: T0 + seconds * 1000,
});

describe('composite rules', () => {
  it('WC-GEO-080: left registered site after T seconds at least D metres away, once per excursion', () => {
    const rule = new LeftSiteRule({ site, minSeconds: 600, minMetres: 200 });
    expect(rule.process(away(0, 300))).toBeUndefined();
    expect(rule.process(away(300, 300))).toBeUndefined();
    const alert = rule.process(away(600, 300));
    expect(alert).toMatchObject({ siteId: 'yard', since: T0, time: T0 + 600_000 });
    expect(alert?.signedDistance).toBeCloseTo(300, 0);
    expect(rule.process(away(900, 300))).toBeUndefined();
    expect(rule.process(away(899, -50))).toBeUndefined(); // older: ignored, does not re-arm
    expect(rule.process(away(1000, -50))).toBeUndefined(); // back on site: re-armed
    expect(rule.process(away(1100, 300))).toBeUndefined();
    expect(rule.process(away(1700, 300))).toMatchObject({ since: T0 + 1_100_000 });
  });

  it('WC-GEO-080: accuracy counts against the distance, and a near fix restarts the clock', () => {
    const rule = new LeftSiteRule({ site, minSeconds: 60, minMetres: 200 });
    expect(rule.process(away(0, 250, 100))).toBeUndefined();
    expect(rule.process(away(100, 250, 100))).toBeUndefined(); // 250 − 100 < 200: never far enough
    expect(rule.process(away(200, 250, 10))).toBeUndefined();
    expect(rule.process(away(230, 150, 10))).toBeUndefined();
    expect(rule.process(away(260, 250, 10))).toBeUndefined();
    expect(rule.process(away(320, 250, 10))).toMatchObject({ since: T0 + 260_000 });
    expect(() => new LeftSiteRule({ site, minSeconds: -1, minMetres: 0 })).toThrow(GeofenceError);
  });

  it('WC-GEO-081: remote scan compares the distance with D given both accuracies, across datums', () => {
    const chip = { lon: 121.47, lat: 31.23, datum: 'wgs84' as const, accuracy: 5 };
    const phoneAt = (metres: number, accuracy: number) => ({
      ...convertPosition({ lon: 121.47, lat: 31.23 + metres * metreLat, datum: 'wgs84' }, 'gcj02'),
      accuracy,
    });
    expect(remoteScan(phoneAt(300, 15), chip, 100).decision).toBe('remote');
    expect(remoteScan(phoneAt(110, 15), chip, 100).decision).toBe('uncertain');
    expect(remoteScan(phoneAt(20, 15), chip, 100).decision).toBe('near');
    expect(remoteScan(phoneAt(80, 15), chip, 100).decision).toBe('uncertain');
    expect(remoteScan(phoneAt(300, 15), chip, 100).distance).toBeCloseTo(300, 0);
    // Unconverted, the GCJ-02 phone would look hundreds of metres away.
    expect(remoteScan({ ...phoneAt(20, 15), datum: 'wgs84' }, chip, 100).decision).toBe('remote');
    expect(() => remoteScan({ ...chip, accuracy: -1 }, chip, 100)).toThrow(GeofenceError);
    expect(() => remoteScan(chip, chip, Number.NaN)).toThrow(GeofenceError);
  });
});
