import type { VectorCase } from '../vectors/vector-file';

/**
 * How the vectors profile judges one area's cases (spec/conformance.md section 5): the outcome a
 * correct testee answers for a vector, and how an actual outcome is compared with it.
 */
export interface AreaRule {
  area: string;
  /**
   * The outcome a conforming testee answers for `vector` (with its file's shared `context`).
   * A number that may differ within a tolerance is written with {@link approx}.
   */
  expectation(vector: VectorCase, context: Readonly<Record<string, unknown>>): unknown;
  /** The optional group `vector` belongs to, if any (all-or-nothing, WC-CONF-008). */
  group?(vector: VectorCase): string | undefined;
}

/** A number in an expectation that matches any number within `tolerance` of it. */
export interface Approx {
  $approx: number;
  $tolerance: number;
}

/** An expected number with a tolerance (for example coordinates after a datum conversion). */
export function approx(value: number, tolerance: number): Approx {
  return { $approx: value, $tolerance: tolerance };
}

function isApprox(value: unknown): value is Approx {
  return typeof value === 'object' && value !== null && '$approx' in value && '$tolerance' in value;
}

/**
 * Deep equality of an outcome with an expectation: same keys (in any order), same array order,
 * numbers equal or within an {@link approx} tolerance (WC-CONF-017).
 */
export function outcomeMatches(expected: unknown, actual: unknown): boolean {
  if (isApprox(expected)) {
    return typeof actual === 'number' && Math.abs(actual - expected.$approx) <= expected.$tolerance;
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => outcomeMatches(item, actual[index]))
    );
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const keys = Object.keys(expected).filter(
      (key) => (expected as Record<string, unknown>)[key] !== undefined,
    );
    const actualKeys = Object.keys(actual).filter(
      (key) => (actual as Record<string, unknown>)[key] !== undefined,
    );
    return (
      keys.length === actualKeys.length &&
      keys.every((key) =>
        outcomeMatches((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key]),
      )
    );
  }
  return Object.is(expected, actual);
}
