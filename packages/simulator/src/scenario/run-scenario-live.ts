import { MqttNetwork } from '../transport/mqtt-network';
import { driveScenario, type RunOptions, type ScenarioSummary } from './run-scenario';
import type { Scenario } from './scenario-types';
import { buildWorld } from './scenario-world';

/**
 * Runs a scenario with every chip and the platform harness on a real MQTT broker: the same
 * events and expectations as {@link runScenario}, simulated time advancing one second per step
 * once the broker delivered the previous step's messages.
 *
 * @example
 * ```ts
 * import { runScenarioOverMqtt, startEmbeddedBroker } from '@weldcode/simulator';
 *
 * const broker = await startEmbeddedBroker();
 * const summary = await runScenarioOverMqtt(scenario, broker.url);
 * ```
 */
export async function runScenarioOverMqtt(
  scenario: Scenario,
  url: string,
  options: RunOptions = {},
): Promise<ScenarioSummary> {
  const world = buildWorld(scenario);
  const network = await MqttNetwork.open(
    world.harness,
    world.clock,
    world.random.fork('network'),
    url,
    scenario.faults ?? {},
  );
  try {
    for (const chip of world.chips.values()) await network.attach(chip);
    await network.settle(2000);
    const run = driveScenario(world, network, options);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value;
      await network.settle();
    }
  } finally {
    await network.close();
  }
}
