import { chipTopic, decodeEnvelope, publishOptions } from '@weldcode/protocol';
import type { VirtualChip } from '../chip/virtual-chip';
import type { FaultPlan } from '../faults/fault-pipe';
import type { SeededRandom } from '../random';
import type { ScenarioNetwork } from '../scenario/run-scenario';
import type { SimClock } from '../sim-clock';
import { type MqttAttachment, MqttChipLinks } from '../transport/mqtt-chip-links';

interface Attachment extends MqttAttachment {
  /** Uplinks published in order: a QoS 1 message is acknowledged by the broker before the next leaves. */
  sending: Promise<void>;
  queued: number;
  /** Messages the pipes dropped, and connections opened, when a settle last looked. */
  faultsSeen: number;
  /**
   * Records unacknowledged when a settle last saw a new fault, with their send time then: any of
   * them may be lost, so a settle waits only for records sent after that (new or resent).
   */
  suspect: Map<BufferedRecord, number | undefined>;
}

type BufferedRecord = VirtualChip['machine']['buffer']['records'][number];

function faultCount(a: Attachment): number {
  return (a.up?.counts.dropped ?? 0) + (a.down?.counts.dropped ?? 0) + (a.generation << 20);
}

const unacked = (a: Attachment) =>
  a.chip.machine.buffer.records.filter((r) => !r.acked && r.sentAt !== undefined);

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
    return { ...base, sending: Promise.resolve(), queued: 0, faultsSeen: 0, suspect: new Map() };
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
   * chip finished its handshake (unless a fault dropped part of it) and the platform acknowledged
   * every record it sent, except records
   * that were in flight when a fault dropped a message or a connection was replaced (the chip
   * resends those after its ack timeout; waiting for them would only cost time), and except on
   * links where a fault holds a message back.
   */
  async settle(maxMs = 3000): Promise<void> {
    const until = Date.now() + maxMs;
    for (;;) {
      let busy = false;
      for (const a of this.links.values()) {
        if (a.opening !== undefined || a.queued > 0) busy = true;
        // a removed chip sends nothing more; the next step drops its link
        else if (a.link === undefined || a.chip.removed) continue;
        else if (a.chip.machine.status !== 'online') busy ||= !this.handshakeLost(a);
        else if (!this.holding(a)) busy ||= this.awaitsAcks(a);
      }
      if (!busy || Date.now() >= until) return;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  /** A message of this connection was dropped: the chip retries its handshake on its own clock. */
  private handshakeLost(a: Attachment): boolean {
    return (a.up?.counts.dropped ?? 0) + (a.down?.counts.dropped ?? 0) > 0;
  }

  private holding(a: Attachment): boolean {
    return a.up?.holding === true || a.down?.holding === true;
  }

  /** Whether the link has records sent since its last fault that the platform has not acknowledged. */
  private awaitsAcks(a: Attachment): boolean {
    const faults = faultCount(a);
    if (faults !== a.faultsSeen) {
      a.faultsSeen = faults;
      a.suspect = new Map(unacked(a).map((r) => [r, r.sentAt]));
    }
    return unacked(a).some((r) => a.suspect.get(r) !== r.sentAt);
  }
}
