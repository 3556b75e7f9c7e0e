import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { CaseResult, Verdict } from '../runner/verdict';
import type { ConformanceReport } from './conformance-report';

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
.pass{color:#1a7f37}.fail,.error,.xpass{color:#cf222e;font-weight:600}.skip,.xfail{color:#6e7781}
code,pre{font:12px ui-monospace,monospace}pre{white-space:pre-wrap;margin:0}`;

const NOT_PASSING: readonly Verdict[] = ['fail', 'error', 'xpass', 'xfail', 'skip'];

function keyValueTable(parent: XMLBuilder, rows: [string, string][]): void {
  const table = parent.ele('table');
  for (const [key, value] of rows) {
    const row = table.ele('tr');
    row.ele('th').txt(key);
    row.ele('td').ele('code').txt(value);
  }
}

function caseRow(table: XMLBuilder, result: CaseResult): void {
  const row = table.ele('tr');
  row.ele('td').ele('code').txt(result.id);
  row.ele('td', { class: result.verdict }).txt(result.verdict);
  row.ele('td').txt(result.requirements.join(' '));
  const detail = [result.reason ?? ''];
  if (result.expected !== undefined) detail.push(`expected: ${JSON.stringify(result.expected)}`);
  if (result.actual !== undefined) detail.push(`actual:   ${JSON.stringify(result.actual)}`);
  row.ele('td').ele('pre').txt(detail.filter(Boolean).join('\n'));
}

/**
 * The report as one standalone HTML file (WC-CONF-016): no scripts, no network, every
 * non-passing case with its requirement IDs.
 *
 * @example
 * ```ts
 * import { toHtmlReport } from '@weldcode/conformance';
 *
 * writeFileSync('conformance.html', toHtmlReport(report, { kid: signed.signature.kid }));
 * ```
 */
export function toHtmlReport(
  report: ConformanceReport,
  signer: { kid: string } | undefined = undefined,
): string {
  const title = `weldcode conformance report — ${report.testee?.implementation ?? 'unknown testee'}`;
  const html = create().ele('html', { lang: 'en' });
  const head = html.ele('head');
  head.ele('meta', { charset: 'utf-8' });
  head.ele('title').txt(title);
  head.ele('style').txt(STYLE);
  const body = html.ele('body');
  body.ele('h1').txt(title);
  body.ele('p', { class: report.passed ? 'pass' : 'fail' }).txt(report.passed ? 'PASSED' : 'FAILED');
  keyValueTable(body, [
    ['profile', report.profile],
    ['testee', report.testee ? `${report.testee.implementation} ${report.testee.version}` : 'none'],
    ['areas', report.areas.join(', ')],
    ['tool', `${report.tool.name} ${report.tool.version}`],
    ['started', report.startedAt],
    ['finished', report.finishedAt],
    ['suite hash', report.suiteHash],
    ['expected-failure list hash', report.expectedFailuresHash ?? 'none'],
    ['signer key id', signer?.kid ?? 'unsigned'],
  ]);
  body.ele('h2').txt('Verdicts');
  keyValueTable(
    body,
    Object.entries(report.counts).map(([verdict, count]) => [verdict, String(count)]),
  );
  const notPassing = report.results.filter((result) => NOT_PASSING.includes(result.verdict));
  body.ele('h2').txt(`Cases not passing (${notPassing.length})`);
  const table = body.ele('table');
  const header = table.ele('tr');
  for (const name of ['case', 'verdict', 'requirements', 'detail']) header.ele('th').txt(name);
  for (const result of notPassing) caseRow(table, result);
  return `<!DOCTYPE html>\n${html.end({ headless: true, prettyPrint: true })}\n`;
}
