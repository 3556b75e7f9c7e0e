import { once } from 'node:events';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { Aedes } from 'aedes';

/** The runner's in-process MQTT broker (aedes), which it can take down for an enforced outage. */
export interface EmbeddedBroker {
  url: string;
  /**
   * Stops the broker: every client's connection drops, and until {@link EmbeddedBroker.up} each
   * new connection on the port is counted with `refused` and closed at once.
   */
  down(refused: () => void): Promise<void>;
  /** Starts a fresh broker (no sessions kept) on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

interface Listener {
  port: number;
  close(): Promise<void>;
}

async function serve(
  port: number,
  onSocket: (socket: Socket) => void,
): Promise<{ server: Server; port: number }> {
  const server = createServer(onSocket);
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port };
}

async function broker(port: number): Promise<Listener> {
  const aedes = await Aedes.createBroker();
  const sockets = new Set<Socket>();
  const { server, port: actual } = await serve(port, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    aedes.handle(socket);
  });
  return {
    port: actual,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function refuser(port: number, refused: () => void): Promise<Listener> {
  const { server } = await serve(port, (socket) => {
    refused();
    socket.destroy();
  });
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Starts aedes on 127.0.0.1 (port 0: any free port) for a chip-profile run (WC-CONF-021).
 *
 * @example
 * ```ts
 * const broker = await startConformanceBroker();
 * // chip and runner connect to broker.url
 * ```
 */
export async function startConformanceBroker(port = 0): Promise<EmbeddedBroker> {
  let running = await broker(port);
  const actual = running.port;
  return {
    url: `mqtt://127.0.0.1:${actual}`,
    down: async (refused) => {
      await running.close();
      running = await refuser(actual, refused);
    },
    up: async () => {
      await running.close();
      running = await broker(actual);
    },
    close: () => running.close(),
  };
}
