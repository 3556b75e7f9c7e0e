import { createConnection } from 'node:net';
import { encodeFrame } from '@weldcode/protocol';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/backends';
import { chipId, ingestServer, registerChip, TestChip, telemetry, until } from './support';

/** The healthy chips keep their sessions: a new record of each is acked. */
async function stillHealthy(chips: TestChip[], n: number): Promise<void> {
  for (const chip of chips) chip.record(telemetry(n));
  await until(() => chips.every((chip) => chip.unacked() === 0), 15_000, 'healthy chips acked');
}

describe('ingest fuzz', () => {
  const backend = BACKENDS[0] as (typeof BACKENDS)[number];
  let running: Awaited<ReturnType<typeof ingestServer>>;
  let mqttChip: TestChip;
  let tcpChip: TestChip;

  beforeAll(async () => {
    running = await ingestServer(backend);
    const server = running.server;
    const a = chipId('FM');
    mqttChip = new TestChip(a, await registerChip(server, a), server.storage.keys.directive.publicKey);
    await mqttChip.mqtt(server.ingest?.mqttUrl as string);
    await mqttChip.connect();
    const b = chipId('FT');
    tcpChip = new TestChip(b, await registerChip(server, b), server.storage.keys.directive.publicKey);
    await tcpChip.tcp(server.ingest?.tcpPort as number);
    await tcpChip.connect();
  });

  afterAll(async () => {
    await mqttChip?.close();
    await tcpChip?.close();
    await running?.close();
  });

  it('WC-SRV-057 WC-SRV-058: random bytes on a chip topic never crash the server nor disturb the chip sessions', async () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 600 }), (bytes) => {
        mqttChip.raw(bytes);
        tcpChip.raw(bytes);
      }),
      { numRuns: 300, seed: 20261128 },
    );
    await stillHealthy([mqttChip, tcpChip], 1);
    expect((await fetch(`${running.server.url}/healthz`)).status).toBe(200);
  });

  it('WC-SRV-057 WC-SRV-059: random bytes and random frames on TCP sockets never crash the server nor disturb the chip sessions', async () => {
    const port = running.server.ingest?.tcpPort as number;
    const samples = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 5000 }), { numRuns: 200, seed: 7 });
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.on('error', () => undefined);
    await new Promise((resolve) => socket.once('connect', resolve));
    for (const bytes of samples) {
      socket.write(bytes);
      socket.write(encodeFrame(bytes.subarray(0, 4096)));
    }
    socket.destroy();
    await stillHealthy([mqttChip, tcpChip], 2);
    expect((await fetch(`${running.server.url}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${running.server.url}/metrics`)).text();
    expect(metrics).toMatch(/weldcode_ingest_rejected_total\{reason="ERR_PROTO_FRAME_MAGIC"\}/);
  });
});
