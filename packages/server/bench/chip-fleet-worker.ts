/**
 * The bench's chips in a worker thread, so that the chip side (sealing, hashing, acks) runs on its
 * own core and the ingest measured on the main thread is the server's work only. Messages:
 * in `connect`, `down` (batched downlinks), `drive`, `online?`; out `up` (batched uplinks),
 * `online`, `driven`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ChipFleet, type FleetChip } from './chip-fleet';

type Item = [number, Uint8Array];
const port = parentPort;
if (port === null) throw new Error('chip-fleet-worker runs as a worker thread');
const { chips, platformKey } = workerData as { chips: FleetChip[]; platformKey: Uint8Array };

let outbox: Item[] = [];
const fleet = new ChipFleet(chips, platformKey, (index, bytes) => {
  if (outbox.length === 0) setImmediate(flush);
  outbox.push([index, bytes]);
});

function flush(): void {
  const items = outbox;
  outbox = [];
  port?.postMessage({ type: 'up', items });
}

port.on('message', (message: { type: string; items?: Item[]; seconds?: number; inFlight?: number }) => {
  if (message.type === 'connect') fleet.connectAll();
  else if (message.type === 'down')
    for (const [index, bytes] of message.items ?? []) fleet.deliver(index, bytes);
  else if (message.type === 'online?') port.postMessage({ type: 'online', count: fleet.online() });
  else if (message.type === 'drive') {
    void fleet
      .drive(message.seconds ?? 10, message.inFlight ?? 8)
      .then((result) => port.postMessage({ type: 'driven', result }));
  }
});
