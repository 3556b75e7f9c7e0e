import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { LineQueue } from './line-queue';
import { endTesteeChild, startTesteeChild, type TesteeChild } from './testee-child';
import {
  type CaseMessage,
  parseHello,
  parseResult,
  type ResultMessage,
  type TesteeHello,
} from './testee-messages';

/** How to start a testee: a program and its arguments, as for `execFile`. */
export interface TesteeCommand {
  command: string;
  args?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** One running testee: sends cases, receives results, one at a time (WC-CONF-003). */
export class TesteeProcess {
  readonly hello: TesteeHello;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: LineQueue;
  private readonly readStderr: () => string;

  private constructor(started: TesteeChild<TesteeHello>) {
    this.child = started.child;
    this.lines = started.lines;
    this.hello = started.hello;
    this.readStderr = started.stderr;
  }

  /** Starts the testee and waits for its `hello` (WC-CONF-002). */
  static async start(testee: TesteeCommand, helloTimeoutMs = 30_000): Promise<TesteeProcess> {
    return new TesteeProcess(await startTesteeChild(testee, helloTimeoutMs, parseHello));
  }

  /** Sends one case and resolves to the testee's answer; rejects with a typed error (WC-CONF-005). */
  async run(message: CaseMessage, timeoutMs: number): Promise<ResultMessage> {
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
    return parseResult(await this.lines.next(timeoutMs), message.id);
  }

  /** What the testee wrote on stderr so far (first 64 KiB). */
  get stderr(): string {
    return this.readStderr();
  }

  /** Says `bye` and waits up to `graceMs` for the testee to exit, then kills it (WC-CONF-006). */
  close(graceMs = 5_000): Promise<void> {
    return endTesteeChild(this.child, JSON.stringify({ type: 'bye' }), graceMs);
  }

  /** Ends the testee at once (after a protocol error). */
  kill(): void {
    this.child.kill('SIGKILL');
  }
}
