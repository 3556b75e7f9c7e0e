import { readFileSync } from 'node:fs';
import { ConformanceError } from '../conformance-error';
import type { CaseResult } from './verdict';

/** A committed list of known deviations of one implementation (WC-CONF-009). */
export interface ExpectedFailures {
  implementation: string;
  entries: { id: string; reason: string }[];
}

/** Checks the shape of an expected-failure list: every entry has a case id and a reason. */
export function parseExpectedFailures(value: unknown): ExpectedFailures {
  const invalid = (reason: string) =>
    new ConformanceError('ERR_EXPECTED_FAILURES_INVALID', `expected-failure list invalid: ${reason}`);
  if (typeof value !== 'object' || value === null) throw invalid('not an object');
  const { implementation, entries, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw invalid(`unknown keys ${Object.keys(rest).join(', ')}`);
  if (typeof implementation !== 'string' || implementation === '') throw invalid('implementation missing');
  if (!Array.isArray(entries)) throw invalid('entries missing');
  const seen = new Set<string>();
  const checked = entries.map((entry: unknown, index) => {
    const { id, reason, ...extra } = (entry ?? {}) as Record<string, unknown>;
    if (Object.keys(extra).length > 0)
      throw invalid(`entry ${index} has unknown keys ${Object.keys(extra).join(', ')}`);
    if (typeof id !== 'string' || id === '') throw invalid(`entry ${index} has no case id`);
    if (typeof reason !== 'string' || reason.trim() === '') throw invalid(`entry ${id} has no reason`);
    if (seen.has(id)) throw invalid(`case ${id} listed twice`);
    seen.add(id);
    return { id, reason };
  });
  return { implementation, entries: checked };
}

/** Reads and checks an expected-failure list from a JSON file. */
export function readExpectedFailures(path: string): ExpectedFailures {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ConformanceError('ERR_EXPECTED_FAILURES_INVALID', `cannot read ${path}`, { cause });
  }
  return parseExpectedFailures(value);
}

/** Fails when an entry names no case of the suite (WC-CONF-009). */
export function checkExpectedFailures(
  list: ExpectedFailures | undefined,
  knownIds: ReadonlySet<string>,
): void {
  for (const entry of list?.entries ?? []) {
    if (!knownIds.has(entry.id)) {
      throw new ConformanceError(
        'ERR_EXPECTED_FAILURE_UNKNOWN_CASE',
        `expected failure ${entry.id} names no case`,
        {
          details: { id: entry.id },
        },
      );
    }
  }
}

/** Turns fail/error into xfail and pass into xpass for listed cases (WC-CONF-009). */
export function applyExpectedFailure(result: CaseResult, list: ExpectedFailures | undefined): CaseResult {
  const entry = list?.entries.find((candidate) => candidate.id === result.id);
  if (entry === undefined) return result;
  if (result.verdict === 'fail' || result.verdict === 'error') {
    return {
      ...result,
      verdict: 'xfail',
      reason: `expected failure: ${entry.reason} (${result.reason ?? result.verdict})`,
    };
  }
  if (result.verdict === 'pass') {
    return { ...result, verdict: 'xpass', reason: `listed as expected failure but passed: ${entry.reason}` };
  }
  return result;
}
