import { once } from 'node:events';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameDecoder, type IngestedRecord } from '../src/index';
import { Link } from './support/harness';

function pipe(socket: Socket, handle: (envelope: Uint8Array) => Uint8Array[]): void {
  const decoder = new FrameDecoder();
  socket.on('data', (chunk) => {
    for (const envelope of decoder.push(new Uint8Array(chunk)).frames) {
      for (const reply of handle(envelope)) socket.write(encodeFrame(reply));
    }
  });
}

describe('raw TCP transport', () => {
  it('WC-PROTO-023: the same envelopes travel in frames over a socket, through both state machines', async () => {
    const link = new Link();
    const stored: IngestedRecord[] = [];
    const server = createServer((socket) =>
      pipe(socket, (envelope) => {
        const out = link.platform.receive('tcp-1', envelope);
        stored.push(...out.records);
        return [...out.send, ...link.platform.confirmDurable(out.records).flatMap((a) => a.send)];
      }),
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await once(socket, 'connect');
    pipe(socket, (envelope) => link.chip.receive(envelope).send);
    // one byte at a time: framing must not depend on how the stream is chunked
    const sendSlowly = (envelopes: Uint8Array[]) => {
      for (const envelope of envelopes)
        for (const byte of encodeFrame(envelope)) socket.write(new Uint8Array([byte]));
    };
    sendSlowly(link.chip.connect().send);
    const until = async (predicate: () => boolean) => {
      for (let i = 0; i < 400 && !predicate(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(predicate()).toBe(true);
    };
    await until(() => link.chip.status === 'online');
    sendSlowly(
      link.chip.record({
        kind: 'telemetry',
        value: { startS: 1, currentDa: [10, 1], voltageDv: [200, 0], states: 15 },
      }).send,
    );
    await until(
      () => stored.some((r) => r.body.kind === 'telemetry') && link.chip.buffer.records.length === 0,
    );
    socket.destroy();
    server.close();
  });
});
