import { loadVectorFiles, specCoverage } from '@weldcode/conformance';
import { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { findRepoRoot } from '../repo-root';

/**
 * `weldcode demo`: the README's first command. It runs the most complete end-to-end flow the
 * packages support so far and prints what happened.
 */
export function demoCommand(io: CliIo): Command {
  return new Command('demo')
    .description('run the end-to-end demonstration flow and print a summary')
    .action(() => {
      const root = findRepoRoot(io.cwd);
      const files = loadVectorFiles();
      const cases = files.reduce((sum, file) => sum + file.cases.length, 0);
      io.out(`weldcode demo\n`);
      io.out(`  test vectors: ${files.length} files, ${cases} cases, all valid against their schemas\n`);
      const coverage = specCoverage(root);
      for (const area of coverage.areas) {
        if (area.defined > 0)
          io.out(`  spec ${area.area}: ${area.covered}/${area.defined} requirements checked\n`);
      }
    });
}
