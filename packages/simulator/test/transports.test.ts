import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bindMqttHarness,
  buildWorld,
  MqttChipLink,
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
