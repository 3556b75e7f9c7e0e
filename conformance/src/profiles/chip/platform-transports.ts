import { once } from 'node:events';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import {
  chipTopic,
  decodeEnvelope,
  encodeFrame,
  FrameDecoder,
  parseChipTopic,
  platformSubscriptions,
  publishOptions,
} from '@weldcode/protocol';
import mqtt, { type MqttClient } from 'mqtt';
import { ConformanceError } from '../../conformance-error';
import type { EmbeddedBroker } from './embedded-broker';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What the runner's platform does with what arrives on a transport. */
export interface TransportHandlers {
  /** One envelope on `connection` (an MQTT chip id, or one TCP socket). */
  uplink(connection: string, bytes: Uint8Array): void;
  /** The connection is gone (socket closed, or the chip's MQTT Last Will arrived). */
  closed(connection: string): void;
  /** A transport connection attempt refused during an outage (WC-CONF-026). */
  refused(): void;
}

/** The runner's side of one transport, playing the platform (WC-CONF-021). */
export interface PlatformTransport {
  kind: 'mqtt' | 'tcp';
  /** Arguments of the chip control channel's `connect` command. */
  connectArgs: Record<string, unknown>;
  /** Sends one downlink; false when the connection is gone. */
  send(connection: string, bytes: Uint8Array): boolean;
  /** Ends a connection from the platform side, where the transport allows it (TCP). */
  drop(connection: string): void;
  /**
   * Starts or ends an enforced outage (WC-CONF-026) and resolves to whether the transport can
   * refuse connections: TCP and the embedded broker can; a lab's broker cannot.
   */
  outage(on: boolean): Promise<boolean>;
  close(): Promise<void>;
}

function kindOf(bytes: Uint8Array) {
  try {
    return decodeEnvelope(bytes).body.kind;
  } catch {
    return 'telemetry' as const;
  }
}

/**
 * The platform on an MQTT broker: subscribes to every chip's uplink and Last Will topics and
 * publishes on the chip's downlink topic. A connection is a chip id: MQTT hides the chip's
 * transport connection from the platform, so a new `hello` starts a new session.
 */
export async function mqttPlatform(
  url: string,
  handlers: TransportHandlers,
  broker?: EmbeddedBroker,
): Promise<PlatformTransport> {
  let client: MqttClient;
  try {
    client = await mqtt.connectAsync(url, {
      protocolVersion: 4,
      clientId: `weldcode-conformance-${Math.random().toString(36).slice(2, 10)}`,
      // the runner's own connection survives the embedded broker's enforced outages
      reconnectPeriod: 200,
      connectTimeout: 10_000,
    });
  } catch (cause) {
    throw new ConformanceError('ERR_CHIP_TRANSPORT', `cannot connect to the broker ${url}`, { cause });
  }
  await client.subscribeAsync(platformSubscriptions(), { qos: 1 });
  // a restarted broker knows no subscriptions
  client.on('connect', () => client.subscribe(platformSubscriptions(), { qos: 1 }));
  client.on('message', (topic, payload) => {
    let parsed: ReturnType<typeof parseChipTopic>;
    try {
      parsed = parseChipTopic(topic);
    } catch {
      return;
    }
    if (parsed.channel === 'death') handlers.closed(parsed.chipId);
    else if (parsed.channel === 'up') handlers.uplink(parsed.chipId, new Uint8Array(payload));
  });
  return {
    kind: 'mqtt',
    connectArgs: { transport: 'mqtt', url },
    send: (chipId, bytes) => {
      if (!client.connected) return false;
      client.publish(chipTopic(chipId, 'down'), Buffer.from(bytes), publishOptions(kindOf(bytes)));
      return true;
    },
    drop: () => {},
    outage: async (on) => {
      if (broker === undefined) return false;
      if (on) await broker.down(() => handlers.refused());
      else {
        await broker.up();
        for (let waited = 0; !client.connected && waited < 5_000; waited += 20) await sleep(20);
      }
      return true;
    },
    close: async () => {
      await client.endAsync(true);
      await broker?.close();
    },
  };
}

/** The platform listening for chips that speak the stream framing over TCP (spec/protocol.md §4). */
export async function tcpPlatform(
  handlers: TransportHandlers,
  host = '127.0.0.1',
  port = 0,
): Promise<PlatformTransport> {
  const sockets = new Map<string, Socket>();
  let next = 0;
  let refusing = false;
  const server = createServer((socket) => {
    if (refusing) {
      handlers.refused();
      socket.destroy();
      return;
    }
    const connection = `tcp-${++next}`;
    sockets.set(connection, socket);
    const decoder = new FrameDecoder();
    socket.on('data', (chunk) => {
      for (const bytes of decoder.push(new Uint8Array(chunk)).frames) handlers.uplink(connection, bytes);
    });
    socket.on('close', () => {
      sockets.delete(connection);
      handlers.closed(connection);
    });
    socket.on('error', () => {});
  });
  server.listen(port, host);
  try {
    await Promise.race([
      once(server, 'listening'),
      once(server, 'error').then(([error]) => Promise.reject(error)),
    ]);
  } catch (cause) {
    throw new ConformanceError('ERR_CHIP_TRANSPORT', `cannot listen on ${host}:${port}`, { cause });
  }
  const actual = (server.address() as AddressInfo).port;
  return {
    kind: 'tcp',
    connectArgs: { transport: 'tcp', host, port: actual },
    send: (connection, bytes) => {
      const socket = sockets.get(connection);
      if (socket === undefined || socket.destroyed) return false;
      socket.write(encodeFrame(bytes));
      return true;
    },
    drop: (connection) => sockets.get(connection)?.destroy(),
    outage: async (on) => {
      refusing = on;
      if (on) for (const socket of sockets.values()) socket.destroy();
      return true;
    },
    close: async () => {
      for (const socket of sockets.values()) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
