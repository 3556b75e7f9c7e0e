import { isDeepStrictEqual } from 'node:util';
import type { AreaRule } from '../runner/area-rule';
import type { VectorCase } from '../vectors/vector-file';

interface QrVector extends VectorCase {
  loads?: Array<{ expect: string }>;
  bundle?: unknown;
  base45?: string;
  bytesHex?: string;
  error?: string;
  expect?: { valid: boolean; reason: string; warnings?: string[]; revocation?: string; payload?: unknown };
}

/**
 * The `qr` area (spec/qr.md §13). A testee provisions a verifier with `roots`, loads `loads` in
 * order at `now` (or the step's own `now`), then verifies `input` or the permit `bundle`; it
 * answers `{ loads: [reason...], valid, reason, warnings, revocation, payload? }`. Base45 cases
 * answer `{ base45, bytesHex }` (encode `bytesHex`, decode `base45`) or `{ error }`.
 * Every field the expectation names must match; a testee may answer more.
 */
export const QR_VECTOR_RULE: AreaRule = {
  area: 'qr',
  expectation(vector: VectorCase): unknown {
    const v = vector as QrVector;
    if (v.base45 !== undefined)
      return v.error === undefined ? { base45: v.base45, bytesHex: v.bytesHex } : { error: v.error };
    const loads = (v.loads ?? []).map((step) => step.expect);
    if (v.expect === undefined) return { loads };
    if (v.bundle !== undefined) return { loads, valid: v.expect.valid, reason: v.expect.reason };
    return {
      loads,
      valid: v.expect.valid,
      reason: v.expect.reason,
      warnings: v.expect.warnings ?? [],
      revocation: v.expect.revocation ?? 'unknown',
      ...(v.expect.payload === undefined ? {} : { payload: v.expect.payload }),
    };
  },
  matches(expected: unknown, actual: unknown): boolean {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected as Record<string, unknown>).every(([key, value]) =>
      isDeepStrictEqual(value, (actual as Record<string, unknown>)[key]),
    );
  },
};
