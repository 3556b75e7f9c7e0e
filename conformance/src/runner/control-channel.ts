import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { ConformanceError, type ConformanceErrorCode } from '../conformance-error';
import type { LineQueue } from './line-queue';
import { endTesteeChild, type TesteeChild } from './testee-child';

/** The members every control hello has (WC-CONF-019, WC-CONF-029). */
export interface ControlHello {
  type: 'hello';
  protocol: number;
  implementation: string;
  version: string;
}

/**
 * Parses a control program's hello line: JSON, `type` hello, the protocol version, the `role`,
 * `implementation` and `version`; `extra` checks the role's own members. Every problem is
 * `ERR_TESTEE_HELLO`.
 */
export function parseControlHello<Hello extends ControlHello>(
  line: string,
  expected: { label: string; protocol: number; role: string },
  extra: (
    message: Record<string, unknown>,
    problem: (reason: string) => Error,
  ) => Omit<Hello, keyof ControlHello | 'role'>,
): Hello {
  const problem = (reason: string) =>
    new ConformanceError('ERR_TESTEE_HELLO', `${expected.label} hello invalid: ${reason}`, {
      details: { line: line.slice(0, 200) },
    });
  let message: Record<string, unknown>;
  try {
    message = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw problem('not JSON');
  }
  if (typeof message !== 'object' || message === null || message.type !== 'hello')
    throw problem('not a hello');
  if (message.protocol !== expected.protocol)
    throw problem(`unsupported protocol ${String(message.protocol)}`);
  if (message.role !== expected.role) throw problem(`role is not "${expected.role}"`);
  const { implementation, version } = message;
  if (typeof implementation !== 'string' || implementation === '') throw problem('implementation missing');
  if (typeof version !== 'string') throw problem('version missing');
  return {
    type: 'hello',
    protocol: expected.protocol,
    role: expected.role,
    implementation,
    version,
    ...extra(message, problem),
  } as unknown as Hello;
}

/** A reply to a command; `ok: false` with `error: "unsupported"` for a command the rig lacks. */
export type ControlReply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

/**
 * The runner's end of a control channel (chip rig, platform control; spec/conformance.md §6.3 and
 * §7.2): one `{"type":"command","id":n,...}` line at a time, each answered by exactly one
 * `{"type":"reply","id":n,"ok":...}` line.
 */
export class ControlChannel<Hello> {
  readonly hello: Hello;
  private next = 1;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: LineQueue;
  private readonly readStderr: () => string;

  protected constructor(
    started: TesteeChild<Hello>,
    private readonly refusal: Extract<ConformanceErrorCode, 'ERR_CHIP_CONTROL' | 'ERR_PLATFORM_CONTROL'>,
    private readonly label: string,
  ) {
    this.child = started.child;
    this.lines = started.lines;
    this.hello = started.hello;
    this.readStderr = started.stderr;
  }

  /** Sends a command and resolves to its reply (WC-CONF-020, WC-CONF-029). */
  async command(name: string, args: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<ControlReply> {
    const id = this.next++;
    this.child.stdin.write(`${JSON.stringify({ type: 'command', id, command: name, ...args })}\n`);
    const line = await this.lines.next(timeoutMs);
    let reply: Record<string, unknown>;
    try {
      reply = JSON.parse(line) as Record<string, unknown>;
    } catch (cause) {
      throw new ConformanceError('ERR_TESTEE_MESSAGE', `${this.label} wrote a line that is not JSON`, {
        cause,
        details: { line: line.slice(0, 200) },
      });
    }
    if (reply?.type !== 'reply' || reply.id !== id || typeof reply.ok !== 'boolean') {
      throw new ConformanceError(
        'ERR_TESTEE_MESSAGE',
        `${this.label} answered ${name} with an invalid reply`,
        {
          details: { line: line.slice(0, 200) },
        },
      );
    }
    const { type: _type, id: _id, ...rest } = reply;
    return rest as ControlReply;
  }

  /** Like {@link ControlChannel.command}, but a refusal is an error of the run. */
  async require(name: string, args: Record<string, unknown> = {}, timeoutMs?: number) {
    const reply = await this.command(name, args, timeoutMs);
    if (!reply.ok) {
      throw new ConformanceError(this.refusal, `${this.label} refused ${name}: ${reply.error}`, {
        details: { command: name, error: reply.error },
      });
    }
    return reply;
  }

  /** What the testee wrote on stderr so far (first 64 KiB). */
  get stderr(): string {
    return this.readStderr();
  }

  /** Says `bye` and waits up to `graceMs` for the testee to exit, then kills it. */
  close(graceMs = 5_000): Promise<void> {
    return endTesteeChild(
      this.child,
      JSON.stringify({ type: 'command', id: this.next++, command: 'bye' }),
      graceMs,
    );
  }
}
