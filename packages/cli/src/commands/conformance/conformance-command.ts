import { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { chipCommand } from './chip-command';
import { chipTesteeCommand } from './chip-testee/chip-testee-command';
import { coverageCommand } from './coverage-command';
import { keygenCommand } from './keygen-command';
import { platformCommand } from './platform-command';
import { brokenServeCommand } from './platform-testee/broken-serve-command';
import { platformTesteeCommand } from './platform-testee/platform-testee-command';
import { runCommand } from './run-command';
import { testeeCommand } from './testee/testee-command';
import { vectorsCommand } from './vectors-command';
import { verifyReportCommand } from './verify-report-command';

/** `weldcode conformance ...`: the conformance suite's entry points. */
export function conformanceCommand(io: CliIo): Command {
  return new Command('conformance')
    .description(
      'conformance suite: run a testee, a chip or a platform, sign and verify reports, spec coverage, test vectors',
    )
    .addCommand(runCommand(io))
    .addCommand(chipCommand(io))
    .addCommand(platformCommand(io))
    .addCommand(verifyReportCommand(io))
    .addCommand(testeeCommand(io))
    .addCommand(chipTesteeCommand(io))
    .addCommand(platformTesteeCommand(io))
    .addCommand(brokenServeCommand(io), { hidden: true })
    .addCommand(keygenCommand(io))
    .addCommand(coverageCommand(io))
    .addCommand(vectorsCommand(io));
}
