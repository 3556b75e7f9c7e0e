import { chipTopic, decodeEnvelope, publishOptions, ReconnectBackoff } from '@weldcode/protocol';
import type { VirtualChip } from '../chip/virtual-chip';
import { FaultPipe, type FaultPlan } from '../faults/fault-pipe';
import type { SeededRandom } from '../random';
import type { ScenarioNetwork } from '../scenario/run-scenario';
import type { SimClock } from '../sim-clock';
import { MqttChipLink } from '../transport/mqtt-transport';

interface Attachment {
  chip: VirtualChip;
  random: SeededRandom;
  link?: MqttChipLink;
  opening?: Promise<void>;
  up?: FaultPipe;
  down?: FaultPipe;
  generation: number;
  backoff: ReconnectBackoff;
  reconnectAtMs?: number;
  /** Uplinks published in order: a QoS 1 message is acknowledged by the broker before the next leaves. */
  sending: Promise<void>;
  queued: number;
  /** Messages the pipes dropped up to the last settle. */
  faultsSeen: number;
}

function faultCount(a: Attachment): number {
  return (a.up?.counts.dropped ?? 0) + (a.down?.counts.dropped ?? 0) + (a.generation << 20);
}

function kindOf(bytes: Uint8Array) {
  try {
    return decodeEnvelope(bytes).body.kind;
  } catch {
    return 'telemetry' as const;
  }
}

/**
 * Virtual chips connected to a real platform's MQTT broker, one {@link MqttChipLink} each, with the
 * scenario's fault pipes and reconnect back-off. Unlike {@link MqttNetwork} there is no harness on
 * the broker: the platform answers. A "broker restart" drops every chip connection at once (the
 * platform's broker is not ours to restart), and settling waits for the platform's acks.
 */
export class PlatformNetwork implements ScenarioNetwork {
  private readonly links = new Map<VirtualChip, Attachment>();
  private readonly retired: FaultPipe[] = [];

  constructor(
    private readonly url: string,
    private readonly clock: SimClock,
    private readonly random: SeededRandom,
    private readonly faults: { up?: FaultPlan; down?: FaultPlan } = {},
  ) {}

  attach(chip: VirtualChip): Promise<void> {
    const random = this.random.fork(`mqtt-${chip.chipId}`);
    const a: Attachment = {
      chip,
      random,
      generation: 0,
      backoff: new ReconnectBackoff({ baseMs: 5000, capMs: 300_000, random: random.fork('backoff').next }),
      sending: Promise.resolve(),
      queued: 0,
      faultsSeen: 0,
    };
    this.links.set(chip, a);
    return this.open(a);
  }

  private open(a: Attachment): Promise<void> {
    if (a.chip.removed) return Promise.resolve();
    a.reconnectAtMs = undefined;
    const generation = ++a.generation;
    let publish: (bytes: Uint8Array) => void = () => {};
    let deliver: (bytes: Uint8Array) => void = () => {};
    const fork = a.random.fork(`connection-${generation}`);
    const up = new FaultPipe(this.faults.up ?? {}, fork.fork('up'), this.clock, (bytes) =>
      this.publishInOrder(a, bytes, publish),
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
        deliver = d;
        down.push(bytes);
      },
    }).then(
      (link) => {
        a.link = link;
        a.opening = undefined;
        link.client.on('close', () => {
          if (a.link === link) this.lost(a);
        });
      },
      () => {
        a.opening = undefined;
        a.reconnectAtMs = this.clock.now() + a.backoff.next();
      },
    );
    return a.opening;
  }

  /**
   * Keeps a chip's uplinks in the order it sent them. A broker may deliver a QoS 0 message before
   * an earlier QoS 1 one; when a run moves time in bursts, a chip's alarm would then be overtaken by
   * its next telemetry and arrive as a historical record (WC-PROTO-038), raising no alert.
   */
  private publishInOrder(a: Attachment, bytes: Uint8Array, publish: (bytes: Uint8Array) => void): void {
    const client = a.link?.client;
    if (client === undefined) {
      publish(bytes);
      return;
    }
    a.queued++;
    a.sending = a.sending.then(async () => {
      try {
        if (!client.connected) return;
        const options = publishOptions(kindOf(bytes));
        const topic = chipTopic(a.chip.chipId, 'up');
        if (options.qos === 1) await client.publishAsync(topic, Buffer.from(bytes), options);
        else client.publish(topic, Buffer.from(bytes), options);
      } catch {
        // the connection went away: the chip resends what was not acknowledged
      } finally {
        a.queued--;
      }
    });
  }

  drop(chip: VirtualChip, reconnect = true): void {
    const a = this.links.get(chip);
    if (a?.link === undefined) return;
    a.link.kill();
    this.lost(a, reconnect);
  }

  private lost(a: Attachment, reconnect = true): void {
    a.link = undefined;
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

  restartBroker(): void {
    for (const chip of this.links.keys()) this.drop(chip);
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

  /** Chips with an open connection. */
  connected(): number {
    return [...this.links.values()].filter((a) => a.link !== undefined).length;
  }

  /**
   * Waits, at most `maxMs` of real time, until connections being opened are open, every connected
   * chip finished its handshake and the platform acknowledged every record it sent, except on links
   * where a fault held back or dropped a message since the last settle (the chip resends those
   * after its ack timeout; waiting for them would only cost time).
   */
  async settle(maxMs = 3000): Promise<void> {
    const until = Date.now() + maxMs;
    for (;;) {
      let busy = false;
      for (const a of this.links.values()) {
        if (a.opening !== undefined || a.queued > 0) busy = true;
        else if (a.link !== undefined && a.chip.machine.status !== 'online') busy = true;
        else if (a.link !== undefined && !this.faulted(a))
          busy ||= a.chip.machine.buffer.records.some((r) => !r.acked && r.sentAt !== undefined);
      }
      if (!busy || Date.now() >= until) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    for (const a of this.links.values()) a.faultsSeen = faultCount(a);
  }

  private faulted(a: Attachment): boolean {
    return a.up?.holding === true || a.down?.holding === true || faultCount(a) !== a.faultsSeen;
  }

  async close(): Promise<void> {
    for (const a of this.links.values()) await a.opening;
    for (const a of this.links.values()) await a.link?.close();
  }
}
