import type { CapabilityManifest } from '../capabilities/capability-manifest';
import type { ChipHello } from '../profiles/chip/chip-control';
import type { PlatformHello } from '../profiles/platform/platform-control';
import type { TesteeHello } from '../runner/testee-messages';
import { type CaseResult, countVerdicts, FAILING_VERDICTS, type VerdictCounts } from '../runner/verdict';

/** Identifies the report format; bumped on any incompatible change. */
export const REPORT_FORMAT = 'weldcode-conformance-report/1';

/** Everything a report records (WC-CONF-011). */
export interface ConformanceReport {
  format: typeof REPORT_FORMAT;
  tool: { name: string; version: string };
  profile: 'vectors' | 'chip' | 'platform';
  /** The testee's hello: a vectors testee's, a chip testee's, or the platform control's. */
  testee: TesteeHello | ChipHello | PlatformHello | null;
  areas: string[];
  startedAt: string;
  finishedAt: string;
  suiteHash: string;
  expectedFailuresHash: string | null;
  counts: VerdictCounts;
  /** True when no case failed, erred or passed unexpectedly (WC-CONF-010). */
  passed: boolean;
  results: CaseResult[];
  /** The testee's stderr, for diagnosis. */
  testeeLog: string;
  /** The capability manifest the implementation declared, when one was given (WC-CONF-027). */
  capabilities?: CapabilityManifest;
  /** How a wire profile was run: transport, broker, clock (WC-CONF-027). */
  setup?: Record<string, unknown>;
}

/** What a run of any profile hands to {@link buildReport}. */
export interface ProfileRun {
  hello: TesteeHello | ChipHello | PlatformHello | undefined;
  areas: string[];
  results: CaseResult[];
  stderr: string;
  startedAt: string;
  finishedAt: string;
  capabilities?: CapabilityManifest;
  setup?: object;
}

/** Inputs of {@link buildReport} besides the results. */
export interface ReportContext {
  tool: { name: string; version: string };
  profile: ConformanceReport['profile'];
  suiteHash: string;
  expectedFailuresHash?: string;
}

/** Assembles a report from a run's results (WC-CONF-011). */
export function buildReport(run: ProfileRun, context: ReportContext): ConformanceReport {
  const counts = countVerdicts(run.results);
  return {
    format: REPORT_FORMAT,
    tool: context.tool,
    profile: context.profile,
    testee: run.hello ?? null,
    areas: run.areas,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    suiteHash: context.suiteHash,
    expectedFailuresHash: context.expectedFailuresHash ?? null,
    counts,
    passed: FAILING_VERDICTS.every((verdict) => counts[verdict] === 0),
    results: run.results,
    testeeLog: run.stderr,
    ...(run.capabilities === undefined ? {} : { capabilities: run.capabilities }),
    ...(run.setup === undefined ? {} : { setup: { ...run.setup } }),
  };
}
