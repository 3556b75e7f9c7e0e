import { ChipMachine, type EnvelopeBody } from '@weldcode/protocol';

/** A registered chip of the bench fleet. */
export interface FleetChip {
  chipId: string;
  secretKey: Uint8Array;
}

/** A chip's protocol machine for the bench (short ack timeout, default window of 32). */
function benchMachine(chip: FleetChip, platformKey: Uint8Array): ChipMachine {
  return new ChipMachine({
    chipId: chip.chipId,
    secretKey: chip.secretKey,
    platformKeys: [platformKey],
    bootEpoch: 1,
    now: Date.now,
    bufferCapacity: 256,
  });
}

let sample = 0;
/** A one-sample telemetry record, as a chip sends every few seconds while a machine runs. */
function telemetryRecord(): EnvelopeBody {
  sample++;
  return {
    kind: 'telemetry',
    value: {
      startS: Math.floor(Date.now() / 1000),
      currentDa: [1200 + (sample % 50)],
      voltageDv: [240],
      states: 3,
    },
  };
}

/** Records a chip sent and still waits to have acked (acked telemetry leaves the buffer). */
function unacked(machine: ChipMachine): number {
  return machine.buffer.records.length;
}

/** One chip of a {@link ChipFleet}. */
interface Member {
  machine: ChipMachine;
  created: number;
}

/**
 * The bench's chips, driven by their acks rather than by polling: a chip sends a new record as
 * soon as it has fewer than `inFlight` unacked ones, so the generator spends its CPU on chip work
 * and none spinning (on 2 cores a spinning generator steals the server's time).
 */
export class ChipFleet {
  private readonly members: Member[];
  private inFlight = 0;
  private stopped = false;

  constructor(
    chips: readonly FleetChip[],
    platformKey: Uint8Array,
    private readonly send: (index: number, bytes: Uint8Array) => void,
    /** Called when chip `index` applied or refused a directive (an unlock grant, ...). */
    private readonly onDirective?: (index: number, accepted: boolean) => void,
  ) {
    this.members = chips.map((chip) => ({ machine: benchMachine(chip, platformKey), created: 0 }));
  }

  get size(): number {
    return this.members.length;
  }

  /** Chips whose handshake completed. */
  online(): number {
    let n = 0;
    for (const m of this.members) if (m.machine.status === 'online') n++;
    return n;
  }

  /** Every chip sends its hello. */
  connectAll(): void {
    this.members.forEach((m, i) => {
      for (const bytes of m.machine.connect().send) this.send(i, bytes);
    });
  }

  /** A downlink for chip `index`: its replies go out, then it tops its window up. */
  deliver(index: number, bytes: Uint8Array): void {
    const m = this.members[index];
    if (m === undefined) return;
    const out = m.machine.receive(bytes);
    if (out.directive !== undefined) this.onDirective?.(index, out.directive.ok);
    for (const reply of out.send) this.send(index, reply);
    if (this.inFlight > 0) this.topUp(index, m);
  }

  private topUp(index: number, m: Member): void {
    while (m.machine.status === 'online' && unacked(m.machine) < this.inFlight) {
      m.created++;
      for (const bytes of m.machine.record(telemetryRecord()).send) this.send(index, bytes);
    }
  }

  private acked(): number {
    let n = 0;
    for (const m of this.members) n += m.created - unacked(m.machine);
    return n;
  }

  /** Ends a {@link drive} early (at its next sweep). */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Keeps `inFlight` records per chip in flight for `seconds`; durable (acked) records per second.
   * With `ratePerS` the fleet offers that many records per second instead (round robin, a chip at
   * `inFlight` unacked records is skipped): a fixed load, not whatever the server can absorb.
   */
  async drive(
    seconds: number,
    inFlight: number,
    ratePerS?: number,
  ): Promise<{ acked: number; perSecond: number; seconds: number }> {
    if (ratePerS !== undefined) return this.drivePaced(seconds, inFlight, ratePerS);
    const before = this.acked();
    const start = Date.now();
    this.inFlight = inFlight;
    this.stopped = false;
    while (Date.now() - start < seconds * 1000 && !this.stopped) {
      // a sweep now and then restarts a chip whose last ack was lost
      this.members.forEach((m, i) => {
        this.topUp(i, m);
      });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    this.inFlight = 0;
    const elapsed = (Date.now() - start) / 1000;
    const acked = this.acked() - before;
    return { acked, perSecond: acked / elapsed, seconds: elapsed };
  }

  private async drivePaced(
    seconds: number,
    cap: number,
    ratePerS: number,
  ): Promise<{ acked: number; perSecond: number; seconds: number }> {
    const before = this.acked();
    const start = Date.now();
    this.stopped = false;
    let offered = 0;
    let cursor = 0;
    while (Date.now() - start < seconds * 1000 && !this.stopped) {
      const due = Math.floor(((Date.now() - start) / 1000) * ratePerS) - offered;
      for (let k = 0; k < due; k++) {
        offered++;
        for (let tries = 0; tries < this.members.length; tries++) {
          const index = cursor;
          cursor = (cursor + 1) % this.members.length;
          const m = this.members[index];
          if (m === undefined || m.machine.status !== 'online' || unacked(m.machine) >= cap) continue;
          m.created++;
          for (const bytes of m.machine.record(telemetryRecord()).send) this.send(index, bytes);
          break;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const elapsed = (Date.now() - start) / 1000;
    const acked = this.acked() - before;
    return { acked, perSecond: acked / elapsed, seconds: elapsed };
  }
}
