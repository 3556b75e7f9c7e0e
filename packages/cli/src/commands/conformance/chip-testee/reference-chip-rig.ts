import { type ChipLink, type ChipLinkTarget, openChipLink } from '@weldcode/conformance';
import { encodeEnvelope, ReconnectBackoff } from '@weldcode/protocol';
import {
  type MachineKind,
  type SeededRandom,
  SimClock,
  seededRandom,
  VirtualChip,
} from '@weldcode/simulator';
import { CLI_VERSION } from '../../../version';

/** Deliberately broken variants of the reference chip, for the suite's self-test (WC-CONF-025). */
export const MISBEHAVIOURS = [
  'arcs-without-grant',
  'accepts-replayed-grant',
  'no-alarm-retransmission',
  'no-backoff',
] as const;

/** One of {@link MISBEHAVIOURS}. */
export type Misbehaviour = (typeof MISBEHAVIOURS)[number];

/** Options of {@link ReferenceChipRig}. */
export interface RigOptions {
  chipId: string;
  seed: number;
  machineKind: MachineKind;
  misbehave?: Misbehaviour;
}

/** A command of the chip control channel, as received. */
export type RigCommand = { command: string } & Record<string, unknown>;

/** A reply without its `type` and `id`. */
export type RigReply = { ok: true } & Record<string, unknown>;

/** A handshake not finished after this long counts as a failed session attempt. */
const HANDSHAKE_TIMEOUT_MS = 5_000;

class RigRefusal extends Error {}

const hexBytes = (value: unknown) => new Uint8Array(Buffer.from(String(value ?? ''), 'hex'));

/**
 * The reference chip on a virtual bench: the simulator's `VirtualChip` (simulated clock, seeded
 * keys) behind the chip control channel, with the connection management a firmware has around
 * its protocol state machine — reconnect with exponential back-off and a handshake timeout.
 */
export class ReferenceChipRig {
  readonly clock = new SimClock(Math.floor(Date.now() / 1000) * 1000);
  uplinks = 0;
  downlinks = 0;
  private chip: VirtualChip | undefined;
  private readonly random: SeededRandom;
  private readonly backoff: ReconnectBackoff;
  private target: ChipLinkTarget | undefined;
  private link: ChipLink | undefined;
  private nextAttemptAt: number | undefined;
  private attemptStartedAt = 0;
  private sessionStartedAt: number | undefined;
  private bypassedOnTrigger = false;
  /** Arc current flowed in the last simulated second (the rig's current clamp). */
  private arcing = false;

  constructor(private readonly options: RigOptions) {
    this.random = seededRandom(options.seed);
    const jitter = this.random.fork('backoff');
    this.backoff = new ReconnectBackoff({ random: () => jitter.next() });
  }

  /** The control channel's first line (WC-CONF-019). */
  hello(): Record<string, unknown> {
    return {
      type: 'hello',
      protocol: 1,
      role: 'chip',
      implementation: `weldcode reference chip${this.options.misbehave ? ` (broken: ${this.options.misbehave})` : ''}`,
      version: CLI_VERSION,
      chipId: this.options.chipId,
      clock: 'simulated',
    };
  }

  /** Runs one command (WC-CONF-020); throws for a refused one. */
  async handle(message: RigCommand): Promise<RigReply> {
    if (message.command === 'register') return this.register(message);
    if (message.command === 'sync')
      return this.sync(Number(message.downlinks ?? 0), Number(message.waitMs ?? 1000));
    if (message.command === 'bye') {
      this.dropLink();
      return { ok: true };
    }
    const chip = this.chip;
    if (chip === undefined) throw new RigRefusal('register first: the chip has no platform key yet');
    switch (message.command) {
      case 'connect':
        this.target = message as unknown as ChipLinkTarget;
        this.nextAttemptAt = this.clock.now();
        await this.supervise(chip);
        return { ok: true };
      case 'advance':
        await this.advance(chip, Number(message.ms ?? 0));
        return { ok: true, uplinks: this.uplinks, downlinks: this.downlinks };
      case 'trigger':
        this.trigger(chip, message.pulled === true);
        return { ok: true };
      case 'state':
        return {
          ok: true,
          relayClosed: chip.machine.relayClosed,
          energised: chip.energised,
          arcing: this.arcing,
        };
      case 'cut-power':
        chip.cutPower();
        return { ok: true };
      case 'restore-power':
        chip.restorePower();
        return { ok: true };
      case 'bypass-relay':
        chip.bypassRelay(message.on === true);
        return { ok: true };
      case 'open-enclosure':
        chip.openEnclosure();
        return { ok: true };
      case 'ble-relay':
        chip.relayed(hexBytes(message.envelope));
        this.afterDownlink(chip);
        return { ok: true };
      default:
        throw new RigRefusal('unsupported');
    }
  }

