import { once } from 'node:events';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { Aedes } from 'aedes';

/** An in-process MQTT broker (aedes) on a local TCP port. */
export interface EmbeddedBroker {
  url: string;
  port: number;
  /** Stops the broker; every client sees its connection drop. */
  close(): Promise<void>;
  /** Stops the broker and starts a fresh one (no sessions kept) on the same port. */
  restart(): Promise<void>;
}

/**
 * Starts aedes on 127.0.0.1 (port 0 = any free port).
 *
 * @example
 * ```ts
 * import { startEmbeddedBroker } from '@weldcode/simulator';
 *
 * const broker = await startEmbeddedBroker();
 * // ... mqtt.connect(broker.url)
 * await broker.close();
 * ```
 */
export async function startEmbeddedBroker(port = 0): Promise<EmbeddedBroker> {
  let running = await listen(port);
  const actual = running.port;
  return {
    url: `mqtt://127.0.0.1:${actual}`,
    port: actual,
    close: () => running.close(),
    restart: async () => {
      await running.close();
      running = await listen(actual);
    },
  };
}

async function listen(port: number): Promise<{ port: number; close: () => Promise<void> }> {
  const broker = await Aedes.createBroker();
  const server: Server = createServer(broker.handle);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
