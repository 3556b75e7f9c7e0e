import { once } from 'node:events';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import {
  chipTopic,
  decodeEnvelope,
  parseChipTopic,
  platformSubscriptions,
  publishOptions,
} from '@weldcode/protocol';
import { Aedes, type Client } from 'aedes';
import mqtt, { type MqttClient } from 'mqtt';
import { ServerError } from '../server-error';
import type { ChipIngest, IngestLink } from './chip-ingest';
import { writeDownlinkNow } from './embedded-downlink';

/** QoS and retain flag of a downlink, from its kind (WC-PROTO-015). */
function downlinkOptions(bytes: Uint8Array): { qos: 0 | 1; retain: false } {
  try {
    const { qos } = publishOptions(decodeEnvelope(bytes).body.kind);
    return { qos, retain: false };
  } catch {
    return { qos: 1, retain: false };
  }
}

const noop = () => {};

/** Routes chip topics to ingest, one link per chip id. */
class ChipTopics {
  private readonly links = new Map<string, IngestLink>();

  constructor(
    private readonly ingest: ChipIngest,
    private readonly publish: (chipId: string, topic: string, payload: Buffer, qos: 0 | 1) => void,
  ) {}

  link(chipId: string): IngestLink {
    let link = this.links.get(chipId);
    if (link === undefined) {
      const down = chipTopic(chipId, 'down');
      link = {
        id: `mqtt:${chipId}`,
        transport: 'mqtt',
        chipId,
        send: (bytes) => this.publish(chipId, down, Buffer.from(bytes), downlinkOptions(bytes).qos),
      };
      this.links.set(chipId, link);
    }
    return link;
  }

  /** One message on a platform subscription; anything that is not a chip topic is ignored. */
  message(topic: string, payload: Uint8Array): void {
    let parsed: ReturnType<typeof parseChipTopic>;
    try {
      parsed = parseChipTopic(topic);
    } catch {
      return;
    }
    const link = this.link(parsed.chipId);
    if (parsed.channel === 'up') void this.ingest.receive(link, payload);
    else if (parsed.channel === 'death') {
      this.ended(parsed.chipId);
      // Only the broker publishes a chip's death topic (its Last Will): the chip left without a goodbye.
      this.ingest.lastWill(parsed.chipId);
    }
  }

  /** The chip's Last Will, or its connection to the embedded broker dropped (WC-PROTO-016). */
  ended(chipId: string): void {
    const link = this.links.get(chipId);
    if (link === undefined) return;
    this.links.delete(chipId);
    this.ingest.linkClosed(link);
  }
}

/** The embedded broker ingest listens on. */
export interface EmbeddedMqtt {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const CHIP_TOPIC = /^wc\/v1\/([A-Za-z0-9_-]{1,32})\/(up|down|death)$/;

/**
 * Starts an aedes broker on `host:port` with ingest subscribed in-process. Its ACL is the
 * protocol's (WC-SRV-050): a client's id is its chip id, and it may publish only on its own `up`
 * and `death` topics and subscribe only to its own `down` topic.
 */
export async function startEmbeddedMqtt(
  ingest: ChipIngest,
  port: number,
  host: string,
): Promise<EmbeddedMqtt> {
  const broker = await Aedes.createBroker({
    // aedes' default (100 messages in flight, the rest queued) drains its queue recursively when
    // deliveries complete synchronously ($SYS events for connecting clients have no subscriber):
    // 10,000 chips connecting at once overflowed the stack. Unbounded is safe: aedes reads a
    // client's next packet only after its previous publish was handled, so in-flight messages
    // are bounded by the number of clients.
    concurrency: 0,
    authorizePublish: (client, packet, callback) => {
      const match = CHIP_TOPIC.exec(packet.topic);
      const own = client !== null && match !== null && match[1] === client.id && match[2] !== 'down';
      callback(own && !packet.retain ? null : new Error('chips publish on their own topics only'));
    },
    authorizeSubscribe: (client, subscription, callback) => {
      const own = subscription.topic === `wc/v1/${client.id}/down`;
      callback(
        own ? null : new Error('chips subscribe to their own downlink only'),
        own ? subscription : null,
      );
    },
  });
  const clients = (broker as unknown as { clients: Record<string, Client | undefined> }).clients;
  const topics = new ChipTopics(ingest, (chipId, topic, payload, qos) => {
    // A downlink has one receiver, the chip's own connection: writing it straight there skips
    // aedes' generic publish (offline-queue lookup, topic matching against 10,000 subscriptions)
    // and its deferred write. Without a clean, connected session the broker's path still queues it.
    const client = clients[chipId];
    if (client !== undefined && writeDownlinkNow(client, { topic, payload, qos })) return;
    const packet = { cmd: 'publish' as const, topic, payload, qos, retain: false, dup: false };
    if (client !== undefined) client.publish(packet, noop);
    else broker.publish(packet, noop);
  });
  for (const topic of platformSubscriptions()) {
    await new Promise<void>((resolve) =>
      broker.subscribe(
        topic,
        (packet, done) => {
          topics.message(packet.topic, packet.payload as Buffer);
          // aedes delivers the next queued message from inside done(): completing it from a
          // microtask keeps a burst of thousands of messages from growing the stack
          queueMicrotask(done);
        },
        resolve,
      ),
    );
  }
  broker.on('clientDisconnect', (client) => {
    // a takeover by a newer connection of the same chip is not the end of its session
    if (clients[client.id] === undefined) {
      topics.ended(client.id);
    }
  });
  const server: Server = createServer(broker.handle);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    // acks are tiny and latency-bound: never hold them back for Nagle's algorithm
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(port, host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => {
      broker.close();
      throw new ServerError('ERR_SRV_CONFIG', `cannot listen for MQTT on ${host}:${port}`, { cause: error });
    }),
  ]);
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `mqtt://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    port: actual,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Ingest bound to an external broker. */
export interface ExternalMqtt {
  readonly client: MqttClient;
  close(): Promise<void>;
}

/**
 * Connects ingest to an external MQTT 5 broker (Mosquitto, EMQX, ...). With `group`, it
 * subscribes through the shared subscription `$share/<group>/wc/v1/+/up`, so several instances
 * split the chips' traffic between them (WC-SRV-052).
 */
export async function connectExternalMqtt(
  ingest: ChipIngest,
  url: string,
  group?: string,
): Promise<ExternalMqtt> {
  let client: MqttClient;
  try {
    client = await mqtt.connectAsync(url, {
      protocolVersion: 5,
      clientId: `weldcode-ingest-${Math.random().toString(36).slice(2, 10)}`,
      clean: true,
      reconnectPeriod: 1000,
      connectTimeout: 10_000,
    });
  } catch (cause) {
    throw new ServerError('ERR_SRV_CONFIG', `cannot connect to the MQTT broker at ${url}`, { cause });
  }
  const topics = new ChipTopics(ingest, (_chipId, topic, payload, qos) => {
    client.publish(topic, payload, { qos, retain: false });
  });
  const subscriptions = platformSubscriptions(group);
  const subscribe = () => client.subscribeAsync(subscriptions, { qos: 1 });
  await subscribe();
  // a broker restart forgets clean sessions' subscriptions
  client.on('connect', () => void subscribe().catch(() => undefined));
  client.on('message', (topic, payload) => topics.message(topic, new Uint8Array(payload)));
  client.on('error', () => undefined);
  return { client, close: () => client.endAsync() };
}
