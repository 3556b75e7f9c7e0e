import { performance } from 'node:perf_hooks';

/** A started worker, as its supervisor sees it. */
export interface SupervisedWorker<Exit> {
  /** Settles once the worker is gone, with what the supervisor's `died` hook is told. */
  readonly exited: Promise<Exit>;
  /** Stops the worker deliberately (not a death). */
  stop(): Promise<void>;
}

/** How long to wait before each restart (WC-SRV-156). */
export interface RestartBackOff {
  /** Wait before the first restart after a death. */
  initialMs: number;
  /** The wait doubles with every consecutive failure up to this. */
  maxMs: number;
  /** A worker that ran this long before it died restarts after `initialMs` again. */
  stableMs: number;
}

/** 0.5 s doubling to 30 s; a worker that ran a minute counts as healthy. */
export const DEFAULT_RESTART_BACK_OFF: RestartBackOff = { initialMs: 500, maxMs: 30_000, stableMs: 60_000 };

/** What a supervisor does and tells. */
export interface SupervisorHooks<Exit> {
  /** Starts a worker; resolves once it serves, rejects when it cannot start. */
  start(): Promise<SupervisedWorker<Exit>>;
  /** A worker that had started is gone without being stopped; the next start is in `retryInMs`. */
  died(exit: Exit, retryInMs: number): void;
  /** A worker started again after a death; `restarts` counts such starts. */
  restarted(restarts: number): void;
  /** A restart failed; the next attempt is in `retryInMs`. */
  restartFailed(error: unknown, retryInMs: number): void;
}

/** What a supervised worker is doing: `restarting` from its death until a new one serves. */
export type SupervisedState = 'running' | 'restarting' | 'stopped';

/**
 * Keeps one worker running: restarts it when it exits without being stopped, with capped
 * exponential back-off, until {@link close}. A worker that fails its very first start is the
 * caller's error, not retried.
 */
export class WorkerSupervisor<Exit> {
  private current: SupervisedWorker<Exit> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private attempt: Promise<void> | undefined;
  private failures = 0;
  private startedAt = 0;
  private closed = false;
  /** Workers started again after a death. */
  restarts = 0;

  constructor(
    private readonly hooks: SupervisorHooks<Exit>,
    private readonly backOff: RestartBackOff = DEFAULT_RESTART_BACK_OFF,
  ) {}

  get state(): SupervisedState {
    if (this.closed) return 'stopped';
    return this.current === undefined ? 'restarting' : 'running';
  }

  /** Starts the first worker. */
  async start(): Promise<void> {
    this.adopt(await this.hooks.start());
  }

  /** Stops the worker, or the restart waiting or under way; nothing is left scheduled. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.attempt;
    const current = this.current;
    this.current = undefined;
    await current?.stop();
  }

  private adopt(worker: SupervisedWorker<Exit>): void {
    this.current = worker;
    this.startedAt = performance.now();
    void worker.exited.then((exit) => this.exited(worker, exit));
  }

  private exited(worker: SupervisedWorker<Exit>, exit: Exit): void {
    if (this.closed || this.current !== worker) return;
    this.current = undefined;
    if (performance.now() - this.startedAt >= this.backOff.stableMs) this.failures = 0;
    this.hooks.died(exit, this.schedule());
  }

  /** Schedules the next start; returns its delay. */
  private schedule(): number {
    const delay = Math.min(this.backOff.initialMs * 2 ** this.failures, this.backOff.maxMs);
    this.failures++;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.attempt = this.restart().finally(() => {
        this.attempt = undefined;
      });
    }, delay);
    return delay;
  }

  private async restart(): Promise<void> {
    let worker: SupervisedWorker<Exit>;
    try {
      worker = await this.hooks.start();
    } catch (error) {
      if (!this.closed) this.hooks.restartFailed(error, this.schedule());
      return;
    }
    if (this.closed) return void (await worker.stop());
    this.restarts++;
    this.adopt(worker);
    this.hooks.restarted(this.restarts);
  }
}
