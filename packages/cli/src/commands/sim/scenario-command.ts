import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  parseScenario,
  type RunOptions,
  runScenario,
  runScenarioOverMqtt,
  type ScenarioSummary,
  startEmbeddedBroker,
} from '@weldcode/simulator';
import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { startProgress } from '../../progress';

interface ScenarioOptions {
  seed?: number;
  broker?: string;
  embedded?: boolean;
  json?: boolean;
  quiet?: boolean;
}

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new CliError('ERR_CLI_BAD_INPUT', `not an integer: ${value}`);
  return n;
}

function count<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}×${n}`).join(', ') || 'none';
}

function human(summary: ScenarioSummary): string {
  const e = summary.expectations;
  const lines = [
    `scenario ${summary.scenario} (seed ${summary.seed}): ${summary.simulatedMinutes} simulated minutes, ${summary.chips} chips`,
    `records  ${summary.records} ingested (${summary.historicalRecords} backfilled), ${summary.chipStats.sent} uplinks, ${summary.chipStats.received} downlinks`,
    `grants   ${summary.grants}; arc ${summary.chipStats.arcSeconds} s, of which without a grant ${summary.chipStats.bypassArcSeconds} s`,
    `refusals ${count(summary.refusals, (r) => r.reason)}`,
    `alerts   ${count(summary.alerts, (a) => a.kind)}`,
    `faults   dropped ${summary.faults.dropped}, duplicated ${summary.faults.duplicated}, reordered ${summary.faults.reordered}, delayed ${summary.faults.delayed}, corrupted ${summary.faults.corrupted}`,
    `inspect  ${summary.inspections.map((i) => `${i.code} ${i.valid ? 'valid' : 'INVALID'} (${i.reason})`).join(', ') || 'none'}`,
    e.ok ? 'expectations met' : 'expectations VIOLATED',
    ...e.missing.map((m) => `  missing    ${m}`),
    ...e.unexpected.map((u) => `  unexpected ${u}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `weldcode sim scenario <file>`: runs a scenario in process, deterministic from its seed. */
export function scenarioCommand(io: CliIo): Command {
  return new Command('scenario')
    .description(
      'run a scenario file in process (chips, worker and inspector apps, the minimal platform harness, the ' +
        "file's faults), deterministic from its seed; compare the platform's refusals and alerts with the file's expectations",
    )
    .argument('<file>', 'scenario JSON (schema: packages/simulator/scenarios/scenario.schema.json)')
    .option('--seed <n>', "override the file's seed", integer)
    .option('--broker <url>', 'run chips and harness over this MQTT broker instead of in process')
    .option('--embedded', 'run chips and harness over an in-process MQTT broker (aedes)')
    .option('--json', 'print the summary as JSON (for CI)')
    .option('--quiet', 'no progress bar')
    .action(async (file: string, options: ScenarioOptions) => {
      let text: string;
      try {
        text = readFileSync(resolve(io.cwd, file), 'utf8');
      } catch (cause) {
        throw new CliError('ERR_CLI_BAD_INPUT', `cannot read ${file}`, { cause });
      }
      const scenario = parseScenario(text);
      if (options.seed !== undefined) scenario.seed = options.seed;
      const progress = startProgress(io, 'sim', options.quiet || options.json);
      const run: RunOptions = {
        onProgress: (done, world) =>
          progress.update(
            Math.round(done * 100),
            100,
            `${world.harness.records.length} records, ${world.harness.alerts.length} alerts, ${world.harness.refusals.length} refusals`,
          ),
      };
      if (options.broker && options.embedded)
        throw new CliError('ERR_CLI_BAD_INPUT', 'give --broker or --embedded, not both');
      const broker = options.embedded ? await startEmbeddedBroker() : undefined;
      const url = broker?.url ?? options.broker;
      let summary: ScenarioSummary;
      try {
        summary =
          url === undefined ? runScenario(scenario, run) : await runScenarioOverMqtt(scenario, url, run);
      } finally {
        progress.stop();
        await broker?.close();
      }
      io.out(options.json ? `${JSON.stringify(summary, null, 2)}\n` : human(summary));
      if (!summary.expectations.ok) {
        throw new CliError(
          'ERR_CLI_CHECK_FAILED',
          `${summary.expectations.missing.length} expected outcomes missing, ${summary.expectations.unexpected.length} unexpected`,
        );
      }
    });
}
