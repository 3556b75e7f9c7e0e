import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { ConformanceError } from '../../conformance-error';
import type { LineQueue } from '../../runner/line-queue';
import { endTesteeChild, startTesteeChild, type TesteeChild } from '../../runner/testee-child';
import type { TesteeCommand } from '../../runner/testee-process';

/** The chip control channel version this runner speaks (WC-CONF-019). */
export const CHIP_CONTROL_VERSION = 1;

/** First line of a chip testee (WC-CONF-019). */
export interface ChipHello {
  type: 'hello';
  protocol: number;
  role: 'chip';
  implementation: string;
  version: string;
  /** The chip id the chip under test uses on the wire. */
  chipId: string;
  /** `simulated`: `advance` moves the chip's clock at once; `real`: `advance` waits. */
  clock: 'simulated' | 'real';
}

/** A reply to a command; `ok: false` with `error: "unsupported"` for a command the rig lacks. */
export type ChipReply = { ok: true; [key: string]: unknown } | { ok: false; error: string };

function parseChipHello(line: string): ChipHello {
  const problem = (reason: string) =>
    new ConformanceError('ERR_TESTEE_HELLO', `chip testee hello invalid: ${reason}`, {
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
  if (message.protocol !== CHIP_CONTROL_VERSION)
    throw problem(`unsupported protocol ${String(message.protocol)}`);
  if (message.role !== 'chip') throw problem('role is not "chip"');
  const { implementation, version, chipId, clock } = message;
  if (typeof implementation !== 'string' || implementation === '') throw problem('implementation missing');
  if (typeof version !== 'string') throw problem('version missing');
  if (typeof chipId !== 'string' || !/^[A-Za-z0-9_-]{1,32}$/.test(chipId)) throw problem('chipId invalid');
  if (clock !== 'simulated' && clock !== 'real') throw problem('clock is neither "simulated" nor "real"');
  return {
    type: 'hello',
    protocol: CHIP_CONTROL_VERSION,
    role: 'chip',
    implementation,
    version,
    chipId,
    clock,
  };
}

/**
 * The runner's end of the chip control channel (spec/conformance.md §6.2): starts the chip
 * testee, reads its hello, and sends one command at a time, waiting for its reply.
 */
export class ChipControl {
  readonly hello: ChipHello;
  private next = 1;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: LineQueue;
  private readonly readStderr: () => string;

  private constructor(started: TesteeChild<ChipHello>) {
    this.child = started.child;
    this.lines = started.lines;
    this.hello = started.hello;
    this.readStderr = started.stderr;
  }

  /** Starts the chip testee and waits for its hello (a bench rig may need a while to boot). */
  static async start(testee: TesteeCommand, helloTimeoutMs = 60_000): Promise<ChipControl> {
    return new ChipControl(await startTesteeChild(testee, helloTimeoutMs, parseChipHello));
  }

  /** Sends a command and resolves to its reply (WC-CONF-020). */
  async command(name: string, args: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<ChipReply> {
    const id = this.next++;
    this.child.stdin.write(`${JSON.stringify({ type: 'command', id, command: name, ...args })}\n`);
    const line = await this.lines.next(timeoutMs);
    let reply: Record<string, unknown>;
    try {
      reply = JSON.parse(line) as Record<string, unknown>;
    } catch (cause) {
      throw new ConformanceError('ERR_TESTEE_MESSAGE', 'chip testee wrote a line that is not JSON', {
        cause,
        details: { line: line.slice(0, 200) },
      });
    }
    if (reply?.type !== 'reply' || reply.id !== id || typeof reply.ok !== 'boolean') {
      throw new ConformanceError('ERR_TESTEE_MESSAGE', `chip testee answered ${name} with an invalid reply`, {
        details: { line: line.slice(0, 200) },
      });
    }
    const { type: _type, id: _id, ...rest } = reply;
    return rest as ChipReply;
  }

  /** Like {@link ChipControl.command}, but a refusal is an error of the run (ERR_CHIP_CONTROL). */
  async require(name: string, args: Record<string, unknown> = {}, timeoutMs?: number) {
    const reply = await this.command(name, args, timeoutMs);
    if (!reply.ok) {
      throw new ConformanceError('ERR_CHIP_CONTROL', `chip testee refused ${name}: ${reply.error}`, {
        details: { command: name, error: reply.error },
      });
    }
    return reply;
  }

  /** What the chip testee wrote on stderr so far (first 64 KiB). */
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
