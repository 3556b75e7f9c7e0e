import { describe, expect, it } from 'vitest';
import { convertPosition, createFence, distanceMetres, GeofenceError } from '../src/index';
import { METRE_LAT, metreLon, metreSquare } from './support/scenario';

// A 200 m × 200 m square drawn on Amap (GCJ-02) in Shanghai.
const lat0 = 31.23;
const dLon = 200 * metreLon(lat0);
const dLat = 200 * METRE_LAT;
const zone = createFence(metreSquare('permit', 'gcj02', 'allowed', 121.47, lat0, 200));
const metreLat = METRE_LAT;
const centreLon = 121.47 + dLon / 2;

function atMetresFromSouthEdge(metres: number, accuracy: number) {
  return { lon: centreLon, lat: lat0 + metres * metreLat, datum: 'gcj02' as const, accuracy };
}

describe('accuracy-aware decisions', () => {
  it('WC-GEO-040: signed distance is negative inside, positive outside, 0 on the boundary', () => {
    const inside = zone.decide(atMetresFromSouthEdge(10, 0));
    const outside = zone.decide(atMetresFromSouthEdge(-10, 0));
    const on = zone.decide(atMetresFromSouthEdge(0, 0));
    expect(inside.signedDistance).toBeCloseTo(-10, 1);
    expect(outside.signedDistance).toBeCloseTo(10, 1);
    expect(on).toEqual({ decision: 'inside', location: 'boundary', signedDistance: 0 });
  });

  it('WC-GEO-041: inside / uncertain / outside by the accuracy disc', () => {
    expect(zone.decide(atMetresFromSouthEdge(10, 5)).decision).toBe('inside');
    expect(zone.decide(atMetresFromSouthEdge(10, 15)).decision).toBe('uncertain');
    expect(zone.decide(atMetresFromSouthEdge(-10, 5)).decision).toBe('outside');
    expect(zone.decide(atMetresFromSouthEdge(-10, 15)).decision).toBe('uncertain');
    expect(zone.decide(atMetresFromSouthEdge(10, 5), 6).decision).toBe('uncertain');
    // r = 0 is the plain point test.
    expect(zone.decide(atMetresFromSouthEdge(0.01, 0)).decision).toBe('inside');
    expect(zone.decide(atMetresFromSouthEdge(-0.01, 0)).decision).toBe('outside');
  });

  it('WC-GEO-040: circle distances are |haversine − radius|', () => {
    const circle = createFence({
      id: 'c',
      datum: 'wgs84',
      kind: 'forbidden',
      geometry: { type: 'Circle', center: [121.47, 31.23], radius: 50 },
    });
    const d = circle.decide({ lon: 121.47, lat: 31.23 + 80 * metreLat, datum: 'wgs84', accuracy: 20 });
    expect(d.decision).toBe('outside');
    expect(d.signedDistance).toBeCloseTo(
      distanceMetres(121.47, 31.23, 121.47, 31.23 + 80 * metreLat) - 50,
      9,
    );
  });

  it('WC-GEO-008: a WGS-84 fix is converted into the fence datum, not the other way round', () => {
    const gcjCentre = { lon: centreLon, lat: lat0 + dLat / 2, datum: 'gcj02' as const };
    const wgsCentre = convertPosition(gcjCentre, 'wgs84');
    expect(zone.decide({ ...wgsCentre, accuracy: 10 }).decision).toBe('inside');
    // The same numbers read as if they were GCJ-02 land hundreds of metres away.
    expect(zone.decide({ ...wgsCentre, datum: 'gcj02', accuracy: 10 }).decision).toBe('outside');
  });

  it('WC-GEO-042: bad accuracies are typed errors', () => {
    for (const accuracy of [-1, Number.NaN, Number.POSITIVE_INFINITY, '5' as unknown as number]) {
      expect(() => zone.decide(atMetresFromSouthEdge(10, accuracy))).toThrow(GeofenceError);
    }
    expect(() => zone.decide({ lon: 500, lat: 0, datum: 'wgs84', accuracy: 1 })).toThrow(/longitude/);
  });
});
