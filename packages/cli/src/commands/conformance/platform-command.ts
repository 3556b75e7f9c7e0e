import {
  type PlatformManifest,
  platformSuiteHash,
  readCapabilityManifest,
  runPlatformProfile,
  type TesteeCommand,
} from '@weldcode/conformance';
import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { type ProfileCommandOptions, runProfileCommand, withProfileOptions } from './profile-command';

interface PlatformOptions extends ProfileCommandOptions {
  manifest: string;
  reference?: boolean;
}

function portOf(url: string): string {
  const parsed = new URL(url);
  return parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
}

/**
 * This very CLI's `platform-testee` (the reference server) on the ports and admin password the
 * manifest names: what `--reference` runs instead of the manifest's control command.
 */
export function referencePlatformControl(io: CliIo, platform: PlatformManifest): TesteeCommand {
  if (platform.mqtt === undefined || !('password' in platform.admin)) {
    throw new CliError(
      'ERR_CLI_BAD_INPUT',
      '--reference needs a manifest with an mqtt URL and an admin password',
    );
  }
  return {
    command: process.execPath,
    args: [
      ...process.execArgv,
      process.argv[1] ?? '',
      ...['conformance', 'platform-testee', '--port', portOf(platform.api)],
      ...['--mqtt-port', portOf(platform.mqtt), '--admin-password', platform.admin.password],
      ...(platform.tcp === undefined ? [] : ['--tcp-port', String(platform.tcp.port)]),
    ],
    cwd: io.cwd,
  };
}

/** `weldcode conformance platform --manifest <file>`: the platform profile with signed reports. */
export function platformCommand(io: CliIo): Command {
  const command = new Command('platform')
    .description(
      'run the platform profile: play chips (MQTT, TCP) and phone apps (HTTP) against a platform, crash it through its control; ' +
        'write JSON, JUnit XML and HTML reports',
    )
    .requiredOption(
      '--manifest <file>',
      'the capability manifest with a platform section (URLs, admin, control)',
    )
    .option(
      '--reference',
      "test the reference server (`weldcode conformance platform-testee`) on the manifest's ports",
    );
  return withProfileOptions(command, 'platform').action((options: PlatformOptions) =>
    runProfileCommand(io, 'platform', platformSuiteHash(), options, (selection) => {
      const capabilities = readCapabilityManifest(options.manifest);
      const control =
        options.reference && capabilities.platform
          ? referencePlatformControl(io, capabilities.platform)
          : undefined;
      return runPlatformProfile({ capabilities, ...(control ? { control } : {}), ...selection });
    }),
  );
}
