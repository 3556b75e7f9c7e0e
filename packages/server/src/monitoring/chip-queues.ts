/**
 * Runs tasks one after another per key (a chip, a machine) and concurrently across keys, so a
 * chip's records are handled in the order they arrived while other chips are not held up.
 */
export class KeyedQueues {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Queues `task` behind the key's earlier tasks; a failing task is reported, never thrown. */
  run(key: string, task: () => Promise<void>): void {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task).catch(this.onError);
    this.tails.set(key, next);
    void next.then(() => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    });
  }

  /**
   * Resolves once every task queued before the call has settled. Tasks queued meanwhile are not
   * waited for, so a sweep under steady traffic still finishes.
   */
  async idle(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}