  private register(message: RigCommand): RigReply {
    this.chip ??= this.build(hexBytes(message.platformKey));
    const request = this.chip.registration(
      String(message.machineSerial ?? ''),
      String(message.installerId ?? ''),
    );
    const bytes = encodeEnvelope({ seq: 0, body: { kind: 'registerRequest', value: request } });
    return { ok: true, request: Buffer.from(bytes).toString('hex') };
  }

  private build(platformKey: Uint8Array): VirtualChip {
    const chip = new VirtualChip({
      chipId: this.options.chipId,
      secretKey: this.random.fork('chip-key').bytes(32),
      platformKeys: [platformKey],
      machineKind: this.options.machineKind,
      clock: this.clock,
      random: this.random.fork('chip'),
      position: { lat: 30.9181, lon: 121.4737 },
    });
    chip.transmit = (bytes) => {
      if (this.link?.send(bytes)) this.uplinks++;
      this.afterTransmit(chip);
    };
    return chip;
  }

  private async sync(downlinks: number, waitMs: number): Promise<RigReply> {
    const until = Date.now() + waitMs;
    while (this.downlinks < downlinks && Date.now() < until) await new Promise((r) => setTimeout(r, 2));
    return { ok: true, uplinks: this.uplinks, downlinks: this.downlinks };
  }

  private async advance(chip: VirtualChip, ms: number): Promise<void> {
    for (let left = ms; left > 0; left -= 1000) {
      this.clock.advance(Math.min(1000, left));
      const arcSeconds = chip.stats.arcSeconds;
      chip.advance();
      this.arcing = chip.stats.arcSeconds > arcSeconds;
      await this.supervise(chip);
    }
  }

  /** Connection management, once per simulated second: handshake timeout, back-off, reconnect. */
  private async supervise(chip: VirtualChip): Promise<void> {
    if (this.target === undefined) return;
    const now = this.clock.now();
    const status = chip.machine.status;
    if (status === 'online') {
      this.sessionStartedAt ??= now;
      return;
    }
    if (this.sessionStartedAt !== undefined) {
      this.backoff.sessionEnded(now - this.sessionStartedAt);
      this.sessionStartedAt = undefined;
    }
    if (status === 'handshaking' && this.link && now - this.attemptStartedAt < HANDSHAKE_TIMEOUT_MS) return;
    if (this.nextAttemptAt === undefined) {
      // the attempt or the session failed: drop what is left of it and wait before the next one
      this.dropLink();
      this.nextAttemptAt = now + (this.options.misbehave === 'no-backoff' ? 1000 : this.backoff.next());
    }
    if (now < this.nextAttemptAt) return;
    this.nextAttemptAt = undefined;
    await this.attempt(chip, this.target);
  }

  private async attempt(chip: VirtualChip, target: ChipLinkTarget): Promise<void> {
    try {
      const link = await openChipLink(target, chip.chipId, {
        downlink: (bytes) => {
          if (this.link !== link) return;
          this.downlinks++;
          chip.deliver(bytes);
          this.afterDownlink(chip);
        },
        closed: () => {
          if (this.link === link) chip.linkDown();
        },
      });
      this.link = link;
      this.attemptStartedAt = this.clock.now();
      chip.linkUp();
    } catch {
      this.link = undefined;
      chip.linkDown();
    }
  }

  private dropLink(): void {
    const link = this.link;
    this.link = undefined;
    this.chip?.linkDown();
    link?.close();
  }

  private trigger(chip: VirtualChip, pulled: boolean): void {
    chip.pullTrigger(pulled);
    if (this.options.misbehave !== 'arcs-without-grant') return;
    // broken firmware: energises the machine whenever the trigger is pulled without a grant
    if (pulled && chip.machine.grant === undefined) {
      chip.bypassRelay(true);
      this.bypassedOnTrigger = true;
    } else if (!pulled && this.bypassedOnTrigger) {
      chip.bypassRelay(false);
      this.bypassedOnTrigger = false;
    }
  }

  private afterDownlink(chip: VirtualChip): void {
    if (this.options.misbehave !== 'accepts-replayed-grant') return;
    // broken firmware: forgets the directive nonces it has seen
    (chip.machine as unknown as { nonces: Map<string, number> }).nonces.clear();
  }

  private afterTransmit(chip: VirtualChip): void {
    if (this.options.misbehave !== 'no-alarm-retransmission') return;
    // broken firmware: an alarm is fire-and-forget, dropped once sent
    for (const record of [...chip.machine.buffer.records]) {
      if (record.kind === 'alarm' && record.sentAt !== undefined)
        chip.machine.buffer.alarmAck(record.epoch, record.seq);
    }
  }
}

/** Whether an error is the rig refusing a command (as opposed to a bug). */
export function isRigRefusal(error: unknown): error is Error {
  return error instanceof RigRefusal;
}
