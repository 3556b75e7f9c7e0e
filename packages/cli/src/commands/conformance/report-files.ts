import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildReport,
  type ConformanceReport,
  fileHash,
  type ProfileRun,
  signReport,
  toHtmlReport,
  toJUnitXml,
} from '@weldcode/conformance';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { CLI_VERSION } from '../../version';

/**
 * Writes report.json (signed when a key is given), report.junit.xml and report.html into `out`,
 * prints the summary, and fails the command when the implementation does not conform
 * (WC-CONF-010, WC-CONF-013).
 */
export function writeReports(
  io: CliIo,
  report: ConformanceReport,
  options: { out: string; secretKey: Uint8Array | undefined; json: boolean | undefined },
): void {
  const signed = options.secretKey ? signReport(report, options.secretKey) : undefined;
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'report.json'), `${JSON.stringify(signed ?? { report }, null, 2)}\n`);
  writeFileSync(join(options.out, 'report.junit.xml'), toJUnitXml(report));
  writeFileSync(join(options.out, 'report.html'), toHtmlReport(report, signed?.signature));
  const summary = {
    passed: report.passed,
    counts: report.counts,
    out: options.out,
    signed: signed !== undefined,
  };
  if (options.json) io.out(`${JSON.stringify(summary)}\n`);
  else {
    io.out(`${report.testee?.implementation ?? 'testee'}: ${report.passed ? 'PASSED' : 'FAILED'}\n`);
    io.out(
      `  ${Object.entries(report.counts)
        .map(([verdict, count]) => `${verdict} ${count}`)
        .join(', ')}\n`,
    );
    for (const result of report.results.filter((r) => ['fail', 'error', 'xpass'].includes(r.verdict))) {
      io.out(
        `  ${result.verdict.padEnd(5)} ${result.id} [${result.requirements.join(' ')}] ${result.reason ?? ''}\n`,
      );
    }
    io.out(
      `  reports in ${options.out}/${signed ? ` (signed, key ${signed.signature.kid})` : ' (unsigned)'}\n`,
    );
  }
  if (!report.passed) throw new CliError('ERR_CLI_CHECK_FAILED', 'the implementation does not conform');
}

/** Builds the report of a wire-profile run (chip, platform) and writes it as {@link writeReports}. */
export function writeProfileReports(
  io: CliIo,
  run: ProfileRun,
  profile: 'chip' | 'platform',
  suiteHash: string,
  options: {
    out: string;
    secretKey: Uint8Array | undefined;
    json: boolean | undefined;
    expectedFailures?: string;
  },
): void {
  const report = buildReport(run, {
    tool: { name: '@weldcode/cli', version: CLI_VERSION },
    profile,
    suiteHash,
    ...(options.expectedFailures ? { expectedFailuresHash: fileHash(options.expectedFailures) } : {}),
  });
  writeReports(io, report, options);
}
