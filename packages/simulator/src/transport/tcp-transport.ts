import { once } from 'node:events';
import { type AddressInfo, createConnection, createServer, type Server, type Socket } from 'node:net';
import { decodeEnvelope, encodeFrame, FrameDecoder } from '@weldcode/protocol';
import type { VirtualChip } from '../chip/virtual-chip';
import type { PlatformHarness } from '../harness/platform-harness';

/** A harness listening for chips speaking the protocol's stream framing over raw TCP. */
export interface TcpHarnessServer {
  server: Server;
  port: number;
  /** CRC or framing errors the decoders resynchronised over. */
  frameErrors: number;
  close(): Promise<void>;
}

/**
 * Serves a {@link PlatformHarness} over TCP with the protocol's stream framing: one connection id
 * per socket, so a cloned chip on a second socket is a second connection.
 *
 * @example
 * ```ts
 * import { serveTcpHarness } from '@weldcode/simulator';
 *
 * const server = await serveTcpHarness(harness);
 * await TcpChipLink.open(chip, '127.0.0.1', server.port);
 * ```
 */
export async function serveTcpHarness(harness: PlatformHarness, port = 0): Promise<TcpHarnessServer> {
  const sockets = new Map<string, Socket>();
  let next = 0;
  const result: TcpHarnessServer = {
    server: createServer((socket) => {
      const connection = `tcp-${++next}`;
      sockets.set(connection, socket);
      const decoder = new FrameDecoder();
      let chipId = '';
      socket.on('data', (chunk) => {
        const { frames, errors } = decoder.push(new Uint8Array(chunk));
        result.frameErrors += errors.length;
        for (const bytes of frames) {
          if (chipId === '') {
            try {
              const body = decodeEnvelope(bytes).body;
              if (body.kind === 'hello') chipId = body.value.chipId ?? '';
            } catch {
              // the platform machine reports it
            }
          }
          harness.receive(connection, chipId, bytes);
        }
      });
      socket.on('close', () => {
        sockets.delete(connection);
        harness.disconnected(connection, chipId, true);
      });
      socket.on('error', () => {});
    }),
    port: 0,
    frameErrors: 0,
    close: async () => {
      for (const socket of sockets.values()) socket.destroy();
      await new Promise<void>((resolve) => result.server.close(() => resolve()));
    },
  };
  harness.send = (connection, _chipId, bytes) => {
    sockets.get(connection)?.write(encodeFrame(bytes));
  };
  result.server.listen(port, '127.0.0.1');
  await once(result.server, 'listening');
  result.port = (result.server.address() as AddressInfo).port;
  return result;
}

/**
 * A chip's TCP connection with stream framing.
 *
 * @example
 * ```ts
 * import { TcpChipLink } from '@weldcode/simulator';
 *
 * const link = await TcpChipLink.open(chip, '127.0.0.1', port);
 * ```
 */
export class TcpChipLink {
  private constructor(readonly socket: Socket) {}

  static async open(chip: VirtualChip, host: string, port: number): Promise<TcpChipLink> {
    const socket = createConnection({ host, port });
    await once(socket, 'connect');
    const decoder = new FrameDecoder();
    socket.on('data', (chunk) => {
      for (const bytes of decoder.push(new Uint8Array(chunk)).frames) chip.deliver(bytes);
    });
    socket.on('close', () => chip.linkDown());
    socket.on('error', () => {});
    chip.transmit = (bytes) => {
      if (!socket.destroyed) socket.write(encodeFrame(bytes));
    };
    chip.linkUp();
    return new TcpChipLink(socket);
  }

  close(): void {
    this.socket.destroy();
  }
}
