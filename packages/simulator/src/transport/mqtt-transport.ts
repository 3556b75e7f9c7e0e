import {
  chipTopic,
  decodeEnvelope,
  lastWill,
  parseChipTopic,
  platformSubscriptions,
  publishOptions,
} from '@weldcode/protocol';
import mqtt, { type MqttClient } from 'mqtt';
import type { VirtualChip } from '../chip/virtual-chip';
import type { PlatformHarness } from '../harness/platform-harness';
import { SimulatorError } from '../simulator-error';

function options(kind: Parameters<typeof publishOptions>[0]) {
  return publishOptions(kind);
}

function kindOf(bytes: Uint8Array) {
  try {
    return decodeEnvelope(bytes).body.kind;
  } catch {
    // a corrupted envelope (fault injection) still travels, as telemetry would
    return 'telemetry' as const;
  }
}

/** A harness bound to an MQTT broker. */
export interface MqttHarnessBinding {
  client: MqttClient;
  close(): Promise<void>;
}

/**
 * Connects a {@link PlatformHarness} to an MQTT broker: subscribes to every chip's uplink and
 * Last Will topic and publishes replies on the chip's downlink topic.
 *
 * @example
 * ```ts
 * import { bindMqttHarness } from '@weldcode/simulator';
 *
 * const binding = await bindMqttHarness(harness, 'mqtt://127.0.0.1:1883');
 * ```
 */
export async function bindMqttHarness(harness: PlatformHarness, url: string): Promise<MqttHarnessBinding> {
  const client = await connect(url, {
    clientId: `weldcode-sim-platform-${Math.random().toString(36).slice(2, 8)}`,
    // the platform side survives broker restarts
    reconnectPeriod: 500,
  });
  await client.subscribeAsync(platformSubscriptions(), { qos: 1 });
  // after a broker restart the new broker knows no subscriptions: subscribe again on reconnect
  client.on('connect', () => client.subscribe(platformSubscriptions(), { qos: 1 }));
  harness.send = (_connection, chipId, bytes) => {
    client.publish(chipTopic(chipId, 'down'), Buffer.from(bytes), options(kindOf(bytes)));
  };
  client.on('message', (topic, payload) => {
    let parsed: ReturnType<typeof parseChipTopic>;
    try {
      parsed = parseChipTopic(topic);
    } catch {
      return;
    }
    if (parsed.channel === 'death') harness.disconnected(parsed.chipId, parsed.chipId, true);
    else if (parsed.channel === 'up') {
      const bytes = new Uint8Array(payload);
      // A topic is not a transport connection: after a broker restart no Last Will arrives, so a
      // fresh hello is what tells the platform that the chip's previous session is gone.
      if (kindOf(bytes) === 'hello') harness.disconnected(parsed.chipId, parsed.chipId, false);
      harness.receive(parsed.chipId, parsed.chipId, bytes);
    }
  });
  return { client, close: () => client.endAsync() };
}

async function connect(url: string, opts: mqtt.IClientOptions): Promise<MqttClient> {
  try {
    return await mqtt.connectAsync(url, {
      protocolVersion: 4,
      reconnectPeriod: 0,
      connectTimeout: 10_000,
      ...opts,
    });
  } catch (cause) {
    throw new SimulatorError('ERR_SIM_TRANSPORT', `cannot connect to ${url}`, { cause });
  }
}

/** Interposes on a link's traffic (fault injection). */
export interface MqttLinkHooks {
  uplink?: (bytes: Uint8Array, publish: (bytes: Uint8Array) => void) => void;
  downlink?: (bytes: Uint8Array, deliver: (bytes: Uint8Array) => void) => void;
}

/**
 * One chip's MQTT connection: client id = chip id, Last Will on the death topic, uplinks on the
 * up topic with the protocol's QoS per message kind.
 *
 * @example
 * ```ts
 * import { MqttChipLink } from '@weldcode/simulator';
 *
 * const link = await MqttChipLink.open(chip, 'mqtt://127.0.0.1:1883');
 * link.kill(); // the broker publishes the Last Will
 * ```
 */
export class MqttChipLink {
  /** Envelopes published and received, for settling. */
  sent = 0;
  received = 0;
  /** False once this link was closed or killed: a late close event must not end a newer session. */
  active = true;

  private constructor(
    readonly chip: VirtualChip,
    readonly client: MqttClient,
  ) {}

  static async open(chip: VirtualChip, url: string, hooks: MqttLinkHooks = {}): Promise<MqttChipLink> {
    const will = lastWill(chip.chipId);
    const client = await connect(url, {
      clientId: chip.chipId,
      keepalive: 60,
      will: { topic: will.topic, payload: Buffer.from(will.payload), qos: will.qos, retain: will.retain },
    });
    const link = new MqttChipLink(chip, client);
    await client.subscribeAsync(chipTopic(chip.chipId, 'down'), { qos: 1 });
    const deliver = (bytes: Uint8Array) => chip.deliver(bytes);
    client.on('message', (_topic, payload) => {
      link.received++;
      const bytes = new Uint8Array(payload);
      if (hooks.downlink) hooks.downlink(bytes, deliver);
      else deliver(bytes);
    });
    client.on('close', () => {
      if (link.active) chip.linkDown();
      link.active = false;
    });
    const publish = (bytes: Uint8Array) => {
      if (!client.connected) return;
      link.sent++;
      client.publish(chipTopic(chip.chipId, 'up'), Buffer.from(bytes), options(kindOf(bytes)));
    };
    chip.transmit = (bytes) => {
      if (hooks.uplink) hooks.uplink(bytes, publish);
      else publish(bytes);
    };
    chip.linkUp();
    return link;
  }

  /** Ends the connection politely (no Last Will). */
  async close(): Promise<void> {
    this.active = false;
    this.chip.linkDown();
    await this.client.endAsync();
  }

  /** Cuts the connection without DISCONNECT: the broker publishes the Last Will. */
  kill(): void {
    this.active = false;
    this.chip.linkDown();
    this.client.stream.destroy();
    this.client.end(true);
  }
}
