import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { scanToStart } from './scan-to-start';

/**
 * `weldcode demo`: the README's first command. It plays the scan-to-start story through every
 * library in one process and prints what each step showed. (When the reference server and the
 * simulator land, the demo runs them instead.)
 */
export function demoCommand(io: CliIo): Command {
  return new Command('demo')
    .description('walk through scan-to-start (扫码开机) end to end and print what each step showed')
    .option('--json', 'print the steps as JSON')
    .action((options: { json?: boolean }) => {
      const steps = scanToStart();
      if (options.json) io.out(`${JSON.stringify(steps, null, 2)}\n`);
      else {
        io.out('weldcode demo: scan-to-start (扫码开机), one process, no network\n');
        for (const [index, step] of steps.entries()) {
          io.out(`\n${index + 1}. [${step.ok ? 'ok' : 'FAILED'}] ${step.title}\n`);
          for (const line of step.lines) io.out(`     ${line}\n`);
        }
      }
      if (steps.some((step) => !step.ok))
        throw new CliError('ERR_CLI_CHECK_FAILED', 'a demo step did not behave as expected');
    });
}
