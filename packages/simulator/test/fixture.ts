import type { Scenario } from '../src/index';
import { buildWorld, MemoryNetwork, offsetMetres } from '../src/index';

/** A small world: one factory with two machines, three workers, one permit. */
export function tinyScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    name: 'tiny',
    seed: 7,
    start: '2026-06-01T08:00:00+08:00',
    durationMinutes: 30,
    district: 310120,
    enterprises: [{ id: 1, name: '厂', sector: '工贸' }],
    sites: [{ id: 11, enterprise: 1, name: 'A', centre: { lat: 30.9181, lon: 121.4741 }, radiusM: 100 }],
    machines: [
      { id: 101, site: 11, kind: 'mig-mag' },
      { id: 102, site: 11, kind: 'arc' },
    ],
    workers: [
      {
        id: 5001,
        name: '张建国',
        certificates: [{ type: 'em-welding', validFrom: '2022-01-01', validTo: '2028-01-01' }],
      },
      {
        id: 5101,
        name: '周监护',
        certificates: [{ type: 'em-welding', validFrom: '2022-01-01', validTo: '2028-01-01' }],
      },
    ],
    permits: [
      {
        id: 9001,
        site: 11,
        workKind: 'ordinary',
        level: 'level-2',
        zone: { lat: 30.9181, lon: 121.4741, radiusM: 150 },
        start: '08:00',
        durationMinutes: 120,
        workers: [5001],
        machines: [101, 102],
        fireWatcher: 5101,
      },
    ],
    events: [],
    expect: { refusals: [], alerts: [] },
    ...overrides,
  };
}

/** Builds the tiny world with every chip online over a fault-free memory network. */
export function tinyWorld(overrides: Partial<Scenario> = {}) {
  const world = buildWorld(tinyScenario(overrides));
  const net = new MemoryNetwork(world.harness, world.clock, world.random.fork('net'));
  for (const chip of world.chips.values()) net.attach(chip);
  const run = (seconds: number) => {
    for (let i = 0; i < seconds; i++) {
      world.clock.advance(1000);
      for (const chip of world.chips.values()) chip.advance();
      net.step();
    }
  };
  const chip = (id: number) => world.chips.get(id) as NonNullable<ReturnType<typeof world.chips.get>>;
  /** The worker's approved application for a machine, from next to it. */
  const grant = (machine: number, worker = 5001) => {
    const c = chip(machine);
    const phone = offsetMetres(c.positionSignal.position, 2, 2);
    return world.harness.requestUnlock({
      plateText: world.plates.get(machine)?.text ?? '',
      credentialText: world.credentials.get(worker)?.text,
      permitText: world.permits.get(9001)?.text,
      phone,
      fireWatcher: phone,
    });
  };
  return { world, net, run, chip, grant };
}
