import { once } from 'node:events';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { encodeFrame, FrameDecoder } from '@weldcode/protocol';
import { ServerError } from '../server-error';
import type { ChipIngest, IngestLink } from './chip-ingest';
import type { IngestMetrics } from './ingest-metrics';

/** The TCP listener for the protocol's stream framing. */
export interface TcpIngest {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Listens for chips speaking the stream framing (spec/protocol.md §4) over raw TCP: one link per
 * socket; frames that fail their magic, version, length or CRC are counted and skipped while the
 * decoder resynchronises (WC-SRV-059).
 */
export async function startTcpIngest(
  ingest: ChipIngest,
  metrics: IngestMetrics,
  port: number,
  host: string,
): Promise<TcpIngest> {
  const sockets = new Set<Socket>();
  let next = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const link: IngestLink = {
      id: `tcp:${++next}`,
      transport: 'tcp',
      send: (bytes) => {
        if (!socket.destroyed) socket.write(encodeFrame(bytes));
      },
    };
    const decoder = new FrameDecoder();
    socket.on('data', (chunk: Buffer) => {
      const { frames, errors } = decoder.push(new Uint8Array(chunk));
      for (const error of errors) metrics.rejected.inc({ reason: error.code });
      for (const frame of frames) void ingest.receive(link, frame);
    });
    socket.on('close', () => {
      sockets.delete(socket);
      ingest.linkClosed(link);
    });
    socket.on('error', () => undefined);
  });
  server.listen(port, host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => {
      throw new ServerError('ERR_SRV_CONFIG', `cannot listen for TCP chips on ${host}:${port}`, {
        cause: error,
      });
    }),
  ]);
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
