import { type AreaRule, approx } from '../runner/area-rule';
import type { VectorCase } from '../vectors/vector-file';

/** The geofence area's outcomes (spec/conformance.md §5.4), keyed by the vector's `type`. */
export const geofenceRule: AreaRule = {
  area: 'geofence',
  expectation(vector: VectorCase): unknown {
    const v = vector as VectorCase & Record<string, unknown>;
    const tolerance = v.tolerance as number;
    switch (v.type) {
      case 'locate':
        return { location: v.expected, contains: v.expected !== 'outside' };
      case 'invalid-fence':
      case 'compact-invalid':
        return { error: v.error };
      case 'convert': {
        const { lon, lat } = v.expected as { lon: number; lat: number };
        return { lon: approx(lon, tolerance), lat: approx(lat, tolerance) };
      }
      case 'decide': {
        const expected = v.expected as { decision: string; location: string; signedDistance: number };
        return { ...expected, signedDistance: approx(expected.signedDistance, tolerance) };
      }
      case 'active':
        return { active: v.expected };
      case 'compact':
        return { hex: v.hex, roundTrip: true };
      case 'track':
        return v.compliance === undefined
          ? { events: v.events }
          : { events: v.events, compliance: v.compliance };
      case 'left-site':
        return { alerts: v.alerts };
      case 'remote-scan':
        return { decision: v.expected };
      case 'index':
        return { ids: v.expected };
      default:
        return { unknownVectorType: v.type };
    }
  },
};
