import { isDeepStrictEqual } from 'node:util';
import type { VectorCase } from '../vectors/vector-file';

/**
 * How the vectors profile judges one area's cases (spec/conformance.md section 5): the outcome a
 * correct testee answers for a vector, and how an actual outcome is compared with it.
 */
export interface AreaRule {
  area: string;
  /** The outcome a conforming testee answers for `vector` (with its file's shared `context`). */
  expectation(vector: VectorCase, context: Readonly<Record<string, unknown>>): unknown;
  /** Whether `actual` satisfies `expected`; deep equality when absent. */
  matches?(expected: unknown, actual: unknown): boolean;
  /** The optional group `vector` belongs to, if any (all-or-nothing, WC-CONF-008). */
  group?(vector: VectorCase): string | undefined;
}

/** Compares with the rule's own `matches`, or deep equality. */
export function outcomeMatches(rule: AreaRule, expected: unknown, actual: unknown): boolean {
  return rule.matches ? rule.matches(expected, actual) : isDeepStrictEqual(expected, actual);
}
