import type { SeededRandom } from '../random';
import type { SimClock } from '../sim-clock';

/** Probabilities (0..1) and ranges of faults on one direction of a link (WC-SIM-030). */
export interface FaultPlan {
  drop?: number;
  duplicate?: number;
  /** Hold a message back so the next one overtakes it. */
  reorder?: number;
  delay?: number;
  /** Range of an injected delay, ms of simulated time (default 100..5000). */
  delayMs?: [min: number, max: number];
  /** Flip one random byte. */
  corrupt?: number;
}

/** What a pipe did, for the summary. */
export interface FaultCounts {
  passed: number;
  dropped: number;
  duplicated: number;
  reordered: number;
  delayed: number;
  corrupted: number;
}

/**
 * One direction of a link with faults injected from a seeded stream and the simulated clock, so
 * the same seed breaks the same messages in the same way every run.
 *
 * @example
 * ```ts
 * import { FaultPipe, SimClock, seededRandom } from '@weldcode/simulator';
 *
 * const pipe = new FaultPipe({ drop: 0.1, corrupt: 0.01 }, seededRandom(7), clock, (bytes) => chip.deliver(bytes));
 * pipe.push(bytes);
 * pipe.pump(); // releases delayed messages that are due
 * ```
 */
export class FaultPipe {
  readonly counts: FaultCounts = {
    passed: 0,
    dropped: 0,
    duplicated: 0,
    reordered: 0,
    delayed: 0,
    corrupted: 0,
  };
  private held: Uint8Array | undefined;
  private heldAtMs = 0;
  private readonly delayed: { dueMs: number; bytes: Uint8Array }[] = [];

  constructor(
    public plan: FaultPlan,
    private readonly random: SeededRandom,
    private readonly clock: SimClock,
    private readonly deliver: (bytes: Uint8Array) => void,
  ) {}

  /** True while a message is held back to be overtaken (reorder). */
  get holding(): boolean {
    return this.held !== undefined;
  }

  push(bytes: Uint8Array): void {
    const { plan, random } = this;
    if (plan.drop && random.chance(plan.drop)) {
      this.counts.dropped++;
      return;
    }
    let out = bytes;
    if (plan.corrupt && random.chance(plan.corrupt)) {
      out = bytes.slice();
      const i = random.int(0, out.length - 1);
      out[i] = (out[i] as number) ^ (1 << random.int(0, 7));
      this.counts.corrupted++;
    }
    if (plan.delay && random.chance(plan.delay)) {
      const [min, max] = plan.delayMs ?? [100, 5000];
      this.delayed.push({ dueMs: this.clock.now() + random.int(min, max), bytes: out });
      this.counts.delayed++;
      return;
    }
    if (plan.reorder && this.held === undefined && random.chance(plan.reorder)) {
      this.held = out;
      this.heldAtMs = this.clock.now();
      this.counts.reordered++;
      return;
    }
    this.forward(out);
    if (plan.duplicate && random.chance(plan.duplicate)) {
      this.counts.duplicated++;
      this.forward(out);
    }
    const held = this.held;
    this.held = undefined;
    if (held) this.forward(held);
  }

  /** Releases delayed messages that are due, and a held message nobody overtook within a second. */
  pump(): void {
    const now = this.clock.now();
    const due = this.delayed.filter((d) => d.dueMs <= now).sort((a, b) => a.dueMs - b.dueMs);
    for (const d of due) this.delayed.splice(this.delayed.indexOf(d), 1);
    for (const d of due) this.forward(d.bytes);
    const held = this.held;
    if (held === undefined || now - this.heldAtMs < 1000) return;
    this.held = undefined;
    this.forward(held);
  }

  /** Messages in flight are lost with the link (a broker restart, a dead socket). */
  clear(): void {
    this.delayed.length = 0;
    this.held = undefined;
  }

  private forward(bytes: Uint8Array): void {
    this.counts.passed++;
    this.deliver(bytes);
  }
}

/** Adds the counts of several pipes. */
export function sumCounts(pipes: readonly FaultPipe[]): FaultCounts {
  const total: FaultCounts = { passed: 0, dropped: 0, duplicated: 0, reordered: 0, delayed: 0, corrupted: 0 };
  for (const pipe of pipes)
    for (const key of Object.keys(total) as (keyof FaultCounts)[]) total[key] += pipe.counts[key];
  return total;
}
