import type { Worker } from 'node:worker_threads';
import type { SignedDirective } from '@weldcode/protocol';
import type { ChipGateway } from '../../platform/chip-gateway';
import type { MainToWorker } from './worker-messages';

/** A call to the worker, before it gets its id. */
export type WorkerCall = MainToWorker extends infer M
  ? M extends MainToWorker
    ? Omit<M, 'id'>
    : never
  : never;

/**
 * The main thread's side of the ingest worker: the `ChipGateway` features use, answered by the
 * worker while one runs; the chips' presence mirrored from the events the worker forwards. It
 * outlives the worker it talks to, so features keep one gateway across restarts (WC-SRV-156).
 */
export class IngestWorkerGateway implements ChipGateway {
  private worker: Worker | undefined;
  private readonly online = new Set<string>();
  private readonly calls = new Map<number, (value: unknown) => void>();
  private nextId = 1;

  /** Calls go to `worker` from now on. */
  attach(worker: Worker): void {
    this.worker = worker;
  }

  /**
   * The worker is gone: no chip is online through it and waiting calls get `undefined`. Returns
   * the chips it had online, whose sessions died with it.
   */
  detach(): string[] {
    this.worker = undefined;
    const lost = [...this.online];
    this.online.clear();
    for (const resolve of this.calls.values()) resolve(undefined);
    this.calls.clear();
    return lost;
  }

  /** A chip is online from its `presence` online event until its offline one (WC-SRV-061). */
  presence(chipId: string, online: boolean): void {
    if (online) this.online.add(chipId);
    else this.online.delete(chipId);
  }

  isOnline(chipId: string): boolean {
    return this.worker !== undefined && this.online.has(chipId);
  }

  async deliver(chipId: string, directive: SignedDirective): Promise<boolean> {
    return (await this.call({ type: 'deliver', chipId, directive })) === true;
  }

  /** Resolves to the worker's answer, or `undefined` while no worker runs. */
  call(message: WorkerCall): Promise<unknown> {
    const worker = this.worker;
    if (worker === undefined) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.calls.set(id, resolve);
      worker.postMessage({ ...message, id } as MainToWorker);
    });
  }

  reply(id: number, value: unknown): void {
    this.calls.get(id)?.(value);
    this.calls.delete(id);
  }
}
