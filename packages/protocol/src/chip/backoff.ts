/** Parameters of the reconnect back-off (WC-PROTO-041). */
export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  /** A session at least this long resets the attempt counter. */
  resetAfterMs?: number;
  /** Uniform random number in [0, 1). */
  random?: () => number;
}

/**
 * Exponential reconnect back-off with full jitter: attempt n waits uniformly in
 * [0, min(cap, base * 2^n)], so a district's chips never reconnect in lock-step.
 *
 * @example
 * ```ts
 * import { ReconnectBackoff } from '@weldcode/protocol';
 *
 * const backoff = new ReconnectBackoff();
 * socket.on('close', () => setTimeout(connect, backoff.next()));
 * ```
 */
export class ReconnectBackoff {
  private attempt = 0;
  private readonly baseMs: number;
  private readonly capMs: number;
  private readonly resetAfterMs: number;
  private readonly random: () => number;

  constructor(options: BackoffOptions = {}) {
    this.baseMs = options.baseMs ?? 1000;
    this.capMs = options.capMs ?? 300_000;
    this.resetAfterMs = options.resetAfterMs ?? 60_000;
    this.random = options.random ?? Math.random;
  }

  /** Upper bound of the next delay. */
  ceiling(): number {
    return Math.min(this.capMs, this.baseMs * 2 ** Math.min(this.attempt, 30));
  }

  /** The delay before the next connection attempt, in ms. */
  next(): number {
    const delay = Math.floor(this.random() * this.ceiling());
    this.attempt++;
    return delay;
  }

  /** Reports how long the session that just ended lasted. */
  sessionEnded(durationMs: number): void {
    if (durationMs >= this.resetAfterMs) this.attempt = 0;
  }
}
