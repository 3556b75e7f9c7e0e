import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/index';
import { BACKENDS } from '../support/backends';
import { hasMosquitto, startMosquitto } from './mosquitto';
import { chipId, grant, registerChip, TestChip, telemetry, until } from './support';

/** Shared subscriptions spread one chip's messages over instances: PostgreSQL when available. */
const backend = BACKENDS[BACKENDS.length - 1] as (typeof BACKENDS)[number];

describe.skipIf(!hasMosquitto)(`two server instances behind Mosquitto on ${backend.name}`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function uplinks(server: RunningServer): Promise<number> {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    return Number(/weldcode_ingest_uplinks_total\{transport="mqtt"\} (\d+)/.exec(text)?.[1] ?? 0);
  }

  it('WC-SRV-052 WC-SRV-064: chips are served by both instances through a shared subscription; every record is stored once and acked', async () => {
    const broker = await startMosquitto();
    cleanups.push(broker.stop);
    const fresh = await backend.fresh();
    cleanups.push(fresh.drop);
    const group = `g${Math.random().toString(36).slice(2, 8)}`;
    const servers: RunningServer[] = [];
    for (let i = 0; i < 2; i++) {
      const server = await startServer({
        port: 0,
        db: fresh.db,
        logger: false,
        docs: false,
        ingest: { mqttUrl: broker.url, mqttGroup: group, tcpPort: false, maxDelayMs: 2 },
      });
      servers.push(server);
      cleanups.push(() => server.close());
    }
    const [a, b] = servers as [RunningServer, RunningServer];
    const chips: TestChip[] = [];
    for (let i = 0; i < 4; i++) {
      const id = chipId('S');
      const secret = await registerChip(a, id);
      const chip = new TestChip(id, secret, a.storage.keys.directive.publicKey);
      await chip.mqtt(broker.url, 5);
      cleanups.push(() => chip.close());
      chips.push(chip);
    }
    // handshakes split over the instances too: hello on one, auth response on the other
    await Promise.all(chips.map((chip) => chip.connect()));
    for (let round = 0; round < 60; round++) {
      for (const chip of chips) chip.record(telemetry(round));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await until(
      () => {
        for (const chip of chips) chip.tick();
        return chips.every((chip) => chip.unacked() === 0);
      },
      20_000,
      'every record acked',
    );
    for (const chip of chips) {
      const stored = await a.storage.uplinks.list(chip.chipId);
      expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
      expect(stored.filter((r) => r.kind === 'telemetry')).toHaveLength(60);
    }
    expect(await uplinks(a)).toBeGreaterThan(20);
    expect(await uplinks(b)).toBeGreaterThan(20);
    // a grant can be delivered by either instance, whichever handled the handshake
    const [first, second] = chips as [TestChip, TestChip];
    expect(await a.ingest?.gateway.deliver(first.chipId, grant(a, first.chipId))).toBe(true);
    expect(await b.ingest?.gateway.deliver(second.chipId, grant(b, second.chipId))).toBe(true);
    await until(() => first.granted() && second.granted(), 15_000, 'grants applied');
  });
});
