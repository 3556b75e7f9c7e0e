import type { Client } from 'aedes';
import mqttPacket from 'mqtt-packet';

/** MQTT packet ids of the downlinks written here, cycling through 1..65535. */
let nextMessageId = 1;

/**
 * Writes a downlink on an embedded-broker client's connection at once. aedes' own
 * `client.publish` writes from `setImmediate`, and under 10,000 uplinks/s libuv's poll phase
 * reads thousands of sockets before the check phase comes: a grant waited up to half a second
 * there. For a clean session aedes keeps no copy of an outgoing QoS 1 message either (the chip's
 * PUBACK clears nothing), so writing it here with an id of our own is what aedes would do, sooner.
 * Returns false for a connection not ready or a persistent session (use `client.publish`).
 */
export function writeDownlinkNow(
  client: Client,
  packet: { topic: string; payload: Buffer; qos: 0 | 1 },
): boolean {
  if (!client.clean || !client.connected || client.closed) return false;
  const messageId = packet.qos === 1 ? nextMessageId : undefined;
  if (messageId !== undefined) nextMessageId = messageId === 65535 ? 1 : messageId + 1;
  try {
    mqttPacket.writeToStream(
      {
        cmd: 'publish',
        topic: packet.topic,
        payload: packet.payload,
        qos: packet.qos,
        retain: false,
        dup: false,
        ...(messageId === undefined ? {} : { messageId }),
      },
      client.conn as unknown as Parameters<typeof mqttPacket.writeToStream>[1],
    );
    return true;
  } catch {
    return false;
  }
}
