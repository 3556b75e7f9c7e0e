import { once } from 'node:events';
import { createConnection, type Socket } from 'node:net';
import {
  chipTopic,
  decodeEnvelope,
  encodeFrame,
  FrameDecoder,
  lastWill,
  publishOptions,
} from '@weldcode/protocol';
import mqtt, { type MqttClient } from 'mqtt';

/** Where the runner said the platform is (the `connect` command). */
export type ChipLinkTarget =
  | { transport: 'tcp'; host: string; port: number }
  | { transport: 'mqtt'; url: string };

/** What a link reports to its chip. */
export interface ChipLinkEvents {
  downlink(bytes: Uint8Array): void;
  /** The connection is gone (closed by the platform, the broker, or the network). */
  closed(): void;
}

/**
 * One transport connection of a chip: TCP with the stream framing, or MQTT with the chip topics.
 * Shared by the reference chip's rig and the platform profile's lab chips.
 */
export interface ChipLink {
  send(bytes: Uint8Array): boolean;
  /** TCP only: writes bytes without framing (line noise the platform must skip). */
  writeRaw?(bytes: Uint8Array): void;
  close(): void;
}

function kindOf(bytes: Uint8Array) {
  try {
    return decodeEnvelope(bytes).body.kind;
  } catch {
    return 'telemetry' as const;
  }
}

/** Opens one connection; rejects when it cannot be established (refused, closed at once). */
export async function openChipLink(
  target: ChipLinkTarget,
  chipId: string,
  events: ChipLinkEvents,
): Promise<ChipLink> {
  return target.transport === 'tcp' ? openTcp(target, events) : openMqtt(target.url, chipId, events);
}

async function openTcp(target: { host: string; port: number }, events: ChipLinkEvents): Promise<ChipLink> {
  const socket: Socket = createConnection({ host: target.host, port: target.port });
  await Promise.race([
    once(socket, 'connect'),
    once(socket, 'close').then(() => Promise.reject(new Error('connection refused'))),
  ]);
  const decoder = new FrameDecoder();
  socket.on('data', (chunk) => {
    for (const frame of decoder.push(new Uint8Array(chunk)).frames) events.downlink(frame);
  });
  socket.on('close', () => events.closed());
  socket.on('error', () => {});
  return {
    send: (bytes) => {
      if (socket.destroyed || !socket.writable) return false;
      socket.write(encodeFrame(bytes));
      return true;
    },
    writeRaw: (bytes) => {
      if (!socket.destroyed) socket.write(bytes);
    },
    close: () => socket.destroy(),
  };
}

async function openMqtt(url: string, chipId: string, events: ChipLinkEvents): Promise<ChipLink> {
  const will = lastWill(chipId);
  const client: MqttClient = mqtt.connect(url, {
    protocolVersion: 4,
    clientId: chipId,
    keepalive: 60,
    reconnectPeriod: 0,
    connectTimeout: 5_000,
    will: { topic: will.topic, payload: Buffer.from(will.payload), qos: will.qos, retain: will.retain },
  });
  client.on('error', () => {});
  // a broker that closes the connection at once must fail the attempt, not hang it
  try {
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('close', () => reject(new Error('connection refused')));
    });
  } catch (error) {
    client.end(true);
    throw error;
  }
  await client.subscribeAsync(chipTopic(chipId, 'down'), { qos: 1 });
  client.on('message', (_topic, payload) => events.downlink(new Uint8Array(payload)));
  client.on('close', () => events.closed());
  return {
    send: (bytes) => {
      if (!client.connected) return false;
      client.publish(chipTopic(chipId, 'up'), Buffer.from(bytes), publishOptions(kindOf(bytes)));
      return true;
    },
    close: () => {
      client.end(true);
    },
  };
}
