import { Command, InvalidArgumentError } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { processStopSignal, type StopSignal } from '../serve-command';
import { liveDemo } from './live-demo';
import { scanToStart } from './scan-to-start';

function speed(value: string): number {
  if (value === 'max') return Number.POSITIVE_INFINITY;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) {
    throw new InvalidArgumentError('a speed is a positive number (simulated seconds per second) or "max"');
  }
  return parsed;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new InvalidArgumentError('a port is an integer from 0 to 65535 (0 picks a free one)');
  }
  return parsed;
}

interface DemoOptions {
  walkthrough?: boolean;
  json?: boolean;
  scenario?: string;
  data?: string;
  port: number;
  speed: number;
  once?: boolean;
  serve?: boolean;
  faults?: boolean;
}

function walkthrough(io: CliIo, json: boolean | undefined): void {
  const steps = scanToStart();
  if (json) io.out(`${JSON.stringify(steps, null, 2)}\n`);
  else {
    io.out('weldcode demo --walkthrough: scan-to-start (扫码开机), one process, no network\n');
    for (const [index, step] of steps.entries()) {
      io.out(`\n${index + 1}. [${step.ok ? 'ok' : 'FAILED'}] ${step.title}\n`);
      for (const line of step.lines) io.out(`     ${line}\n`);
    }
  }
  if (steps.some((step) => !step.ok))
    throw new CliError('ERR_CLI_CHECK_FAILED', 'a demo step did not behave as expected');
}

/**
 * `weldcode demo`: the README's first command. Starts the reference server with embedded defaults
 * and runs a simulated district against it over HTTP and MQTT, prints a live summary of starts,
 * refusals and alerts, then shows what a town officer and a district officer each see.
 * `--walkthrough` plays the scan-to-start story through the libraries in one process instead.
 */
export function demoCommand(io: CliIo, stopSignal: StopSignal = processStopSignal): Command {
  return new Command('demo')
    .description(
      'run the reference server with a simulated district (chips over MQTT, worker app scans) and print what happens',
    )
    .option('--scenario <file>', 'scenario JSON (default packages/simulator/scenarios/district-workday.json)')
    .option('--speed <factor>', 'simulated seconds per real second, or "max"', speed, 600)
    .option('--data <dir>', 'data folder for the SQLite database (default: a new temporary folder)')
    .option('-p, --port <port>', 'HTTP port (0 picks a free one, and a free MQTT port)', port, 0)
    .option('--once', 'exit after the scenario (the default when not on a terminal)')
    .option('--serve', 'keep serving after the scenario until Ctrl-C, also when not on a terminal')
    .option('--faults', "inject the scenario's seeded faults on the chips' links")
    .option('--walkthrough', 'instead: walk through scan-to-start in one process with the libraries only')
    .option('--json', 'with --walkthrough: print the steps as JSON')
    .action(async (options: DemoOptions) => {
      if (options.walkthrough) return walkthrough(io, options.json);
      await liveDemo(
        io,
        {
          ...(options.scenario === undefined ? {} : { scenario: options.scenario }),
          ...(options.data === undefined ? {} : { data: options.data }),
          port: options.port,
          speed: options.speed,
          once: options.once === true || (!io.interactive && options.serve !== true),
          faults: options.faults === true,
        },
        stopSignal,
      );
    });
}
