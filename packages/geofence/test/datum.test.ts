import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { convertPosition, type Datum, distanceMetres, GeofenceError, isInChinaBox } from '../src/index';
import { seededRandom } from './support/random';

const random = seededRandom(2026);
/** Points across mainland China's box, plus a few of its edges. */
const chinaPoints = Array.from({ length: 100_000 }, () => [73 + random() * 62, 18 + random() * 35] as const);

describe('datums', () => {
  it('WC-GEO-003 WC-GEO-005: forward conversions agree with gcoord within 1e-9 degrees', () => {
    let worst = 0;
    for (const [lon, lat] of chinaPoints.slice(0, 20_000)) {
      const gcj = convertPosition({ lon, lat, datum: 'wgs84' }, 'gcj02');
      const bd = convertPosition({ lon, lat, datum: 'wgs84' }, 'bd09');
      const refGcj = gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02) as number[];
      const refBd = gcoord.transform([lon, lat], gcoord.WGS84, gcoord.BD09) as number[];
      worst = Math.max(
        worst,
        Math.abs(gcj.lon - (refGcj[0] as number)),
        Math.abs(gcj.lat - (refGcj[1] as number)),
        Math.abs(bd.lon - (refBd[0] as number)),
        Math.abs(bd.lat - (refBd[1] as number)),
      );
    }
    expect(worst).toBeLessThanOrEqual(1e-9);
  }, 60_000);

  it('WC-GEO-006: inverse conversions round-trip within 1 mm over 100k points across China', () => {
    let worst = 0;
    for (const [lon, lat] of chinaPoints) {
      for (const datum of ['gcj02', 'bd09'] as Datum[]) {
        const there = convertPosition({ lon, lat, datum: 'wgs84' }, datum);
        const back = convertPosition(there, 'wgs84');
        worst = Math.max(worst, distanceMetres(lon, lat, back.lon, back.lat));
      }
    }
    expect(worst).toBeLessThanOrEqual(0.001);
  }, 60_000);

  it('WC-GEO-004: outside the China box GCJ-02 equals WGS-84 both ways, BD-09 still shifts', () => {
    for (const [lon, lat] of [
      [2.35, 48.85],
      [-74, 40.7],
      [139.69, 35.68],
      [72.003, 30],
    ] as const) {
      expect(isInChinaBox(lon, lat)).toBe(false);
      expect(convertPosition({ lon, lat, datum: 'wgs84' }, 'gcj02')).toEqual({ lon, lat, datum: 'gcj02' });
      expect(convertPosition({ lon, lat, datum: 'gcj02' }, 'wgs84')).toEqual({ lon, lat, datum: 'wgs84' });
      expect(convertPosition({ lon, lat, datum: 'gcj02' }, 'bd09').lon).not.toBe(lon);
    }
    expect(isInChinaBox(72.004, 0.8293)).toBe(true);
    expect(isInChinaBox(137.8347, 55.8271)).toBe(true);
  });

  it('WC-GEO-003: the GCJ-02 offset in Shanghai is hundreds of metres, BD-09 over a kilometre', () => {
    const wgs = { lon: 121.4737, lat: 31.2304, datum: 'wgs84' } as const;
    const gcj = convertPosition(wgs, 'gcj02');
    const bd = convertPosition(wgs, 'bd09');
    expect(distanceMetres(wgs.lon, wgs.lat, gcj.lon, gcj.lat)).toBeGreaterThan(300);
    expect(distanceMetres(wgs.lon, wgs.lat, bd.lon, bd.lat)).toBeGreaterThan(1000);
  });

  it('WC-GEO-007: never mutates its input and returns a new object', () => {
    const input = Object.freeze({ lon: 116.39, lat: 39.91, datum: 'bd09' as const });
    const output = convertPosition(input, 'wgs84');
    expect(output).not.toBe(input);
    expect(input).toEqual({ lon: 116.39, lat: 39.91, datum: 'bd09' });
    expect(convertPosition(input, 'bd09')).toEqual(input);
  });

  it('WC-GEO-001 WC-GEO-002: unknown datums and bad coordinates are typed errors', () => {
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof GeofenceError ? error.code : 'untyped';
      }
      return 'none';
    };
    expect(codes(() => convertPosition({ lon: 1, lat: 2, datum: 'cgcs2000' as Datum }, 'wgs84'))).toBe(
      'ERR_GEO_DATUM_UNKNOWN',
    );
    expect(codes(() => convertPosition({ lon: 1, lat: 2, datum: 'wgs84' }, 'utm' as Datum))).toBe(
      'ERR_GEO_DATUM_UNKNOWN',
    );
    expect(codes(() => convertPosition({ lon: Number.NaN, lat: 2, datum: 'wgs84' }, 'gcj02'))).toBe(
      'ERR_GEO_COORDINATE_INVALID',
    );
    expect(codes(() => convertPosition({ lon: 181, lat: 2, datum: 'wgs84' }, 'gcj02'))).toBe(
      'ERR_GEO_COORDINATE_INVALID',
    );
    expect(codes(() => convertPosition({ lon: 1, lat: -90.5, datum: 'wgs84' }, 'gcj02'))).toBe(
      'ERR_GEO_COORDINATE_INVALID',
    );
  });
});
