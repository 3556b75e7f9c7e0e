import { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { issueCommand } from './issue-command';
import { renderCommand } from './render-command';
import { trustListCommand } from './trust-list-command';
import { verifyCommand } from './verify-command';

/** `weldcode qr ...`: signed plates, credentials and permits (spec/qr.md). */
export function qrCommand(io: CliIo): Command {
  const qr = new Command('qr')
    .description('signed QR codes: issue, verify offline, render, trust lists')
    .addCommand(issueCommand(io))
    .addCommand(verifyCommand(io))
    .addCommand(renderCommand(io))
    .addCommand(trustListCommand(io));
  // Added commands do not inherit the program's settings: usage errors and help must reach runCli.
  const settle = (command: Command): void => {
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
    for (const sub of command.commands) settle(sub);
  };
  for (const sub of qr.commands) settle(sub);
  return qr;
}
