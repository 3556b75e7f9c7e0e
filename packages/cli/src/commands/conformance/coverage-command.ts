import { type AreaCoverage, type SpecCoverage, specCoverage } from '@weldcode/conformance';
import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { findRepoRoot } from '../../repo-root';

function percent(area: AreaCoverage): string {
  return area.defined === 0 ? '-' : `${Math.round((100 * area.covered) / area.defined)} %`;
}

function coverageTable(coverage: SpecCoverage, listUncovered: boolean): string {
  const rows = coverage.areas.map((area) =>
    [
      area.area.padEnd(6),
      String(area.defined).padStart(7),
      String(area.covered).padStart(7),
      percent(area).padStart(6),
    ].join('  '),
  );
  const lines = ['area    defined  covered  share', ...rows];
  const uncovered = coverage.areas.flatMap((area) => area.uncovered);
  if (uncovered.length > 0) {
    lines.push('', `not yet checked by any test, vector or case (${uncovered.length}):`);
    const shown = listUncovered ? uncovered : uncovered.slice(0, 20);
    for (const requirement of shown)
      lines.push(`  ${requirement.id}  ${requirement.file}:${requirement.line}`);
    if (shown.length < uncovered.length)
      lines.push(`  ... ${uncovered.length - shown.length} more (--all lists them)`);
  }
  for (const reference of coverage.unknownReferences) {
    lines.push(`unknown requirement ${reference.id} referenced at ${reference.file}:${reference.line}`);
  }
  for (const reference of coverage.withdrawnReferences) {
    lines.push(`withdrawn requirement ${reference.id} referenced at ${reference.file}:${reference.line}`);
  }
  return `${lines.join('\n')}\n`;
}

function coverageJson(coverage: SpecCoverage): string {
  const requirements = coverage.requirements.map((requirement) => ({
    ...requirement,
    coveredBy: coverage.coveredBy.get(requirement.id) ?? [],
  }));
  const areas = coverage.areas.map(({ uncovered, ...area }) => ({
    ...area,
    uncovered: uncovered.map((r) => r.id),
  }));
  return `${JSON.stringify({ areas, requirements, unknownReferences: coverage.unknownReferences }, null, 2)}\n`;
}

/** `weldcode conformance coverage`. */
export function coverageCommand(io: CliIo): Command {
  return new Command('coverage')
    .description(
      'list spec requirements with the tests, vectors and cases that check them; fail on unknown IDs',
    )
    .option('--json', 'print a JSON document instead of the table')
    .option('--all', 'list every uncovered requirement, not only the first 20')
    .option('--root <dir>', 'weldcode checkout to scan (default: the one around the current folder)')
    .action((options: { json?: boolean; all?: boolean; root?: string }) => {
      const coverage = specCoverage(findRepoRoot(options.root ?? io.cwd));
      io.out(options.json ? coverageJson(coverage) : coverageTable(coverage, options.all ?? false));
      if (coverage.unknownReferences.length > 0 || coverage.withdrawnReferences.length > 0) {
        throw new CliError(
          'ERR_CLI_CHECK_FAILED',
          'tests or vectors reference requirements the spec does not define',
        );
      }
    });
}
