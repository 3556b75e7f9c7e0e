import {
  type ChipTransportOption,
  chipSuiteHash,
  readCapabilityManifest,
  runChipProfile,
  type TesteeCommand,
} from '@weldcode/conformance';
import { Command, Option } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { type ProfileCommandOptions, runProfileCommand, withProfileOptions } from './profile-command';

interface ChipOptions extends ProfileCommandOptions {
  capabilities: string;
  transport: 'mqtt' | 'tcp';
  broker?: string;
  listen?: string;
  reference?: boolean;
}

/** This very CLI, started again as the reference chip testee (works from source and when built). */
function referenceTestee(io: CliIo): TesteeCommand {
  return {
    command: process.execPath,
    args: [...process.execArgv, process.argv[1] ?? '', 'conformance', 'chip-testee'],
    cwd: io.cwd,
  };
}

function transportOption(options: ChipOptions): ChipTransportOption {
  if (options.transport === 'mqtt')
    return options.broker ? { kind: 'mqtt', url: options.broker } : { kind: 'mqtt' };
  if (options.broker) throw new CliError('ERR_CLI_BAD_INPUT', '--broker needs --transport mqtt');
  const [host = '127.0.0.1', port = '0'] = (options.listen ?? '').split(':');
  if (options.listen !== undefined && !/^\d+$/.test(port)) {
    throw new CliError('ERR_CLI_BAD_INPUT', `--listen wants host:port, not ${options.listen}`);
  }
  return { kind: 'tcp', host, port: Number(port) };
}

/** `weldcode conformance chip -- <chip testee>`: the chip profile with signed reports. */
export function chipCommand(io: CliIo): Command {
  const command = new Command('chip')
    .description(
      'run the chip profile: play the platform (MQTT or TCP) against a chip driven through its control channel; ' +
        'write JSON, JUnit XML and HTML reports',
    )
    .argument('[testee...]', 'the chip testee program and its arguments (after --)')
    .requiredOption('--capabilities <file>', "the chip's capability manifest (JSON with a chip section)")
    .addOption(
      new Option('--transport <kind>', 'how the chip reaches the platform')
        .choices(['mqtt', 'tcp'])
        .default('mqtt'),
    )
    .option('--broker <url>', "a lab's MQTT broker (default: the runner starts its own aedes broker)")
    .option(
      '--listen <host:port>',
      'where the runner listens for TCP chips (default 127.0.0.1, any free port)',
    )
    .option(
      '--reference',
      'test the reference chip (`weldcode conformance chip-testee`) instead of a program',
    );
  return withProfileOptions(command, 'chip').action(async (testee: string[], options: ChipOptions) => {
    const [command, ...args] = testee;
    if (Boolean(command) === Boolean(options.reference)) {
      throw new CliError('ERR_CLI_BAD_INPUT', 'give exactly one of --reference and a chip testee after --');
    }
    await runProfileCommand(io, 'chip', chipSuiteHash(), options, (selection) =>
      runChipProfile({
        testee: command ? { command, args, cwd: io.cwd } : referenceTestee(io),
        capabilities: readCapabilityManifest(options.capabilities),
        transport: transportOption(options),
        ...selection,
      }),
    );
  });
}
