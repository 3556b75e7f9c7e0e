import { chipTopic, decodeEnvelope, publishOptions } from '@weldcode/protocol';
import mqtt, { type MqttClient } from 'mqtt';
import type { ChipFleet, FleetChip } from './chip-fleet';

/** One MQTT connection per chip, subscribed to its downlink topic, 250 connecting at a time. */
export async function connectChips(
  url: string,
  chips: readonly FleetChip[],
  clients: MqttClient[],
  fleet: () => ChipFleet,
): Promise<void> {
  for (let i = 0; i < chips.length; i += 250) {
    const slice = chips.slice(i, i + 250);
    const connected = await Promise.all(
      slice.map(async (chip, offset) => {
        const client = await mqtt.connectAsync(url, {
          clientId: chip.chipId,
          protocolVersion: 4,
          reconnectPeriod: 0,
          keepalive: 600,
        });
        await client.subscribeAsync(chipTopic(chip.chipId, 'down'), { qos: 1 });
        client.on('message', (_topic, payload) => fleet().deliver(i + offset, new Uint8Array(payload)));
        return client;
      }),
    );
    clients.push(...connected);
  }
}

/** Sends chip `index`'s envelope on its `up` topic with the QoS its kind calls for. */
export function publishUp(
  clients: readonly MqttClient[],
  chips: readonly FleetChip[],
  index: number,
  bytes: Uint8Array,
): void {
  const chip = chips[index] as FleetChip;
  clients[index]?.publish(
    chipTopic(chip.chipId, 'up'),
    Buffer.from(bytes),
    publishOptions(decodeEnvelope(bytes).body.kind),
  );
}
