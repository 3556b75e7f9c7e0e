import { ServerError } from '../server-error';

/** The platform clock: Unix milliseconds. Every time the platform stamps or judges is read from it. */
export type PlatformClock = () => number;

/**
 * A clock that stands still until it is set, for conformance runs and demos that play a scenario's
 * day faster than real time (`weldcode serve --test-clock`, spec/server.md WC-SRV-150). It only
 * moves forward: lists, alerts, arc sessions and the audit log assume platform time never runs
 * backwards, so an earlier instant is refused.
 *
 * @example
 * ```ts
 * import { startServer, TestClock } from '@weldcode/server';
 *
 * const clock = new TestClock(Date.parse('2026-06-01T07:00:00+08:00'));
 * const server = await startServer({ port: 0, testClock: clock });
 * clock.set(clock.now() + 60_000); // or PUT /v1/test/clock { at } as a city administrator
 * ```
 */
export class TestClock {
  /** The instant, in shared memory: an ingest worker thread reads the same clock (WC-SRV-154). */
  private readonly cell = new BigInt64Array(new SharedArrayBuffer(8));

  constructor(startMs: number) {
    if (!Number.isFinite(startMs)) {
      throw new ServerError('ERR_SRV_CONFIG', 'a test clock starts at a valid instant');
    }
    this.ms = Math.floor(startMs);
    testClockCells.set(this, this.cell);
  }

  private get ms(): number {
    return Number(Atomics.load(this.cell, 0));
  }

  private set ms(value: number) {
    Atomics.store(this.cell, 0, BigInt(value));
  }

  /** The current instant, Unix ms (a {@link PlatformClock}). */
  readonly now: PlatformClock = () => this.ms;

  /** Moves the clock to `ms`; an earlier instant is refused with `ERR_SRV_INVALID_STATE`. */
  set(ms: number): number {
    if (!Number.isFinite(ms)) throw new ServerError('ERR_SRV_VALIDATION', 'not an instant');
    const target = Math.floor(ms);
    if (target < this.ms) {
      throw new ServerError(
        'ERR_SRV_INVALID_STATE',
        `the test clock only moves forward (now ${new Date(this.ms).toISOString()})`,
        { details: { now: new Date(this.ms).toISOString() } },
      );
    }
    this.ms = target;
    return this.ms;
  }
}

const testClockCells = new WeakMap<TestClock, BigInt64Array>();

/** The shared memory a test clock keeps its instant in (for another thread); not exported by the package. */
export function testClockCell(clock: TestClock): BigInt64Array {
  return testClockCells.get(clock) as BigInt64Array;
}

/** A platform clock reading the instant another thread's {@link TestClock} keeps in `cell`. */
export function clockFromCell(cell: BigInt64Array): PlatformClock {
  return () => Number(Atomics.load(cell, 0));
}
