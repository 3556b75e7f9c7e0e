import { isWeldcodeError } from '@weldcode/errors';
import type { CapabilityManifest } from '../capabilities/capability-manifest';
import { loadVectorFiles } from '../vectors/load-vectors';
import type { VectorCase, VectorFile } from '../vectors/vector-file';
import { type AreaRule, outcomeMatches } from './area-rule';
import { applyExpectedFailure, checkExpectedFailures, type ExpectedFailures } from './expected-failures';
import type { TesteeHello } from './testee-messages';
import { type TesteeCommand, TesteeProcess } from './testee-process';
import type { CaseResult } from './verdict';

/** Options of {@link runVectorsProfile}. */
export interface RunVectorsOptions {
  testee: TesteeCommand;
  /** Area → rule; areas without a rule cannot be run. */
  rules: Readonly<Record<string, AreaRule>>;
  /** Vectors folder; defaults to the one shipped with this package. */
  vectorsRoot?: string;
  /** Areas to run; defaults to the capability manifest's, else the testee's `hello.areas`. */
  areas?: string[];
  capabilities?: CapabilityManifest;
  expectedFailures?: ExpectedFailures;
  /** Per-case timeout (WC-CONF-005); default 10 s. */
  timeoutMs?: number;
  /** Called after each case, for progress bars. */
  onCase?: (result: CaseResult, index: number, total: number) => void;
}

/** What one run of the vectors profile produced. */
export interface VectorsRun {
  hello: TesteeHello | undefined;
  areas: string[];
  results: CaseResult[];
  /** The testee's stderr (first 64 KiB of each process started). */
  stderr: string;
  startedAt: string;
  finishedAt: string;
}

interface PlannedCase {
  area: string;
  vector: VectorCase;
  /** File-level data the file's cases refer to (keys, lists, fixtures), sent with each case. */
  context: Record<string, unknown>;
}

/** A file's keys other than its description, source and cases: shared data of its cases. */
function fileContext(file: VectorFile): Record<string, unknown> {
  const {
    path: _path,
    area: _area,
    description: _description,
    source: _source,
    cases: _cases,
    ...rest
  } = file;
  const { $schema: _schema, ...context } = rest as Record<string, unknown>;
  return context;
}

function reasonOf(error: unknown): string {
  return isWeldcodeError(error) ? `${error.code}: ${error.message}` : String(error);
}

/**
 * Runs test vectors through a testee program over the testee protocol (spec/conformance.md §2)
 * and judges every case with its area's rule.
 *
 * @example
 * ```ts
 * import { runVectorsProfile } from '@weldcode/conformance';
 *
 * const run = await runVectorsProfile({ testee: { command: './my-testee' }, rules: myRules });
 * console.log(run.results.filter((r) => r.verdict !== 'pass'));
 * ```
 */
export async function runVectorsProfile(options: RunVectorsOptions): Promise<VectorsRun> {
  const startedAt = new Date().toISOString();
  const files = loadVectorFiles(options.vectorsRoot === undefined ? {} : { root: options.vectorsRoot });
  checkExpectedFailures(
    options.expectedFailures,
    new Set(files.flatMap((file) => file.cases.map((c) => c.id))),
  );
  let testee: TesteeProcess | undefined;
  let startError: unknown;
  try {
    testee = await TesteeProcess.start(options.testee);
  } catch (error) {
    startError = error;
  }
  const hello = testee?.hello;
  const areas = options.areas ??
    options.capabilities?.areas ??
    hello?.areas ?? [...new Set(files.map((file) => file.area))];
  const planned: PlannedCase[] = files
    .filter((file) => areas.includes(file.area))
    .flatMap((file) => {
      const context = fileContext(file);
      return file.cases.map((vector) => ({ area: file.area, vector, context }));
    });
  const results: CaseResult[] = [];
  let stderr = '';
  for (const [index, { area, vector, context }] of planned.entries()) {
    const began = performance.now();
    const base = { id: vector.id, area, description: vector.description, requirements: vector.requirements };
    let result: CaseResult;
    const rule = options.rules[area];
    const group = rule?.group?.(vector);
    if (rule === undefined) {
      result = {
        ...base,
        verdict: 'error',
        reason: `no vectors-profile rule for area ${area}`,
        durationMs: 0,
      };
    } else if (
      group !== undefined &&
      options.capabilities !== undefined &&
      !(options.capabilities.groups ?? []).includes(group)
    ) {
      result = { ...base, verdict: 'skip', reason: 'capability not declared', durationMs: 0 };
    } else if (testee === undefined) {
      result = { ...base, verdict: 'error', reason: reasonOf(startError), durationMs: 0 };
    } else {
      try {
        const message = { type: 'case' as const, area, id: vector.id, case: vector, context };
        const answer = await testee.run(message, options.timeoutMs ?? 10_000);
        const expected = rule.expectation(vector, context);
        const durationMs = performance.now() - began;
        if ('skipped' in answer) {
          result = {
            ...base,
            verdict: 'fail',
            reason: `testee skipped a claimed case: ${answer.skipped}`,
            expected,
            durationMs,
          };
        } else if (outcomeMatches(expected, answer.outcome)) {
          result = { ...base, verdict: 'pass', durationMs };
        } else {
          result = {
            ...base,
            verdict: 'fail',
            reason: 'outcome differs from the vector',
            expected,
            actual: answer.outcome,
            durationMs,
          };
        }
      } catch (error) {
        result = {
          ...base,
          verdict: 'error',
          reason: reasonOf(error),
          durationMs: performance.now() - began,
        };
        // One crash must never hide the rest of the suite (WC-CONF-005): start a fresh testee.
        stderr += testee.stderr;
        testee.kill();
        try {
          testee = await TesteeProcess.start(options.testee);
        } catch (restartError) {
          testee = undefined;
          startError = restartError;
        }
      }
    }
    result = applyExpectedFailure(result, options.expectedFailures);
    results.push(result);
    options.onCase?.(result, index, planned.length);
  }
  if (testee !== undefined) {
    await testee.close();
    stderr += testee.stderr;
  }
  return { hello, areas, results, stderr, startedAt, finishedAt: new Date().toISOString() };
}
