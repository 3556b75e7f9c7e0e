import { describe, expect, it } from 'vitest';
import { run } from '../src/main';

describe('example: chip and platform over MQTT', () => {
  it('WC-PROTO-016, WC-PROTO-037: grants, goes offline (Last Will), buffers, reconnects and backfills', async () => {
    const summary = await run();
    expect(summary.relayClosedAfterGrant).toBe(true);
    expect(summary.deathNotices).toBe(1);
    expect(summary.offlineBuffered).toBe(6);
    // 5 telemetry + 1 arc session buffered offline, plus the boot event made before the first session
    expect(summary.historicalRecords).toBe(7);
    expect(summary.liveRecords).toBe(5);
    expect(summary.bufferedAfterBackfill).toBe(0);
    expect(summary.alerts).toEqual([]);
  }, 20_000);
});
