/**
 * Simulated time in Unix ms. Everything in the simulator reads this clock, so a workday runs in
 * milliseconds and tests never depend on the wall clock.
 *
 * @example
 * ```ts
 * import { SimClock } from '@weldcode/simulator';
 *
 * const clock = new SimClock(Date.UTC(2026, 5, 1));
 * clock.advance(10_000);
 * ```
 */
export class SimClock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  set(ms: number): void {
    this.current = ms;
  }
}
