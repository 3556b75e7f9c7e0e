import type { AreaRule } from '../runner/area-rule';
import type { VectorCase } from '../vectors/vector-file';

/** The credentials area's outcomes (spec/conformance.md §5.3), keyed by the vector's `kind`. */
export const credentialsRule: AreaRule = {
  area: 'credentials',
  expectation(vector: VectorCase): unknown {
    const v = vector as VectorCase & Record<string, unknown>;
    switch (v.kind) {
      case 'verify':
        return { verdict: v.expected };
      case 'error':
        return { error: v.errorCode };
      case 'id-number':
        return {
          valid: v.valid,
          ...(v.valid ? { normalized: v.normalized } : { problem: v.problem }),
          masked: v.masked,
          ...(v.hash === undefined ? {} : { hash: v.hash }),
          ...(v.codeHash === undefined ? {} : { codeHash: v.codeHash }),
        };
      case 'reverify':
        return { report: v.expected };
      case 'policy':
        return { error: v.valid ? null : v.errorCode };
      default:
        return { unknownVectorKind: v.kind };
    }
  },
};
