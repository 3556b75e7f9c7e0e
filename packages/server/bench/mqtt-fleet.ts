/**
 * A fleet of chips over real MQTT, as a child process of a benchmark so that the chips' work
 * (MQTT clients, sealing, hashing, acks) does not run on the server's thread. IPC messages:
 * in `start` (broker URL, chips, platform key), `drive` (records in flight per chip, optional
 * offered records/s), `stop`;
 * out `online` (every chip authenticated), `directive` (a chip applied or refused one, with the
 * time it did, `performance.timeOrigin + performance.now()`), `driven` (acked records).
 * Run only through `fork` (see scan-to-start.bench.ts).
 */
import { performance } from 'node:perf_hooks';
import { hexToBytes } from '@weldcode/crypto';
import type { MqttClient } from 'mqtt';
import { ChipFleet, type FleetChip } from './chip-fleet';
import { connectChips, publishUp } from './mqtt-chips';

interface Start {
  type: 'start';
  url: string;
  chips: { chipId: string; secretKey: string }[];
  platformKey: string;
}

const send = (message: unknown) => process.send?.(message);
const clients: MqttClient[] = [];
let fleet: ChipFleet | undefined;
let driving: Promise<{ acked: number; perSecond: number; seconds: number }> | undefined;

async function start(message: Start): Promise<void> {
  const chips: FleetChip[] = message.chips.map((c) => ({
    chipId: c.chipId,
    secretKey: hexToBytes(c.secretKey),
  }));
  const current = new ChipFleet(
    chips,
    hexToBytes(message.platformKey),
    (index, bytes) => publishUp(clients, chips, index, bytes),
    (index, ok) =>
      send({
        type: 'directive',
        chipId: chips[index]?.chipId,
        ok,
        atMs: performance.timeOrigin + performance.now(),
      }),
  );
  fleet = current;
  await connectChips(message.url, chips, clients, () => current);
  const started = Date.now();
  current.connectAll();
  while (current.online() < chips.length) await new Promise((resolve) => setTimeout(resolve, 100));
  send({ type: 'online', count: chips.length, seconds: (Date.now() - started) / 1000 });
}

process.on('message', (message: { type: string; inFlight?: number; seconds?: number; rate?: number }) => {
  if (message.type === 'start')
    void start(message as Start).catch((error) => send({ type: 'error', error: String(error) }));
  else if (message.type === 'drive' && fleet !== undefined) {
    driving = fleet.drive(message.seconds ?? 3600, message.inFlight ?? 8, message.rate);
  } else if (message.type === 'stop') {
    fleet?.stop();
    void (driving ?? Promise.resolve(undefined)).then(async (result) => {
      send({ type: 'driven', result });
      await Promise.all(clients.map((client) => client.endAsync(true).catch(() => undefined)));
      process.exit(0);
    });
  }
});

// the bench that forked this fleet is gone (killed, timed out): the chips go with it
process.on('disconnect', () => process.exit(0));
