// A small scenario against an in-process MQTT broker (aedes): two virtual chips built on the
// protocol's ChipMachine, the minimal platform harness built on PlatformMachine, a worker app
// scanning plates, a relay bypass, a coverage gap with its backfill, an opened enclosure — then the
// summary, checked against the refusals and alerts the scenario file says a platform must produce.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseScenario,
  runScenarioOverMqtt,
  type ScenarioSummary,
  startEmbeddedBroker,
} from '@weldcode/simulator';

const scenarioPath = fileURLToPath(new URL('../scenario.json', import.meta.url));

/** Runs the example and returns its summary. */
export async function run(print: (line: string) => void = () => {}): Promise<ScenarioSummary> {
  const scenario = parseScenario(readFileSync(scenarioPath, 'utf8'));
  const broker = await startEmbeddedBroker();
  print(`broker: aedes on ${broker.url}`);
  try {
    const summary = await runScenarioOverMqtt(scenario, broker.url);
    const refusals = summary.refusals.map((r) => `${r.reason} (machine ${r.machine})`).join(', ');
    const alerts = [...new Set(summary.alerts.map((a) => `${a.kind} (machine ${a.machine})`))].join(', ');
    print(
      `scenario: ${summary.scenario}, ${summary.simulatedMinutes} simulated minutes, ${summary.chips} chips`,
    );
    print(
      `records:  ${summary.records} stored, ${summary.historicalRecords} of them backfilled after the coverage gap`,
    );
    print(`grants:   ${summary.grants}; refusals: ${refusals || 'none'}`);
    print(`alerts:   ${alerts || 'none'}`);
    print(
      summary.expectations.ok
        ? 'expectations: met'
        : `expectations: VIOLATED, missing ${summary.expectations.missing.join('; ')}, unexpected ${summary.expectations.unexpected.join('; ')}`,
    );
    return summary;
  } finally {
    await broker.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  run(console.log)
    .then((summary) => {
      if (!summary.expectations.ok) process.exitCode = 1;
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
