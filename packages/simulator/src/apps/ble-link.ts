import type { ChipOutput } from '@weldcode/protocol';
import { encodeFrame, FrameDecoder } from '@weldcode/protocol';
import type { VirtualChip } from '../chip/virtual-chip';

/**
 * An in-process "BLE" link from a phone to a chip: bytes travel as the protocol's stream frames
 * (magic, length, CRC-32) in small MTU-sized chunks, and the chip side reassembles them with a
 * {@link FrameDecoder}, like a GATT characteristic carrying a byte stream.
 *
 * @example
 * ```ts
 * import { BleLink } from '@weldcode/simulator';
 *
 * const outcome = new BleLink(chip).send(grantEnvelope);
 * ```
 */
export class BleLink {
  private readonly decoder = new FrameDecoder();

  constructor(
    private readonly chip: VirtualChip,
    private readonly mtu = 20,
    /** Mangles a chunk in flight (tests use it to corrupt a BLE transfer). */
    private readonly tamper: (chunk: Uint8Array) => Uint8Array = (c) => c,
  ) {}

  /** Sends one envelope; returns the chip's answers to every intact frame. */
  send(envelope: Uint8Array): ChipOutput[] {
    const frame = encodeFrame(envelope);
    const outcomes: ChipOutput[] = [];
    for (let i = 0; i < frame.length; i += this.mtu) {
      const { frames } = this.decoder.push(this.tamper(frame.subarray(i, i + this.mtu)));
      for (const bytes of frames) outcomes.push(this.chip.relayed(bytes));
    }
    return outcomes;
  }
}
