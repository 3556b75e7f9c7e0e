import { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { chipCommand } from './chip-command';
import { chipTesteeCommand } from './chip-testee/chip-testee-command';
import { coverageCommand } from './coverage-command';
import { keygenCommand } from './keygen-command';
import { runCommand } from './run-command';
import { testeeCommand } from './testee/testee-command';
import { vectorsCommand } from './vectors-command';
import { verifyReportCommand } from './verify-report-command';

/** `weldcode conformance ...`: the conformance suite's entry points. */
export function conformanceCommand(io: CliIo): Command {
  return new Command('conformance')
    .description(
      'conformance suite: run a testee or a chip, sign and verify reports, spec coverage, test vectors',
    )
    .addCommand(runCommand(io))
    .addCommand(chipCommand(io))
    .addCommand(verifyReportCommand(io))
    .addCommand(testeeCommand(io))
    .addCommand(chipTesteeCommand(io))
    .addCommand(keygenCommand(io))
    .addCommand(coverageCommand(io))
    .addCommand(vectorsCommand(io));
}
