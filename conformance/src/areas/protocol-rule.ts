import type { AreaRule } from '../runner/area-rule';
import type { VectorCase } from '../vectors/vector-file';

/** The protocol area's outcomes (spec/conformance.md §5.1), keyed by the vector's `type`. */
export const protocolRule: AreaRule = {
  area: 'protocol',
  expectation(vector: VectorCase): unknown {
    const v = vector as VectorCase & Record<string, unknown>;
    switch (v.type) {
      case 'envelope':
        return v.canonical ? { json: v.json, hex: v.hex } : { json: v.json };
      case 'envelope-error':
      case 'frame-error':
        return { error: v.error };
      case 'frame':
        return { envelopeHex: v.envelopeHex, hex: v.hex };
      case 'directive':
        return { result: v.expect };
      case 'session':
        return {
          challenge: v.challenge,
          authResult: v.authResult,
          authStatus: v.authStatus,
          uplinks: (v.uplinks as { outcomes: string[] }[]).map((uplink) => uplink.outcomes),
        };
      default:
        return { unknownVectorType: v.type };
    }
  },
};
