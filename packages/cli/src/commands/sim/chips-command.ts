import { type FleetStats, runFleet, startEmbeddedBroker } from '@weldcode/simulator';
import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { startProgress } from '../../progress';

interface ChipsOptions {
  broker?: string;
  embedded?: boolean;
  count: number;
  duration: number;
  seed: number;
  telemetry: number;
  heartbeat: number;
  json?: boolean;
  quiet?: boolean;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new CliError('ERR_CLI_BAD_INPUT', `not a positive integer: ${value}`);
  return n;
}

function human(stats: FleetStats): string {
  return `${[
    `chips    ${stats.online}/${stats.chips} online`,
    `traffic  ${stats.uplinks} uplinks, ${stats.downlinks} downlinks, ${stats.recordsIngested} records in ${stats.elapsedS.toFixed(1)} s`,
    `alerts   ${stats.alerts}`,
    `cost     ${(stats.rssPerChip / 1024).toFixed(1)} KiB RSS and ${(stats.heapPerChip / 1024).toFixed(1)} KiB heap per chip, CPU ${stats.cpuPercent} % of one core`,
  ].join('\n')}\n`;
}

/** `weldcode sim chips`: N virtual chips in real time against an MQTT broker. */
export function chipsCommand(io: CliIo): Command {
  return new Command('chips')
    .description(
      'run N virtual chips in real time against an MQTT broker (each: handshake, birth, telemetry, locations, ' +
        'heartbeats, time sync; 30 % weld under a grant), with the minimal platform harness on the same broker',
    )
    .option('--broker <url>', 'MQTT broker URL, e.g. mqtt://127.0.0.1:1883')
    .option('--embedded', 'start an in-process aedes broker instead')
    .option('--count <n>', 'number of chips', positive, 100)
    .option('--duration <s>', 'seconds to run once every chip is online', positive, 30)
    .option('--seed <n>', 'seed of keys and signals', positive, 1)
    .option('--telemetry <s>', 'telemetry interval, seconds', positive, 10)
    .option('--heartbeat <s>', 'heartbeat interval, seconds', positive, 60)
    .option('--json', 'print the measured figures as JSON')
    .option('--quiet', 'no progress bar')
    .action(async (options: ChipsOptions) => {
      if (Boolean(options.broker) === Boolean(options.embedded)) {
        throw new CliError('ERR_CLI_BAD_INPUT', 'give exactly one of --broker <url> and --embedded');
      }
      const broker = options.embedded ? await startEmbeddedBroker() : undefined;
      const url = broker?.url ?? (options.broker as string);
      const progress = startProgress(io, 'chips', options.quiet || options.json);
      try {
        const stats = await runFleet({
          url,
          count: options.count,
          durationS: options.duration,
          seed: options.seed,
          telemetryIntervalS: options.telemetry,
          heartbeatIntervalS: options.heartbeat,
          onProgress: (phase, done, total, s) =>
            progress.update(
              Math.round(done),
              total,
              phase === 'connect' ? 'connecting' : `${s.online} online, ${s.recordsIngested} records`,
            ),
        });
        progress.stop();
        io.out(options.json ? `${JSON.stringify(stats, null, 2)}\n` : human(stats));
        if (stats.online < stats.chips) {
          throw new CliError('ERR_CLI_CHECK_FAILED', `${stats.chips - stats.online} chips never came online`);
        }
      } finally {
        progress.stop();
        await broker?.close();
      }
    });
}
