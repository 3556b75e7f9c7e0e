import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { ConformanceError } from '../conformance-error';
import { LineQueue } from './line-queue';
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

const STDERR_LIMIT = 64 * 1024;

/** One running testee: sends cases, receives results, one at a time (WC-CONF-003). */
export class TesteeProcess {
  readonly hello: TesteeHello;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: LineQueue;
  private stderrText = '';

  private constructor(child: ChildProcessWithoutNullStreams, lines: LineQueue, hello: TesteeHello) {
    this.child = child;
    this.lines = lines;
    this.hello = hello;
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderrText.length < STDERR_LIMIT) this.stderrText += chunk.toString('utf8');
    });
  }

  /** Starts the testee and waits for its `hello` (WC-CONF-002). */
  static async start(testee: TesteeCommand, helloTimeoutMs = 10_000): Promise<TesteeProcess> {
    const child = spawn(testee.command, testee.args ?? [], {
      cwd: testee.cwd,
      env: testee.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const lines = new LineQueue(child);
    try {
      const first = await lines.next(helloTimeoutMs);
      return new TesteeProcess(child, lines, parseHello(first));
    } catch (error) {
      child.kill('SIGKILL');
      if (error instanceof ConformanceError && error.code === 'ERR_TESTEE_HELLO') throw error;
      throw new ConformanceError('ERR_TESTEE_HELLO', 'testee did not say hello', { cause: error });
    }
  }

  /** Sends one case and resolves to the testee's answer; rejects with a typed error (WC-CONF-005). */
  async run(message: CaseMessage, timeoutMs: number): Promise<ResultMessage> {
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
    return parseResult(await this.lines.next(timeoutMs), message.id);
  }

  /** What the testee wrote on stderr so far (first 64 KiB). */
  get stderr(): string {
    return this.stderrText;
  }

  /** Says `bye` and waits up to `graceMs` for the testee to exit, then kills it (WC-CONF-006). */
  async close(graceMs = 5_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end(`${JSON.stringify({ type: 'bye' })}\n`);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** Ends the testee at once (after a protocol error). */
  kill(): void {
    this.child.kill('SIGKILL');
  }
}
