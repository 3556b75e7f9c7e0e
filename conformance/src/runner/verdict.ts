/** The runner's judgement of one case (WC-CONF-007 to WC-CONF-009). */
export type Verdict = 'pass' | 'fail' | 'error' | 'skip' | 'xfail' | 'xpass';

/** One case's result, as recorded in reports (WC-CONF-011). */
export interface CaseResult {
  id: string;
  area: string;
  description: string;
  requirements: string[];
  verdict: Verdict;
  /** Why the case did not pass: an `ERR_*` code and message, a skip reason, an expectation note. */
  reason?: string;
  expected?: unknown;
  actual?: unknown;
  durationMs: number;
}

/** Counts of each verdict. */
export type VerdictCounts = Record<Verdict, number>;

/** Verdicts that make a run fail (WC-CONF-010). */
export const FAILING_VERDICTS: readonly Verdict[] = ['fail', 'error', 'xpass'];

/** Counts the verdicts of `results`. */
export function countVerdicts(results: readonly CaseResult[]): VerdictCounts {
  const counts: VerdictCounts = { pass: 0, fail: 0, error: 0, skip: 0, xfail: 0, xpass: 0 };
  for (const result of results) counts[result.verdict] += 1;
  return counts;
}
