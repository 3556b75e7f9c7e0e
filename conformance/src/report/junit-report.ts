import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { CaseResult } from '../runner/verdict';
import type { ConformanceReport } from './conformance-report';

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function detail(result: CaseResult): string {
  const lines = [result.reason ?? result.verdict];
  if (result.expected !== undefined) lines.push(`expected: ${JSON.stringify(result.expected)}`);
  if (result.actual !== undefined) lines.push(`actual:   ${JSON.stringify(result.actual)}`);
  return lines.join('\n');
}

function addCase(suite: XMLBuilder, result: CaseResult): void {
  const testcase = suite.ele('testcase', {
    name: result.id,
    classname: `weldcode.${result.area}`,
    time: seconds(result.durationMs),
  });
  testcase.ele('properties').ele('property', { name: 'requirements', value: result.requirements.join(' ') });
  const message = result.reason ?? result.verdict;
  if (result.verdict === 'fail' || result.verdict === 'xpass') {
    testcase.ele('failure', { message, type: result.verdict }).txt(detail(result));
  } else if (result.verdict === 'error') {
    testcase.ele('error', { message, type: 'error' }).txt(detail(result));
  } else if (result.verdict === 'skip' || result.verdict === 'xfail') {
    testcase.ele('skipped', { message });
  }
}

/**
 * The report as JUnit XML for a lab's CI (WC-CONF-015): one test suite per area.
 *
 * @example
 * ```ts
 * import { toJUnitXml } from '@weldcode/conformance';
 *
 * writeFileSync('conformance.junit.xml', toJUnitXml(report));
 * ```
 */
export function toJUnitXml(report: ConformanceReport): string {
  const failures = (results: CaseResult[]) =>
    results.filter((r) => r.verdict === 'fail' || r.verdict === 'xpass').length;
  const count = (results: CaseResult[], ...verdicts: string[]) =>
    results.filter((r) => verdicts.includes(r.verdict)).length;
  const total = (results: CaseResult[]) => seconds(results.reduce((sum, r) => sum + r.durationMs, 0));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: `weldcode conformance (${report.profile})`,
    tests: String(report.results.length),
    failures: String(failures(report.results)),
    errors: String(count(report.results, 'error')),
    skipped: String(count(report.results, 'skip', 'xfail')),
    time: total(report.results),
  });
  const areas = [...new Set(report.results.map((result) => result.area))];
  for (const area of areas) {
    const results = report.results.filter((result) => result.area === area);
    const suite = root.ele('testsuite', {
      name: area,
      tests: String(results.length),
      failures: String(failures(results)),
      errors: String(count(results, 'error')),
      skipped: String(count(results, 'skip', 'xfail')),
      time: total(results),
      timestamp: report.startedAt,
    });
    for (const result of results) addCase(suite, result);
  }
  return root.end({ prettyPrint: true });
}
