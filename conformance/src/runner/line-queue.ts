import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ConformanceError } from '../conformance-error';

/** Lines of a child's stdout, awaited one at a time, failing fast when the child exits. */
export class LineQueue {
  private readonly buffered: string[] = [];
  private waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  private ended: Error | undefined;

  constructor(child: ChildProcessWithoutNullStreams) {
    const reader = createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY });
    reader.on('line', (line) => {
      if (line.trim() === '') return;
      if (this.waiting === undefined) this.buffered.push(line);
      else this.settle((waiting) => waiting.resolve(line));
    });
    child.on('error', (cause) => this.end(cause));
    child.on('exit', (code, signal) =>
      this.end(new Error(`exit code ${code ?? 'none'}, signal ${signal ?? 'none'}`)),
    );
    child.stdin.on('error', () => {});
  }

  next(timeoutMs: number): Promise<string> {
    const line = this.buffered.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended !== undefined) return Promise.reject(this.exitedError(this.ended));
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new ConformanceError('ERR_TESTEE_TIMEOUT', `testee did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting = {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  private settle(action: (waiting: NonNullable<LineQueue['waiting']>) => void): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting !== undefined) action(waiting);
  }

  private end(cause: Error): void {
    if (this.ended !== undefined) return;
    this.ended = cause;
    // Lines already read stay available; only a wait that can no longer be satisfied fails.
    setImmediate(() => this.settle((waiting) => waiting.reject(this.exitedError(cause))));
  }

  private exitedError(cause: Error): ConformanceError {
    return new ConformanceError('ERR_TESTEE_EXITED', `testee exited: ${cause.message}`, { cause });
  }
}
