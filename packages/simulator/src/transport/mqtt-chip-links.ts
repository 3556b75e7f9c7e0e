import { ReconnectBackoff } from '@weldcode/protocol';
import type { VirtualChip } from '../chip/virtual-chip';
import { FaultPipe, type FaultPlan } from '../faults/fault-pipe';
import type { SeededRandom } from '../random';
import type { SimClock } from '../sim-clock';
import { MqttChipLink } from './mqtt-transport';

/** One chip on the broker: its current connection, fault pipes and reconnect back-off. */
export interface MqttAttachment {
  chip: VirtualChip;
  random: SeededRandom;
  link?: MqttChipLink;
  opening?: Promise<void>;
  up?: FaultPipe;
  down?: FaultPipe;
  /** Connections opened so far (each gets its own fault pipes, seeded by this number). */
  generation: number;
  backoff: ReconnectBackoff;
  reconnectAtMs?: number;
}

/**
 * The attachment lifecycle shared by the simulator's MQTT networks: one {@link MqttChipLink} per
 * virtual chip, the scenario's fault pipes on each connection, and a jittered reconnect back-off
 * on the simulated clock when a link drops or the broker goes away. Subclasses decide what an
 * uplink leaving its fault pipe does on the wire and how to wait for the traffic to settle.
 */
export abstract class MqttChipLinks<A extends MqttAttachment = MqttAttachment> {
  protected readonly links = new Map<VirtualChip, A>();
  private readonly retired: FaultPipe[] = [];

  protected constructor(
    protected readonly url: string,
    protected readonly clock: SimClock,
    protected readonly random: SeededRandom,
    protected readonly faults: { up?: FaultPlan; down?: FaultPlan } = {},
  ) {}

  /** A subclass's attachment: `base` with its own bookkeeping added. */
  protected abstract attachment(base: MqttAttachment): A;

  /** Puts an uplink that passed its fault pipe on the wire (`publish` is the link's own). */
  protected abstract sendUp(a: A, bytes: Uint8Array, publish: (bytes: Uint8Array) => void): void;

  /** A downlink arrived from the broker, before its fault pipe. */
  protected downlinkArrived(): void {}

  /** A connection was lost (dropped, or the broker closed it), before its pipes are retired. */
  protected connectionLost(_a: A): void {}

  /** Connects a chip; resolves once the connection is open or failed (then it retries later). */
  async attach(chip: VirtualChip): Promise<void> {
    const random = this.random.fork(`mqtt-${chip.chipId}`);
    const a = this.attachment({
      chip,
      random,
      generation: 0,
      backoff: new ReconnectBackoff({ baseMs: 5000, capMs: 300_000, random: random.fork('backoff').next }),
    });
    this.links.set(chip, a);
    await this.open(a);
  }

  private open(a: A): Promise<void> {
    if (a.chip.removed) return Promise.resolve();
    a.reconnectAtMs = undefined;
    const generation = ++a.generation;
    let publish: (bytes: Uint8Array) => void = () => {};
    let deliver: (bytes: Uint8Array) => void = () => {};
    const fork = a.random.fork(`connection-${generation}`);
    const up = new FaultPipe(this.faults.up ?? {}, fork.fork('up'), this.clock, (bytes) =>
      this.sendUp(a, bytes, publish),
    );
    const down = new FaultPipe(this.faults.down ?? {}, fork.fork('down'), this.clock, (bytes) =>
      deliver(bytes),
    );
    a.up = up;
    a.down = down;
    a.opening = MqttChipLink.open(a.chip, this.url, {
      uplink: (bytes, p) => {
        publish = p;
        up.push(bytes);
      },
      downlink: (bytes, d) => {
        this.downlinkArrived();
        deliver = d;
        down.push(bytes);
      },
    }).then(
      (link) => {
        a.link = link;
        a.opening = undefined;
        // the broker went away (restart, crash): reconnect after the jittered back-off
        link.client.on('close', () => {
          if (a.link === link) this.lost(a);
        });
      },
      () => {
        // the broker is not back yet: try again after the next back-off
        a.opening = undefined;
        a.reconnectAtMs = this.clock.now() + a.backoff.next();
      },
    );
    return a.opening;
  }

  /** Destroys a chip's socket without DISCONNECT (the broker publishes its Last Will). */
  drop(chip: VirtualChip, reconnect = true): void {
    const a = this.links.get(chip);
    if (a?.link === undefined) return;
    a.link.kill();
    this.lost(a, reconnect);
  }

  private lost(a: A, reconnect = true): void {
    a.link = undefined;
    this.connectionLost(a);
    for (const pipe of [a.up, a.down]) {
      pipe?.clear();
      if (pipe) this.retired.push(pipe);
    }
    a.up = undefined;
    a.down = undefined;
    a.reconnectAtMs = reconnect ? this.clock.now() + a.backoff.next() : undefined;
  }

  /** Reconnects a dropped chip now, without waiting for its back-off. */
  reconnect(chip: VirtualChip): void {
    const a = this.links.get(chip);
    if (a !== undefined && a.link === undefined && a.opening === undefined) void this.open(a);
  }

  /** Drops every chip connection at once (for a real restart, restart the broker: links notice). */
  restartBroker(): void {
    for (const chip of this.links.keys()) this.drop(chip);
  }

  /** Chips with an open connection. */
  connected(): number {
    return [...this.links.values()].filter((a) => a.link !== undefined).length;
  }

  /** One simulated step: pumps the fault pipes, drops removed chips, reconnects those due. */
  step(): void {
    const now = this.clock.now();
    for (const a of this.links.values()) {
      if (a.link && a.chip.removed) this.drop(a.chip, false);
      if (a.link) {
        a.up?.pump();
        a.down?.pump();
      } else if (a.reconnectAtMs !== undefined && a.reconnectAtMs <= now && a.opening === undefined) {
        void this.open(a);
      }
    }
  }

  /** Every fault pipe so far, of closed connections too (for the fault counts). */
  pipes(): FaultPipe[] {
    const live = [...this.links.values()]
      .flatMap((a) => [a.up, a.down])
      .filter((p): p is FaultPipe => p !== undefined);
    return [...this.retired, ...live];
  }

  /** Waits for connections being opened, then closes every link. */
  async close(): Promise<void> {
    for (const a of this.links.values()) await a.opening;
    for (const a of this.links.values()) await a.link?.close();
  }
}
