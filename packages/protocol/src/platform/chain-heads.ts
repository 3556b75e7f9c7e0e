/** How many of an epoch's latest chain heads the platform keeps for heartbeat commitments. */
export const KEPT_HEADS = 1024;
const HEAD_BYTES = 32;

/**
 * The latest chain heads of one epoch (at most {@link KEPT_HEADS}), for checking the heads a
 * chip commits to in its heartbeats (WC-PROTO-043). Heads are added in seq order without gaps.
 *
 * One ring buffer per epoch, grown by doubling: a `Map` of 32-byte arrays kept two objects per
 * record alive, some 180 bytes each, and at 10,000 chips their old-generation collections paused
 * the ingest thread for 100 ms and more.
 */
export class ChainHeads {
  private ring = new Uint8Array(0);
  private capacity = 0;
  private latest = 0;
  private count = 0;

  /** Stores the head of `seq`, which follows the latest one stored (or starts the ring). */
  add(seq: number, head: Uint8Array): void {
    if (this.count > 0 && seq !== this.latest + 1) this.count = 0;
    if (this.count === this.capacity && this.capacity < KEPT_HEADS) this.grow();
    this.ring.set(head.subarray(0, HEAD_BYTES), this.slot(seq) * HEAD_BYTES);
    this.latest = seq;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  /** The head of `seq`, when it is one of the heads kept; a view valid until the next add. */
  get(seq: number): Uint8Array | undefined {
    if (this.count === 0 || seq > this.latest || seq <= this.latest - this.count) return undefined;
    const at = this.slot(seq) * HEAD_BYTES;
    return this.ring.subarray(at, at + HEAD_BYTES);
  }

  private slot(seq: number): number {
    return seq % this.capacity;
  }

  private grow(): void {
    const capacity = Math.max(16, this.capacity * 2);
    const ring = new Uint8Array(capacity * HEAD_BYTES);
    for (let seq = this.latest - this.count + 1; seq <= this.latest; seq++) {
      const at = this.slot(seq) * HEAD_BYTES;
      ring.set(this.ring.subarray(at, at + HEAD_BYTES), (seq % capacity) * HEAD_BYTES);
    }
    this.ring = ring;
    this.capacity = capacity;
  }
}
