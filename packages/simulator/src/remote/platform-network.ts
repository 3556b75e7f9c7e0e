import { chipTopic, decodeEnvelope, publishOptions } from '@weldcode/protocol';
import type { FaultPlan } from '../faults/fault-pipe';
import type { SeededRandom } from '../random';
import type { ScenarioNetwork } from '../scenario/run-scenario';
import type { SimClock } from '../sim-clock';
import { type MqttAttachment, MqttChipLinks } from '../transport/mqtt-chip-links';

interface Attachment extends MqttAttachment {
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
export class PlatformNetwork extends MqttChipLinks<Attachment> implements ScenarioNetwork {
  constructor(
    url: string,
    clock: SimClock,
    random: SeededRandom,
    faults: { up?: FaultPlan; down?: FaultPlan } = {},
  ) {
    super(url, clock, random, faults);
  }

  protected attachment(base: MqttAttachment): Attachment {
    return { ...base, sending: Promise.resolve(), queued: 0, faultsSeen: 0 };
  }

  /**
   * Keeps a chip's uplinks in the order it sent them. A broker may deliver a QoS 0 message before
   * an earlier QoS 1 one; when a run moves time in bursts, a chip's alarm would then be overtaken by
   * its next telemetry and arrive as a historical record (WC-PROTO-038), raising no alert.
   */
  protected sendUp(a: Attachment, bytes: Uint8Array, publish: (bytes: Uint8Array) => void): void {
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
}
