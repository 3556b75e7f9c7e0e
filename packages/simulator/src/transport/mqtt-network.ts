import type { FaultPlan } from '../faults/fault-pipe';
import type { PlatformHarness } from '../harness/platform-harness';
import type { SeededRandom } from '../random';
import type { SimClock } from '../sim-clock';
import { type MqttAttachment, MqttChipLinks } from './mqtt-chip-links';
import { bindMqttHarness, type MqttHarnessBinding } from './mqtt-transport';

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
export class MqttNetwork extends MqttChipLinks {
  private upOnWire = 0;
  private downPublished = 0;
  private downArrived = 0;

  private constructor(
    private readonly binding: MqttHarnessBinding,
    private readonly harness: PlatformHarness,
    clock: SimClock,
    random: SeededRandom,
    url: string,
    faults: { up?: FaultPlan; down?: FaultPlan },
  ) {
    super(url, clock, random, faults);
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

  protected attachment(base: MqttAttachment): MqttAttachment {
    return base;
  }

  protected sendUp(_a: MqttAttachment, bytes: Uint8Array, publish: (bytes: Uint8Array) => void): void {
    this.upOnWire++;
    publish(bytes);
  }

  protected override downlinkArrived(): void {
    this.downArrived++;
  }

  protected override connectionLost(): void {
    // messages in flight on a dead connection never arrive: count from what did
    this.upOnWire = Math.min(this.upOnWire, this.harness.received);
    this.downPublished = Math.min(this.downPublished, this.downArrived);
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

  override async close(): Promise<void> {
    await super.close();
    await this.binding.close();
  }
}
