import { Registry } from 'prom-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIngestMetrics, type PlatformEventMap, startServer } from '../../src/index';
import { applyMetricDeltas, forwardedMetrics } from '../../src/ingest/worker/forwarded-metrics';
import { BACKENDS } from '../support/backends';
import { chipId, ingestServer, registerChip, TestChip, telemetry, until } from './support';

// Hang guards only (tests never assert durations).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe.each(BACKENDS)('ingest in a worker thread on $name', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('WC-SRV-154 WC-SRV-061 WC-SRV-066: the events reach the bus in the order ingest emitted them', async () => {
    const running = await ingestServer(backend, { ingest: { mqttPort: 0, tcpPort: 0, thread: 'worker' } });
    cleanups.push(running.close);
    const server = running.server;
    const seen: string[] = [];
    const id = chipId('W');
    for (const name of ['record', 'presence'] as const) {
      server.events.on(name, (payload: PlatformEventMap[typeof name][0]) => {
        if (payload.chipId !== id) return;
        seen.push('seq' in payload ? `record ${payload.seq}` : `presence ${payload.online}`);
      });
    }
    const secret = await registerChip(server, id);
    const chip = new TestChip(id, secret, server.storage.keys.directive.publicKey);
    await chip.mqtt(server.ingest?.mqttUrl as string);
    await chip.connect();
    await until(() => server.ingest?.gateway.isOnline(id) === true, 5_000, 'online on the main thread');
    for (let i = 0; i < 60; i++) chip.record(telemetry(i));
    await until(() => chip.unacked() === 0, 15_000, 'acks');
    const stored = await server.storage.uplinks.list(id);
    await chip.close();
    await until(() => seen.at(-1) === 'presence false', 15_000, 'offline');
    expect(server.ingest?.gateway.isOnline(id)).toBe(false);
    // online first, then every stored record once in seq order, then offline
    expect(seen).toEqual(['presence true', ...stored.map((r) => `record ${r.seq}`), 'presence false']);
  });

  it('WC-SRV-154: a configuration another thread cannot share is refused at start', async () => {
    await expect(
      startServer({ port: 0, db: ':memory:', logger: false, docs: false, ingest: { thread: 'worker' } }),
    ).rejects.toMatchObject({ code: 'ERR_SRV_CONFIG' });
    const fresh = await backend.fresh();
    cleanups.push(fresh.drop);
    await expect(
      startServer({
        port: 0,
        db: fresh.db,
        clock: () => 1_780_000_000_000,
        logger: false,
        docs: false,
        ingest: { thread: 'worker' },
      }),
    ).rejects.toMatchObject({ code: 'ERR_SRV_CONFIG' });
  });
});

describe('metrics of an ingest worker', () => {
  it('WC-SRV-154 WC-SRV-057: the changes counted in the worker are served once by the main registry', async () => {
    let changes = 0;
    const worker = forwardedMetrics(() => changes++);
    worker.metrics.rejected.inc({ reason: 'ERR_PROTO_BAD_MAC' });
    worker.metrics.rejected.inc({ reason: 'ERR_PROTO_BAD_MAC' }, 2);
    worker.metrics.records.inc({ outcome: 'stored' }, 5);
    worker.metrics.sessions.inc();
    worker.metrics.sessions.inc();
    worker.metrics.sessions.dec();
    worker.metrics.batchFailures.inc();
    expect(changes).toBe(7);
    const registry = new Registry();
    const main = createIngestMetrics(registry);
    applyMetricDeltas(main, worker.take());
    // taken changes are gone: applying again adds nothing
    applyMetricDeltas(main, worker.take());
    const text = await registry.metrics();
    expect(text).toMatch(/weldcode_ingest_rejected_total\{reason="ERR_PROTO_BAD_MAC"\} 3\n/);
    expect(text).toMatch(/weldcode_ingest_records_total\{outcome="stored"\} 5\n/);
    expect(text).toMatch(/weldcode_ingest_sessions 1\n/);
    expect(text).toMatch(/weldcode_ingest_batch_failures_total 1\n/);
    worker.metrics.sessions.dec();
    applyMetricDeltas(main, worker.take());
    expect(await registry.metrics()).toMatch(/weldcode_ingest_sessions 0\n/);
  });
});
