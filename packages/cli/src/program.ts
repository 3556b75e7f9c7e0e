import { Command } from 'commander';
import type { CliIo } from './cli-io';
import { conformanceCommand } from './commands/conformance/conformance-command';
import { credentialsCommand } from './commands/credentials-command';
import { demoCommand } from './commands/demo/demo-command';
import { protocolCommand } from './commands/protocol-command';
import { qrCommand } from './commands/qr/qr-command';
import { serveCommand } from './commands/serve-command';
import { simCommand } from './commands/sim/sim-command';
import { CLI_VERSION } from './version';

/**
 * Builds the `weldcode` program. Each package contributes one top-level subcommand, registered
 * here in alphabetical order, so `weldcode --help` is the index of everything the SDK can do.
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('weldcode')
    .description('weldcode: chip-and-code (加芯赋码) welding safety supervision — protocol, codes, tools')
    .version(CLI_VERSION)
    .showHelpAfterError()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const commands = [
    conformanceCommand(io),
    credentialsCommand(io),
    demoCommand(io),
    protocolCommand(io),
    qrCommand(io),
    serveCommand(io),
    simCommand(io),
  ];
  for (const command of commands) program.addCommand(command);
  return program;
}
