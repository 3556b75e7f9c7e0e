/**
 * The set of sequence numbers seen in one epoch, kept as "every seq up to `floor`" plus the few
 * above it, so memory stays small however long the epoch runs.
 */
export class SequenceSet {
  floor = 0;
  private readonly above = new Set<number>();

  has(seq: number): boolean {
    return seq <= this.floor || this.above.has(seq);
  }

  add(seq: number): void {
    if (this.has(seq)) return;
    this.above.add(seq);
    while (this.above.delete(this.floor + 1)) this.floor++;
  }

  /** Adds every seq from 1 to `floor` (storage says they are all there). */
  raiseFloor(floor: number): void {
    if (floor <= this.floor) return;
    this.floor = floor;
    for (const seq of this.above) if (seq <= floor) this.above.delete(seq);
    while (this.above.delete(this.floor + 1)) this.floor++;
  }

  /** Highest seq seen. */
  get highest(): number {
    let highest = this.floor;
    for (const seq of this.above) if (seq > highest) highest = seq;
    return highest;
  }

  /** Bit i set when floor + 1 + i is in the set (i < 32), the `Ack.selective` field. */
  selective(): number {
    let bits = 0;
    for (let i = 0; i < 32; i++) if (this.above.has(this.floor + 1 + i)) bits |= 1 << i;
    return bits >>> 0;
  }
}
