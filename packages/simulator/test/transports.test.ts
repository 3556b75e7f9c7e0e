import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bindMqttHarness,
  buildWorld,
  MqttChipLink,
  MqttNetwork,
  serveTcpHarness,
  startEmbeddedBroker,
  TcpChipLink,
} from '../src/index';
import { tinyScenario } from './fixture';

async function until(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (predicate()) return;
    await sleep(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

describe('transports', () => {
  it('WC-SIM-060: chips and the harness speak over a real MQTT broker, with Last Will and backfill', async () => {
    const broker = await startEmbeddedBroker();
    cleanup.push(() => broker.close());
    const world = buildWorld(tinyScenario());
    const binding = await bindMqttHarness(world.harness, broker.url);
    cleanup.push(() => binding.close());
    const chip = world.chips.get(101);
    if (!chip) throw new Error('no chip');
    let link = await MqttChipLink.open(chip, broker.url);
    await until(() => chip.machine.status === 'online', 'the handshake');
    for (let i = 0; i < 30; i++) {
      world.clock.advance(1000);
      chip.advance();
    }
    await until(
      () => world.harness.records.filter((r) => r.body.kind === 'telemetry').length === 3,
      'telemetry',
    );
    link.kill();
    await until(() => world.harness.alerts.some((a) => a.kind === 'CHIP_OFFLINE'), 'the Last Will');
    for (let i = 0; i < 120; i++) {
      world.clock.advance(1000);
      chip.advance();
    }
    expect(chip.machine.buffer.records.length).toBeGreaterThan(10);
    link = await MqttChipLink.open(chip, broker.url);
    cleanup.push(() => link.close());
    await until(() => chip.machine.buffer.records.length === 0, 'the backfill');
    expect(world.harness.records.some((r) => r.historical)).toBe(true);
  });

  it('WC-SIM-061: a chip speaks the stream framing over TCP', async () => {
    const world = buildWorld(tinyScenario());
    const server = await serveTcpHarness(world.harness);
    cleanup.push(() => server.close());
    const chip = world.chips.get(102);
    if (!chip) throw new Error('no chip');
    const link = await TcpChipLink.open(chip, '127.0.0.1', server.port);
    cleanup.push(() => link.close());
    await until(() => chip.machine.status === 'online', 'the handshake');
    for (let i = 0; i < 60; i++) {
      world.clock.advance(1000);
      chip.advance();
    }
    await until(() => world.harness.records.filter((r) => r.chipId === chip.chipId).length >= 7, 'records');
    await until(() => chip.machine.buffer.records.length === 0, 'acks');
    expect(server.frameErrors).toBe(0);
  });
});

describe('broker restart over MQTT', () => {
  it('WC-SIM-033: chips reconnect to a restarted broker after jittered back-off and backfill', async () => {
    const broker = await startEmbeddedBroker();
    cleanup.push(() => broker.close());
    const world = buildWorld(
      tinyScenario({
        machines: Array.from({ length: 6 }, (_, i) => ({ id: 101 + i, site: 11, kind: 'arc' as const })),
      }),
    );
    const net = await MqttNetwork.open(world.harness, world.clock, world.random.fork('net'), broker.url);
    cleanup.push(() => net.close());
    const chips = [...world.chips.values()];
    for (const chip of chips) await net.attach(chip);
    await until(() => chips.every((c) => c.machine.status === 'online'), 'the handshakes');
    await broker.restart();
    await until(() => net.connected() === 0, 'every link to notice');
    const back: number[] = [];
    for (let s = 0; s < 60 && back.at(-1) !== chips.length; s++) {
      world.clock.advance(1000);
      for (const chip of chips) chip.advance();
      net.step();
      await net.settle(1000);
      back.push(chips.filter((c) => c.machine.status === 'online').length);
    }
    expect(back.at(-1)).toBe(chips.length);
    expect(back.length).toBeGreaterThan(1); // spread over several simulated seconds, not one instant
    await until(() => chips.every((c) => c.machine.buffer.records.length === 0), 'the backfill');
    expect(world.harness.records.some((r) => r.historical)).toBe(true);
  }, 60_000);
});
