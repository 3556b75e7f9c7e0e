import { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { chipsCommand } from './chips-command';
import { scenarioCommand } from './scenario-command';

/** `weldcode sim ...`: virtual chips, apps and scenarios (spec/simulator.md). */
export function simCommand(io: CliIo): Command {
  const sim = new Command('sim')
    .description('simulate chips and phone apps: run a scenario, or load a broker with N virtual chips')
    .addCommand(scenarioCommand(io))
    .addCommand(chipsCommand(io))
    .addHelpText(
      'after',
      `
Scenario files are JSON validated by packages/simulator/scenarios/scenario.schema.json; each states
the refusals and alerts a correct platform must produce. In process (the default) a run is
deterministic from the seed; --embedded / --broker run the same chips and the minimal platform
harness (built on @weldcode/protocol's PlatformMachine) over MQTT. Semantics: spec/simulator.md. Exit status: 0 when every expectation is
met, 1 when one is violated (or on an error), 2 on a usage error.

Examples:
  weldcode sim scenario packages/simulator/scenarios/district-workday.json
  weldcode sim scenario district-workday.json --json > summary.json
  weldcode sim scenario examples/sim-scenario/scenario.json --embedded
  weldcode sim scenario district-workday.json --broker mqtt://127.0.0.1:1883
  weldcode sim chips --embedded --count 500 --duration 60
  weldcode sim chips --broker mqtt://127.0.0.1:1883 --count 10000 --duration 120 --json`,
    );
  const settle = (command: Command): void => {
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
    for (const sub of command.commands) settle(sub);
  };
  sim.configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const sub of sim.commands) settle(sub);
  return sim;
}
