import { ReconnectBackoff } from '@weldcode/protocol';
import type { VirtualChip } from '../chip/virtual-chip';
import { FaultPipe, type FaultPlan } from '../faults/fault-pipe';
import type { PlatformHarness } from '../harness/platform-harness';
import type { SeededRandom } from '../random';
import type { SimClock } from '../sim-clock';
import { bindMqttHarness, MqttChipLink, type MqttHarnessBinding } from './mqtt-transport';

interface MqttAttachment {
  chip: VirtualChip;
  random: SeededRandom;
  link?: MqttChipLink;
  opening?: Promise<void>;
  up?: FaultPipe;
  down?: FaultPipe;
  generation: number;
  backoff: ReconnectBackoff;
  reconnectAtMs?: number;
}

/**
 * Virtual chips and the harness over a real MQTT broker, with the same fault pipes and reconnect
 * back-off as {@link MemoryNetwork}: a dropped link is a socket destroyed without DISCONNECT, so
 * the broker publishes the Last Will. A "broker restart" drops every chip connection at once (the
 * broker process itself keeps running).
 *
 * @example
 * ```ts
 * import { MqttNetwork } from '@weldcode/simulator';
 *
 * const net = await MqttNetwork.open(world.harness, world.clock, rng, broker.url);
 * await net.attach(chip);
 * await net.settle();
 * ```
 */
export class MqttNetwork {
  private readonly links = new Map<VirtualChip, MqttAttachment>();
  private readonly retired: FaultPipe[] = [];
  private upOnWire = 0;
  private downPublished = 0;
  private downArrived = 0;

  private constructor(
    private readonly binding: MqttHarnessBinding,
    private readonly harness: PlatformHarness,
    private readonly clock: SimClock,
    private readonly random: SeededRandom,
    private readonly url: string,
    private readonly faults: { up?: FaultPlan; down?: FaultPlan },
  ) {
    const send = harness.send;
    harness.send = (connection, chipId, bytes) => {
      this.downPublished++;
      send(connection, chipId, bytes);
    };
  }

  static async open(
    harness: PlatformHarness,
    clock: SimClock,
    random: SeededRandom,
    url: string,
    faults: { up?: FaultPlan; down?: FaultPlan } = {},
  ): Promise<MqttNetwork> {
    const binding = await bindMqttHarness(harness, url);
    return new MqttNetwork(binding, harness, clock, random, url, faults);
  }

  async attach(chip: VirtualChip): Promise<void> {
    const random = this.random.fork(`mqtt-${chip.chipId}`);
    const a: MqttAttachment = {
      chip,
      random,
      generation: 0,
      backoff: new ReconnectBackoff({ baseMs: 5000, capMs: 300_000, random: random.fork('backoff').next }),
    };
    this.links.set(chip, a);
    await this.open(a);
  }

  private open(a: MqttAttachment): Promise<void> {
    if (a.chip.removed) return Promise.resolve();
    a.reconnectAtMs = undefined;
    const generation = ++a.generation;
    let publish: (bytes: Uint8Array) => void = () => {};
    let deliver: (bytes: Uint8Array) => void = () => {};
    const fork = a.random.fork(`connection-${generation}`);
    a.up = new FaultPipe(this.faults.up ?? {}, fork.fork('up'), this.clock, (bytes) => {
      this.upOnWire++;
      publish(bytes);
    });
    a.down = new FaultPipe(this.faults.down ?? {}, fork.fork('down'), this.clock, (bytes) => deliver(bytes));
    const up = a.up;
    const down = a.down;
    a.opening = MqttChipLink.open(a.chip, this.url, {
      uplink: (bytes, p) => {
        publish = p;
        up.push(bytes);
      },
      downlink: (bytes, d) => {
        this.downArrived++;
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

  drop(chip: VirtualChip, reconnect = true): void {
    const a = this.links.get(chip);
    if (a?.link === undefined) return;
    a.link.kill();
    this.lost(a, reconnect);
  }

  private lost(a: MqttAttachment, reconnect = true): void {
    a.link = undefined;
    // messages in flight on a dead connection never arrive: count from what did
    this.upOnWire = Math.min(this.upOnWire, this.harness.received);
    this.downPublished = Math.min(this.downPublished, this.downArrived);
    for (const pipe of [a.up, a.down]) {
      pipe?.clear();
      if (pipe) this.retired.push(pipe);
    }
    a.up = undefined;
    a.down = undefined;
    a.reconnectAtMs = reconnect ? this.clock.now() + a.backoff.next() : undefined;
  }

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

  pipes(): FaultPipe[] {
    const live = [...this.links.values()]
      .flatMap((a) => [a.up, a.down])
      .filter((p): p is FaultPipe => p !== undefined);
    return [...this.retired, ...live];
  }

  /**
   * Waits until pending connections are open and the broker delivered what was published, at
   * most `maxMs` (messages in flight on a dropped connection are lost, so counts may never meet).
   */
  async settle(maxMs = 300): Promise<void> {
    const until = Date.now() + maxMs;
    let last = '';
    let still = 0;
    for (;;) {
      const opening = [...this.links.values()].some((a) => a.opening !== undefined);
      const delivered = this.harness.received >= this.upOnWire && this.downArrived >= this.downPublished;
      if ((!opening && delivered) || Date.now() > until) return;
      // nothing moved for a while: the rest was lost with a connection
      const now = `${this.harness.received}/${this.downArrived}/${opening}`;
      still = now === last ? still + 1 : 0;
      last = now;
      if (!opening && still >= 20) return;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  async close(): Promise<void> {
    for (const a of this.links.values()) await a.opening;
    for (const a of this.links.values()) await a.link?.close();
    await this.binding.close();
  }
}
