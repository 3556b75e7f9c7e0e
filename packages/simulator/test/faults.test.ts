import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FaultPipe, MemoryNetwork, SimClock, seededRandom } from '../src/index';
import { tinyWorld } from './fixture';

function run(plan: ConstructorParameters<typeof FaultPipe>[0], seed: number, n = 200) {
  const clock = new SimClock(0);
  const out: string[] = [];
  const pipe = new FaultPipe(plan, seededRandom(seed), clock, (b) =>
    out.push(Buffer.from(b).toString('hex')),
  );
  for (let i = 0; i < n; i++) {
    pipe.push(new Uint8Array([i & 0xff, (i >> 8) & 0xff, 1, 2, 3]));
    clock.advance(100);
    pipe.pump();
  }
  clock.advance(10_000);
  pipe.pump();
  return { out, counts: pipe.counts };
}

describe('fault injection', () => {
  it('WC-SIM-030: the same seed injects the same faults, another seed different ones', () => {
    const plan = { drop: 0.1, duplicate: 0.1, reorder: 0.1, delay: 0.1, corrupt: 0.1 };
    expect(run(plan, 1)).toEqual(run(plan, 1));
    expect(run(plan, 1).out).not.toEqual(run(plan, 2).out);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(run(plan, seed, 50)).toEqual(run(plan, seed, 50));
      }),
      { numRuns: 20 },
    );
  });

  it('WC-SIM-031: drop, duplicate, reorder, delay and corrupt each do what they say', () => {
    expect(run({ drop: 1 }, 3).out).toEqual([]);
    expect(run({ duplicate: 1 }, 3, 10).out.length).toBe(20);
    const reordered = run({ reorder: 0.5 }, 3, 50).out;
    expect(reordered.length).toBe(50);
    expect(reordered).not.toEqual(
      [...reordered].sort(
        (a, b) =>
          Number.parseInt(a.slice(2, 4) + a.slice(0, 2), 16) -
          Number.parseInt(b.slice(2, 4) + b.slice(0, 2), 16),
      ),
    );
    const delayed = run({ delay: 1, delayMs: [1000, 1000] }, 3, 20);
    expect(delayed.counts.delayed).toBe(20);
    expect(delayed.out.length).toBe(20);
    const corrupted = run({ corrupt: 1 }, 3, 20).out;
    expect(corrupted.every((hex, i) => hex !== Buffer.from([i, 0, 1, 2, 3]).toString('hex'))).toBe(true);
  });

  it('WC-SIM-032: the protocol survives lossy, duplicating, reordering, corrupting links without losing a record', () => {
    const lossy = tinyWorldFaulty();
    lossy.run(1800);
    lossy.heal();
    lossy.run(120);
    const c = lossy.chip(101);
    const stored = new Set(
      lossy.world.harness.records.filter((r) => r.chipId === c.chipId).map((r) => r.seq),
    );
    expect(lossy.faults().dropped).toBeGreaterThan(0);
    expect(lossy.faults().corrupted).toBeGreaterThan(0);
    const missing = [];
    for (let seq = 1; seq <= c.machine.chain.seq; seq++) if (!stored.has(seq)) missing.push(seq);
    expect(missing).toEqual([]);
  });

  it('WC-SIM-033: a broker restart becomes a reconnect storm spread by jittered back-off', () => {
    const {
      world,
      net,
      run: advance,
    } = tinyWorld({
      machines: Array.from({ length: 20 }, (_, i) => ({ id: 101 + i, site: 11, kind: 'arc' as const })),
      permits: [],
    });
    advance(10);
    net.restartBroker();
    const chips = [...world.chips.values()];
    expect(chips.filter((c) => net.isConnected(c))).toEqual([]);
    const online: number[] = [];
    for (let s = 1; s <= 120; s++) {
      advance(1);
      online.push(chips.filter((c) => net.isConnected(c)).length);
    }
    expect(online.at(-1)).toBe(chips.length);
    expect(online[0]).toBeLessThan(chips.length);
    expect(new Set(online).size).toBeGreaterThan(2);
    expect(chips.every((c) => c.machine.status === 'online')).toBe(true);
  });
});

function tinyWorldFaulty() {
  const base = tinyWorld();
  // re-wire chip 101 through a faulty link of its own on the same harness
  const net = new MemoryNetwork(base.world.harness, base.world.clock, seededRandom(5), {
    up: { drop: 0.05, duplicate: 0.05, reorder: 0.05, delay: 0.05, corrupt: 0.02 },
    down: { drop: 0.05, duplicate: 0.05, corrupt: 0.02 },
  });
  const chip = base.chip(101);
  base.net.drop(chip, false);
  net.attach(chip);
  return {
    world: base.world,
    chip: base.chip,
    run: (seconds: number) => {
      for (let i = 0; i < seconds; i++) {
        base.world.clock.advance(1000);
        chip.advance();
        net.step();
      }
    },
    heal: () => {
      for (const pipe of net.pipes()) pipe.plan = {};
    },
    faults: () =>
      net
        .pipes()
        .reduce(
          (a, p) => ({ dropped: a.dropped + p.counts.dropped, corrupted: a.corrupted + p.counts.corrupted }),
          { dropped: 0, corrupted: 0 },
        ),
  };
}
