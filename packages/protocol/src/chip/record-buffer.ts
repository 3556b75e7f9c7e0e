import type { BodyKind } from '../envelope/body-kinds';

/** One record kept by the chip until the platform acknowledges it (WC-PROTO-036). */
export interface BufferedRecord {
  epoch: number;
  seq: number;
  kind: BodyKind;
  /** The record's envelope bytes without MAC: what the hash chain and a backfill hold. */
  bytes: Uint8Array;
  /** When it was last sent (live or in a backfill); undefined = never since it was buffered. */
  sentAt?: number;
  /** Covered by an ack; an alarm then still waits for its alarm ack (WC-PROTO-012). */
  acked: boolean;
}

const EVICTABLE_FIRST = new Set<BodyKind>(['telemetry', 'location']);

/** The chip's offline buffer, in creation order, with the eviction rule of WC-PROTO-040. */
export class RecordBuffer {
  readonly records: BufferedRecord[] = [];
  /** Records evicted because the buffer was full. */
  evicted = 0;

  constructor(readonly capacity: number) {}

  add(record: BufferedRecord): void {
    if (this.records.length >= this.capacity) {
      const victim = this.records.findIndex((r) => EVICTABLE_FIRST.has(r.kind));
      this.records.splice(Math.max(victim, 0), 1);
      this.evicted++;
    }
    this.records.push(record);
  }

  /** Marks records of `epoch` acknowledged; frees them unless an alarm still waits for its alarm ack. */
  ack(epoch: number, seq: number, selective = 0): void {
    for (const record of this.records) {
      if (record.epoch !== epoch) continue;
      const offset = record.seq - seq - 1;
      if (record.seq <= seq || (offset >= 0 && offset < 32 && (selective >>> offset) & 1))
        record.acked = true;
    }
    this.removeWhere((r) => r.acked && r.kind !== 'alarm');
  }

  alarmAck(epoch: number, seq: number): void {
    this.removeWhere((r) => r.kind === 'alarm' && r.epoch === epoch && r.seq === seq);
  }

  private removeWhere(predicate: (record: BufferedRecord) => boolean): void {
    for (let i = this.records.length - 1; i >= 0; i--) {
      if (predicate(this.records[i] as BufferedRecord)) this.records.splice(i, 1);
    }
  }
}
