import { ControlChannel, parseControlHello } from '../../runner/control-channel';
import { startTesteeChild } from '../../runner/testee-child';
import type { TesteeCommand } from '../../runner/testee-process';

/** The platform control channel version this runner speaks (WC-CONF-029). */
export const PLATFORM_CONTROL_VERSION = 1;

/** First line of a platform control program (WC-CONF-029). */
export interface PlatformHello {
  type: 'hello';
  protocol: number;
  role: 'platform';
  implementation: string;
  version: string;
}

function parsePlatformHello(line: string): PlatformHello {
  return parseControlHello<PlatformHello>(
    line,
    { label: 'platform control', protocol: PLATFORM_CONTROL_VERSION, role: 'platform' },
    () => ({}),
  );
}

/**
 * The runner's end of the platform control channel (spec/conformance.md §7.2): the lab's program
 * that starts the platform under test, SIGKILLs it (an injected crash) and restarts it on the
 * same storage.
 */
export class PlatformControl extends ControlChannel<PlatformHello> {
  /** Starts the control program and waits for its hello. */
  static async start(testee: TesteeCommand, helloTimeoutMs = 60_000): Promise<PlatformControl> {
    return new PlatformControl(
      await startTesteeChild(testee, helloTimeoutMs, parsePlatformHello),
      'ERR_PLATFORM_CONTROL',
      'platform control',
    );
  }
}
