import { ServerError } from '../server-error';

/** How a {@link BatchWriter} groups items. */
export interface BatchWriterOptions<T, R> {
  /** Writes one batch durably and resolves to one result per item, in order. */
  write(items: readonly T[]): Promise<R[]>;
  /** Flush as soon as this many items wait (default 500). */
  maxBatch?: number;
  /** Flush at the latest this long after the first waiting item arrived (default 5 ms). */
  maxDelayMs?: number;
}

interface Waiting<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Groups single writes into batches, one batch in flight at a time, and settles each caller's
 * promise only after its batch is written. Ingest acks an uplink when `submit` resolves, so an
 * ack always means "committed": one transaction per batch instead of per message is what makes
 * durable ingest fast.
 */
export class BatchWriter<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly maxBatch: number;
  private readonly maxDelayMs: number;

  constructor(private readonly options: BatchWriterOptions<T, R>) {
    this.maxBatch = options.maxBatch ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 5;
  }

  /** Queues `item`; resolves to its result once its batch is durable. */
  submit(item: T): Promise<R> {
    if (this.closed)
      return Promise.reject(new ServerError('ERR_SRV_NOT_READY', 'the batch writer is closed'));
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.schedule(0);
      else if (this.timer === undefined) this.schedule(this.maxDelayMs);
    });
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  /** Writes everything waiting now; resolves when it is durable. */
  flush(): Promise<void> {
    const batch = this.waiting.splice(0, this.waiting.length);
    if (batch.length === 0) return this.inFlight;
    this.inFlight = this.inFlight.then(() => this.writeBatch(batch));
    return this.inFlight;
  }

  private async writeBatch(batch: Waiting<T, R>[]): Promise<void> {
    for (let start = 0; start < batch.length; start += this.maxBatch) {
      const chunk = batch.slice(start, start + this.maxBatch);
      try {
        const results = await this.options.write(chunk.map((w) => w.item));
        chunk.forEach((w, i) => {
          w.resolve(results[i] as R);
        });
      } catch (error) {
        for (const w of chunk) w.reject(error);
      }
    }
  }

  /** Stops accepting items and writes what is waiting. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
