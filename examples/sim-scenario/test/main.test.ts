import { describe, expect, it } from 'vitest';
import { run } from '../src/main';

describe('example: a scenario over MQTT', () => {
  it('WC-SIM-060, WC-SIM-042: runs over a real broker and meets the expectations of the scenario file', async () => {
    const lines: string[] = [];
    const summary = await run((line) => lines.push(line));
    expect(summary.expectations).toEqual({ ok: true, missing: [], unexpected: [] });
    expect(summary.grants).toBe(1);
    expect(summary.historicalRecords).toBeGreaterThan(0);
    expect(lines.at(-1)).toBe('expectations: met');
  }, 60_000);
});
