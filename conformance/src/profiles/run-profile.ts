import { isWeldcodeError } from '@weldcode/errors';
import { ConformanceError } from '../conformance-error';
import {
  applyExpectedFailure,
  checkExpectedFailures,
  type ExpectedFailures,
} from '../runner/expected-failures';
import type { CaseResult } from '../runner/verdict';
import { CaseFailure, CaseSkipped, type ProfileCase } from './profile-case';

/** Options of {@link runProfileCases}. */
export interface RunProfileCasesOptions<Session> {
  /** The area the results are filed under (`chip`, later `platform`). */
  area: string;
  cases: readonly ProfileCase<Session>[];
  session: Session;
  /** Optional groups the capability manifest declares. */
  declaredGroups: readonly string[];
  expectedFailures?: ExpectedFailures;
  /** Called after each case, for progress bars. */
  onCase?: (result: CaseResult, index: number, total: number) => void;
  /** Called before each case (e.g. to put the implementation back into its base state). */
  beforeCase?: (testCase: ProfileCase<Session>) => Promise<void>;
}

function reasonOf(error: unknown): string {
  return isWeldcodeError(error) ? `${error.code}: ${error.message}` : String(error);
}

/**
 * Runs a profile's cases one after the other against one live implementation: undeclared
 * optional groups are skipped, a failed check fails its case, anything else makes it err, and
 * expected-failure lists apply as in the vectors profile (WC-CONF-007 to WC-CONF-009).
 */
export async function runProfileCases<Session>(
  options: RunProfileCasesOptions<Session>,
): Promise<CaseResult[]> {
  checkExpectedFailures(options.expectedFailures, new Set(options.cases.map((c) => c.id)));
  const results: CaseResult[] = [];
  for (const [index, testCase] of options.cases.entries()) {
    const base = {
      id: testCase.id,
      area: options.area,
      description: testCase.description,
      requirements: testCase.requirements,
    };
    const began = performance.now();
    let result: CaseResult;
    if (testCase.group !== undefined && !options.declaredGroups.includes(testCase.group)) {
      result = { ...base, verdict: 'skip', reason: 'capability not declared', durationMs: 0 };
    } else {
      try {
        await options.beforeCase?.(testCase);
        await testCase.run(options.session);
        result = { ...base, verdict: 'pass', durationMs: performance.now() - began };
      } catch (error) {
        const durationMs = performance.now() - began;
        result =
          error instanceof CaseSkipped
            ? { ...base, verdict: 'skip', reason: error.message, durationMs }
            : error instanceof CaseFailure
              ? {
                  ...base,
                  verdict: 'fail',
                  reason: error.message,
                  ...(error.expected === undefined ? {} : { expected: error.expected }),
                  ...(error.actual === undefined ? {} : { actual: error.actual }),
                  durationMs,
                }
              : { ...base, verdict: 'error', reason: reasonOf(error), durationMs };
      }
    }
    result = applyExpectedFailure(result, options.expectedFailures);
    results.push(result);
    options.onCase?.(result, index, options.cases.length);
  }
  return results;
}

/**
 * The results of a run that could not start or broke down (control program, link, broker): every
 * case errs with the reason. Expected-failure list problems are the caller's mistake: rethrown.
 */
export function erredResults<Session>(
  cases: readonly ProfileCase<Session>[],
  area: string,
  error: unknown,
): CaseResult[] {
  if (error instanceof ConformanceError && error.code.startsWith('ERR_EXPECTED_FAILURE')) throw error;
  const reason = error instanceof ConformanceError ? `${error.code}: ${error.message}` : String(error);
  return cases.map((c) => ({
    id: c.id,
    area,
    description: c.description,
    requirements: c.requirements,
    verdict: 'error' as const,
    reason,
    durationMs: 0,
  }));
}

/**
 * The cases of `catalogue` that `only` names, in catalogue order (all of them without `only`).
 *
 * @throws {@link ConformanceError} `ERR_UNKNOWN_CASE` when `only` names a case the profile does
 *   not have (a typo would otherwise run nothing and pass).
 */
export function selectCases<Session>(
  catalogue: readonly ProfileCase<Session>[],
  only: readonly string[] | undefined,
): readonly ProfileCase<Session>[] {
  if (only === undefined) return catalogue;
  const known = new Set(catalogue.map((c) => c.id));
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ConformanceError('ERR_UNKNOWN_CASE', `no such case in this profile: ${unknown.join(', ')}`);
  }
  return catalogue.filter((c) => only.includes(c.id));
}

/** The implementation under test, started, as {@link runLiveProfile} runs cases against it. */
export interface LiveTestee<Session> {
  session: Session;
  /** Optional groups the capability manifest declares. */
  declaredGroups: readonly string[];
  beforeCase?: (testCase: ProfileCase<Session>) => Promise<void>;
}

/** Which cases a wire profile runs, and how it reports them (the options chip and platform share). */
export interface ProfileCaseSelection {
  /** Only these case ids (the others are not run and not reported). */
  only?: readonly string[];
  expectedFailures?: ExpectedFailures;
  onCase?: (result: CaseResult, index: number, total: number) => void;
}

/** How {@link runLiveProfile} brings the implementation under test up and down. */
export interface LiveProfileLifecycle<Session> {
  /** Starts the control program, the transports and the implementation under test. */
  start(): Promise<LiveTestee<Session>>;
  /** Stops whatever `start` got to, also after it failed. */
  stop(): Promise<void>;
}

/** The part of a chip or platform run record that the shared frame of the wire profiles fills in. */
export interface LiveProfileRun {
  areas: string[];
  results: CaseResult[];
  startedAt: string;
  finishedAt: string;
}

/**
 * The frame of a wire profile (chip, platform): selects the cases, starts the implementation,
 * runs the cases against it, and stops it again; a start that fails or a run that breaks down
 * makes every case err ({@link erredResults}).
 */
export async function runLiveProfile<Session>(
  area: string,
  catalogue: readonly ProfileCase<Session>[],
  selection: ProfileCaseSelection,
  lifecycle: LiveProfileLifecycle<Session>,
): Promise<LiveProfileRun> {
  const cases = selectCases(catalogue, selection.only);
  const startedAt = new Date().toISOString();
  let results: CaseResult[];
  try {
    const live = await lifecycle.start();
    results = await runProfileCases({
      area,
      cases,
      session: live.session,
      declaredGroups: live.declaredGroups,
      ...(live.beforeCase ? { beforeCase: live.beforeCase } : {}),
      ...(selection.expectedFailures ? { expectedFailures: selection.expectedFailures } : {}),
      ...(selection.onCase ? { onCase: selection.onCase } : {}),
    });
  } catch (error) {
    results = erredResults(cases, area, error);
  } finally {
    await lifecycle.stop();
  }
  return { areas: [area], results, startedAt, finishedAt: new Date().toISOString() };
}
