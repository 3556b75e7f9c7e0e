import type { CapabilityManifest } from '../../capabilities/capability-manifest';
import { CHIP_CASES } from '../../cases/chip/chip-cases';
import { ConformanceError } from '../../conformance-error';
import type { TesteeCommand } from '../../runner/testee-process';
import { profileSuiteHash } from '../profile-case';
import { type LiveProfileRun, type ProfileCaseSelection, runLiveProfile } from '../run-profile';
import { ChipControl, type ChipHello } from './chip-control';
import { ChipSession, RunnerClock } from './chip-session';
import { type EmbeddedBroker, startConformanceBroker } from './embedded-broker';
import { LabPlatform } from './lab-platform';
import { mqttPlatform, type PlatformTransport, tcpPlatform } from './platform-transports';

/** Where the runner plays the platform (WC-CONF-021). */
export type ChipTransportOption =
  | { kind: 'tcp'; host?: string; port?: number }
  /** Without `url` the runner starts its own aedes broker. */
  | { kind: 'mqtt'; url?: string };

/** Options of {@link runChipProfile}. */
export interface RunChipProfileOptions extends ProfileCaseSelection {
  /** The chip testee: the program that speaks the chip control channel (spec/conformance.md §6.2). */
  testee: TesteeCommand;
  /** The chip's capability manifest; its `chip` section is required. */
  capabilities: CapabilityManifest;
  transport: ChipTransportOption;
}

/** What one chip-profile run produced. */
export interface ChipRun extends LiveProfileRun {
  hello: ChipHello | undefined;
  stderr: string;
  capabilities: CapabilityManifest;
  setup: { transport: 'mqtt' | 'tcp'; broker?: 'embedded' | 'external'; clock?: ChipHello['clock'] };
}

/** The suite hash of the chip profile's case catalogue (WC-CONF-024). */
export function chipSuiteHash(): string {
  return profileSuiteHash('chip', CHIP_CASES as never);
}

function checkSetup(options: RunChipProfileOptions): void {
  const chip = options.capabilities.chip;
  if (chip === undefined) {
    throw new ConformanceError('ERR_CAPABILITIES_INVALID', 'the capability manifest has no "chip" section');
  }
  if (!chip.transports.includes(options.transport.kind)) {
    throw new ConformanceError(
      'ERR_CHIP_TRANSPORT',
      `the manifest does not declare the transport ${options.transport.kind} (declared: ${chip.transports.join(', ')})`,
    );
  }
}

/**
 * Runs the chip profile: the runner plays the platform over MQTT or TCP, drives the chip under
 * test through its control channel, and judges every case (spec/conformance.md §6).
 *
 * @throws {@link ConformanceError} `ERR_CAPABILITIES_INVALID` or `ERR_CHIP_TRANSPORT` for a setup
 *   that cannot run; problems of the chip itself become verdicts.
 * @example
 * ```ts
 * import { runChipProfile } from '@weldcode/conformance';
 *
 * const run = await runChipProfile({
 *   testee: { command: './bench-rig-control' },
 *   capabilities: { implementation: 'acme-fw', chip: { transports: ['tcp'], features: ['gnss'] } },
 *   transport: { kind: 'tcp' },
 * });
 * console.log(run.results.filter((r) => r.verdict !== 'pass'));
 * ```
 */
export async function runChipProfile(options: RunChipProfileOptions): Promise<ChipRun> {
  checkSetup(options);
  const capabilities = options.capabilities;
  const setup: ChipRun['setup'] = {
    transport: options.transport.kind,
    ...(options.transport.kind === 'mqtt' ? { broker: options.transport.url ? 'external' : 'embedded' } : {}),
  };
  let control: ChipControl | undefined;
  let broker: EmbeddedBroker | undefined;
  let transport: PlatformTransport | undefined;
  const run = await runLiveProfile('chip', CHIP_CASES, options, {
    start: async () => {
      control = await ChipControl.start(options.testee);
      const clock = new RunnerClock(control.hello.clock === 'simulated');
      setup.clock = control.hello.clock;
      const platform = new LabPlatform(control.hello.chipId, () => clock.now());
      if (options.transport.kind === 'tcp') {
        transport = await tcpPlatform(platform, options.transport.host, options.transport.port);
      } else {
        broker = options.transport.url === undefined ? await startConformanceBroker() : undefined;
        transport = await mqttPlatform(
          options.transport.url ?? (broker as EmbeddedBroker).url,
          platform,
          broker,
        );
      }
      platform.transport = transport;
      return {
        session: new ChipSession(control, platform, transport, clock, capabilities),
        declaredGroups: capabilities.chip?.features ?? [],
      };
    },
    stop: async () => {
      await control?.close();
      if (transport !== undefined) await transport.close();
      else await broker?.close();
    },
  });
  return { ...run, hello: control?.hello, stderr: control?.stderr ?? '', capabilities, setup };
}
