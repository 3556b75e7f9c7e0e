import { ControlChannel, type ControlReply, parseControlHello } from '../../runner/control-channel';
import { startTesteeChild } from '../../runner/testee-child';
import type { TesteeCommand } from '../../runner/testee-process';

/** The chip control channel version this runner speaks (WC-CONF-019). */
export const CHIP_CONTROL_VERSION = 1;

/** First line of a chip testee (WC-CONF-019). */
export interface ChipHello {
  type: 'hello';
  protocol: number;
  role: 'chip';
  implementation: string;
  version: string;
  /** The chip id the chip under test uses on the wire. */
  chipId: string;
  /** `simulated`: `advance` moves the chip's clock at once; `real`: `advance` waits. */
  clock: 'simulated' | 'real';
}

/** A reply to a chip control command. */
export type ChipReply = ControlReply;

function parseChipHello(line: string): ChipHello {
  return parseControlHello<ChipHello>(
    line,
    { label: 'chip testee', protocol: CHIP_CONTROL_VERSION, role: 'chip' },
    ({ chipId, clock }, problem) => {
      if (typeof chipId !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(chipId))
        throw problem('chipId invalid');
      if (clock !== 'simulated' && clock !== 'real') throw problem('clock is neither "simulated" nor "real"');
      return { chipId, clock };
    },
  );
}

/**
 * The runner's end of the chip control channel (spec/conformance.md §6.2): starts the chip
 * testee, reads its hello, and sends one command at a time, waiting for its reply.
 */
export class ChipControl extends ControlChannel<ChipHello> {
  /** Starts the chip testee and waits for its hello (a bench rig may need a while to boot). */
  static async start(testee: TesteeCommand, helloTimeoutMs = 60_000): Promise<ChipControl> {
    return new ChipControl(
      await startTesteeChild(testee, helloTimeoutMs, parseChipHello),
      'ERR_CHIP_CONTROL',
      'chip testee',
    );
  }
}
