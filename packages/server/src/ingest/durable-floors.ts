import type { IngestedRecord } from '@weldcode/protocol';

/** Gap above the floor (in seqs) after which storage is asked whether others filled it. */
const GAP_BEFORE_REFRESH = 16;
/** At most one storage refresh per chip epoch this often. */
const REFRESH_INTERVAL_MS = 1000;

interface Floor {
  floor: number;
  above: Set<number>;
  refreshing: boolean;
  lastRefreshMs: number;
}

/**
 * This instance's view of which records of each (chip, epoch) are durable, mirroring what the
 * protocol machine acks. Two reasons to keep it: a restarted or recycled machine starts with an
 * empty durable set and must be raised to what storage holds, or its acks would never cover a
 * long-running epoch again; and with shared subscriptions other instances store part of an
 * epoch, so a gap that persists here is looked up in storage (WC-SRV-055).
 */
export class DurableFloors {
  private readonly floors = new Map<string, Floor>();
  private readonly chips = new Set<string>();

  knowsChip(chipId: string): boolean {
    return this.chips.has(chipId);
  }

  markChip(chipId: string): void {
    this.chips.add(chipId);
  }

  private get(chipId: string, epoch: number): Floor {
    const key = `${chipId}\u0000${epoch}`;
    let floor = this.floors.get(key);
    if (floor === undefined) {
      floor = { floor: 0, above: new Set(), refreshing: false, lastRefreshMs: 0 };
      this.floors.set(key, floor);
    }
    return floor;
  }

  private advance(state: Floor): void {
    while (state.above.delete(state.floor + 1)) state.floor++;
  }

  /**
   * Raises the floor to `floor`; returns the previous floor when it moved (the machine must be
   * told, with `PlatformMachine.restoreDurable`), otherwise undefined.
   */
  raise(chipId: string, epoch: number, floor: number): number | undefined {
    const state = this.get(chipId, epoch);
    if (floor <= state.floor) return undefined;
    const previous = state.floor;
    state.floor = floor;
    for (const seq of state.above) if (seq <= floor) state.above.delete(seq);
    this.advance(state);
    return previous;
  }

  /** Notes committed records; returns the (chip, epoch) pairs whose gap calls for a refresh. */
  confirm(records: readonly IngestedRecord[]): { chipId: string; epoch: number }[] {
    const lagging: { chipId: string; epoch: number }[] = [];
    const now = Date.now();
    for (const record of records) {
      const state = this.get(record.chipId, record.epoch);
      if (record.seq > state.floor) state.above.add(record.seq);
      this.advance(state);
      if (
        state.above.size > 0 &&
        !state.refreshing &&
        now - state.lastRefreshMs >= REFRESH_INTERVAL_MS &&
        Math.max(...state.above) - state.floor > GAP_BEFORE_REFRESH
      ) {
        state.refreshing = true;
        state.lastRefreshMs = now;
        lagging.push({ chipId: record.chipId, epoch: record.epoch });
      }
    }
    return lagging;
  }

  refreshed(chipId: string, epoch: number): void {
    this.get(chipId, epoch).refreshing = false;
  }
}
