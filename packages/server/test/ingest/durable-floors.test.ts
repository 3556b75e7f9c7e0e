import { generateKeyPair } from '@weldcode/crypto';
import { PlatformMachine } from '@weldcode/protocol';
import { describe, expect, it } from 'vitest';
import { DurableFloors, raiseMachineFloor } from '../../src/ingest/durable-floors';

describe('durable floors', () => {
  it('WC-SRV-055: the machine floor is raised in one step (the PlatformMachine shape the fast path relies on)', () => {
    const machine = new PlatformMachine({
      secretKey: generateKeyPair().secretKey,
      lookupChip: () => undefined,
      now: Date.now,
    });
    raiseMachineFloor(machine, 'C1', 3, 0, 100_000);
    const epoch = (
      machine as unknown as { epoch(c: string, e: number): { durable: { floor: number } } }
    ).epoch('C1', 3);
    expect(epoch.durable.floor).toBe(100_000);
  });

  it('WC-SRV-055: a gap that persists above the floor asks for a storage refresh, once at a time', () => {
    const floors = new DurableFloors();
    const record = (seq: number) => ({
      chipId: 'C1',
      epoch: 1,
      seq,
      body: { kind: 'telemetry' as const, value: {} },
      historical: false,
      receivedMs: 0,
    });
    expect(floors.confirm([1, 2, 3].map(record))).toEqual([]);
    expect(floors.confirm([30].map(record))).toEqual([{ chipId: 'C1', epoch: 1 }]);
    expect(floors.confirm([31].map(record))).toEqual([]);
    expect(floors.raise('C1', 1, 29)).toBe(3);
    expect(floors.raise('C1', 1, 10)).toBeUndefined();
  });
});
