import type { AreaRule } from '../runner/area-rule';
import type { VectorCase } from '../vectors/vector-file';

interface QrVector extends VectorCase {
  bytesHex?: string;
  base45?: string;
  error?: string;
  input?: string;
  bundle?: unknown;
  loads?: { expect: string }[];
  expect?: { valid: boolean; reason: string; [field: string]: unknown };
}

/** The qr area's outcomes (spec/conformance.md §5.2). */
export const qrRule: AreaRule = {
  area: 'qr',
  expectation(vector: VectorCase): unknown {
    const v = vector as QrVector;
    if (v.base45 !== undefined && v.input === undefined) {
      return v.error === undefined ? { bytesHex: v.bytesHex, base45: v.base45 } : { error: v.error };
    }
    const loads = (v.loads ?? []).map((step) => step.expect);
    if (v.expect === undefined) return { loads };
    if (v.bundle !== undefined) return { loads, bundle: { valid: v.expect.valid, reason: v.expect.reason } };
    return { loads, result: { warnings: [], revocation: 'unknown', ...v.expect } };
  },
};
