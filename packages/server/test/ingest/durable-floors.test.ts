import { describe, expect, it } from 'vitest';
import { DurableFloors } from '../../src/ingest/durable-floors';

describe('durable floors', () => {
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
