import type { CapabilityManifest, PlatformManifest } from '../../capabilities/capability-manifest';
import { PLATFORM_CASES } from '../../cases/platform/platform-cases';
import { ConformanceError } from '../../conformance-error';
import type { TesteeCommand } from '../../runner/testee-process';
import { profileSuiteHash } from '../profile-case';
import { type LiveProfileRun, type ProfileCaseSelection, runLiveProfile } from '../run-profile';
import { PlatformApi } from './platform-api';
import { PlatformControl, type PlatformHello } from './platform-control';
import { PlatformSession } from './platform-session';

/** Options of {@link runPlatformProfile}. */
export interface RunPlatformProfileOptions extends ProfileCaseSelection {
  /** The manifest; its `platform` section is required. */
  capabilities: CapabilityManifest;
  /** The platform control program; default the manifest's `platform.control`. */
  control?: TesteeCommand;
}

/** What one platform-profile run produced. */
export interface PlatformRun extends LiveProfileRun {
  hello: PlatformHello | undefined;
  stderr: string;
  capabilities: CapabilityManifest;
  setup: { api: string; mqtt?: string; tcp?: string };
}

/** The suite hash of the platform profile's case catalogue (WC-CONF-024). */
export function platformSuiteHash(): string {
  return profileSuiteHash('platform', PLATFORM_CASES as never);
}

function platformSection(capabilities: CapabilityManifest): PlatformManifest {
  const platform = capabilities.platform;
  if (platform === undefined) {
    throw new ConformanceError(
      'ERR_CAPABILITIES_INVALID',
      'the capability manifest has no "platform" section',
    );
  }
  if (platform.groups.includes('tcp-framing') && platform.tcp === undefined) {
    throw new ConformanceError(
      'ERR_CAPABILITIES_INVALID',
      'group tcp-framing declared without a tcp endpoint',
    );
  }
  return platform;
}

/** The platform section as a published report may show it: no secret of the admin (WC-CONF-032). */
function redacted(manifest: PlatformManifest): PlatformManifest {
  const { admin, control } = manifest;
  const secret = 'token' in admin ? admin.token : admin.password;
  return {
    ...manifest,
    admin: 'token' in admin ? { token: '***' } : { username: admin.username, password: '***' },
    control: {
      ...control,
      ...(control.args ? { args: control.args.map((arg) => arg.replaceAll(secret, '***')) } : {}),
    },
  };
}

/**
 * Runs the platform profile: the runner plays chips (MQTT or TCP) and phone apps (HTTP) against
 * the platform under test, and crashes and restarts it through the lab's platform control
 * (spec/conformance.md §7).
 *
 * @throws {@link ConformanceError} `ERR_CAPABILITIES_INVALID` for a manifest that cannot run;
 *   problems of the platform itself become verdicts.
 * @example
 * ```ts
 * import { readCapabilityManifest, runPlatformProfile } from '@weldcode/conformance';
 *
 * const run = await runPlatformProfile({ capabilities: readCapabilityManifest('district.json') });
 * console.log(run.results.filter((r) => r.verdict !== 'pass'));
 * ```
 */
export async function runPlatformProfile(options: RunPlatformProfileOptions): Promise<PlatformRun> {
  const manifest = platformSection(options.capabilities);
  const setup: PlatformRun['setup'] = {
    api: manifest.api,
    ...(manifest.mqtt === undefined ? {} : { mqtt: manifest.mqtt }),
    ...(manifest.tcp === undefined ? {} : { tcp: `${manifest.tcp.host}:${manifest.tcp.port}` }),
  };
  let control: PlatformControl | undefined;
  let session: PlatformSession | undefined;
  const run = await runLiveProfile('platform', PLATFORM_CASES, options, {
    start: async () => {
      control = await PlatformControl.start(
        options.control ?? { command: manifest.control.command, args: manifest.control.args ?? [] },
      );
      await control.require('start', {}, 90_000);
      const api = new PlatformApi(manifest);
      await api.ready();
      const running = new PlatformSession(api, control, manifest);
      session = running;
      return {
        session: running,
        declaredGroups: manifest.groups,
        beforeCase: async () => {
          running.closeChips();
          await running.ensureRunning();
        },
      };
    },
    stop: async () => {
      session?.closeChips();
      await control?.close(15_000);
    },
  });
  return {
    ...run,
    hello: control?.hello,
    stderr: control?.stderr ?? '',
    capabilities: { ...options.capabilities, platform: redacted(manifest) },
    setup,
  };
}
