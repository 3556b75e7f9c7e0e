import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { ConformanceError } from '../conformance-error';
import { LineQueue } from './line-queue';
import type { TesteeCommand } from './testee-process';

const STDERR_LIMIT = 64 * 1024;

/** A started testee program whose first line (its hello) was accepted. */
export interface TesteeChild<Hello> {
  child: ChildProcessWithoutNullStreams;
  lines: LineQueue;
  hello: Hello;
  /** What the testee wrote on stderr so far (first 64 KiB). */
  stderr(): string;
}

/**
 * Starts a testee (vectors or chip) and parses its first line with `parseHello`; a testee that
 * says no valid hello in time is killed and refused with `ERR_TESTEE_HELLO` (WC-CONF-002, WC-CONF-019).
 */
export async function startTesteeChild<Hello>(
  testee: TesteeCommand,
  helloTimeoutMs: number,
  parseHello: (line: string) => Hello,
): Promise<TesteeChild<Hello>> {
  const child = spawn(testee.command, testee.args ?? [], {
    cwd: testee.cwd,
    env: testee.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < STDERR_LIMIT) stderr += chunk.toString('utf8');
  });
  const lines = new LineQueue(child);
  try {
    const hello = parseHello(await lines.next(helloTimeoutMs));
    return { child, lines, hello, stderr: () => stderr };
  } catch (error) {
    child.kill('SIGKILL');
    if (error instanceof ConformanceError && error.code === 'ERR_TESTEE_HELLO') throw error;
    throw new ConformanceError('ERR_TESTEE_HELLO', 'testee did not say hello', { cause: error });
  }
}

/** Writes the testee's last line and waits up to `graceMs` for it to exit, then kills it. */
export async function endTesteeChild(
  child: ChildProcessWithoutNullStreams,
  lastLine: string,
  graceMs: number,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin.end(`${lastLine}\n`);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
