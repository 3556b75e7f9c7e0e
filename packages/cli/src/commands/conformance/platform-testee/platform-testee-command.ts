import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import type { CliIo } from '../../../cli-io';
import { CLI_VERSION } from '../../../version';
import { BROKEN_VARIANTS, type BrokenVariant } from './broken-server';

interface PlatformTesteeOptions {
  port: string;
  mqttPort: string;
  tcpPort?: string;
  adminPassword: string;
  data?: string;
  db?: string;
  broken?: BrokenVariant;
}

/** `weldcode serve` (or its broken twin) on the testee's data folder, as a child process. */
class ReferencePlatform {
  private child: ChildProcess | undefined;
  private dataDir: string;
  /** Data folders this testee made (removed at bye). */
  private readonly made: string[] = [];

  constructor(
    private readonly io: CliIo,
    private readonly options: PlatformTesteeOptions,
  ) {
    this.dataDir = options.data ?? this.freshDir();
  }

  private freshDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'weldcode-platform-testee-'));
    this.made.push(dir);
    return dir;
  }

  /** Moves the platform to empty storage (`restart` with `fresh`, group test-clock). */
  renew(): void {
    if (this.options.db !== undefined)
      throw new Error('fresh storage needs SQLite in a data folder (no --db)');
    this.dataDir = this.freshDir();
  }

  private argv(testClock: string | undefined): string[] {
    const o = this.options;
    const serve = [
      ...['--port', o.port, '--mqtt-port', o.mqttPort, '--data', this.dataDir, '--no-docs'],
      ...(o.tcpPort === undefined ? ['--no-tcp'] : ['--tcp-port', o.tcpPort]),
      ...(o.db === undefined ? [] : ['--db', o.db]),
      ...['--admin-password', o.adminPassword, '--log-level', 'error'],
      ...(testClock === undefined ? [] : ['--test-clock', testClock]),
    ];
    const self = [...process.execArgv, process.argv[1] ?? ''];
    return o.broken === undefined
      ? [...self, 'serve', ...serve]
      : [...self, 'conformance', 'broken-serve', '--variant', o.broken, '--', ...serve];
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /**
   * Starts the server and resolves once it prints the URL it listens on; with `testClock`, on a
   * settable test clock from that instant (`weldcode serve --test-clock`).
   */
  async start(testClock?: string): Promise<void> {
    if (this.running) return;
    const child = spawn(process.execPath, this.argv(testClock), {
      cwd: this.io.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let stdout = '';
    child.stderr?.on('data', (chunk: Buffer) => this.io.err(chunk.toString('utf8')));
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (stdout.includes('listening on')) resolve();
      });
      child.once('exit', (code) =>
        reject(new Error(`weldcode serve exited (${code}) before listening: ${stdout}`)),
      );
    });
  }

  /** SIGKILL: the crash a power cut or an OOM killer causes. */
  async kill(): Promise<void> {
    await this.stop('SIGKILL');
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (child === undefined || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  async dispose(): Promise<void> {
    await this.stop();
    for (const dir of this.made) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `weldcode conformance platform-testee`: the reference server behind the platform control
 * channel (spec/conformance.md §7.2), for `weldcode conformance platform`.
 */
export function platformTesteeCommand(io: CliIo): Command {
  return new Command('platform-testee')
    .description(
      'the reference server (`weldcode serve` on a data folder) behind the platform control channel (line-delimited JSON on stdin/stdout)',
    )
    .option('--port <port>', 'HTTP port of the server', '18080')
    .option('--mqtt-port <port>', 'port of its embedded MQTT broker', '11883')
    .option('--tcp-port <port>', 'port of its stream-framing listener (none when omitted)')
    .option(
      '--admin-password <password>',
      'password of the platform administrator "admin"',
      'conformance-admin',
    )
    .option('--data <dir>', 'data folder (default: a fresh temporary folder, removed at bye)')
    .option('--db <url>', 'postgres://... instead of SQLite in the data folder')
    .addOption(
      new Option('--broken <variant>', "a deliberately broken variant (the suite's self-test)").choices([
        ...BROKEN_VARIANTS,
      ]),
    )
    .action(async (options: PlatformTesteeOptions) => {
      const platform = new ReferencePlatform(io, options);
      io.out(
        `${JSON.stringify({
          type: 'hello',
          protocol: 1,
          role: 'platform',
          implementation: `weldcode reference server${options.broken ? ` (broken: ${options.broken})` : ''}`,
          version: CLI_VERSION,
        })}\n`,
      );
      const clockOf = (message: Record<string, unknown>) =>
        typeof message.testClock === 'string' ? message.testClock : undefined;
      const commands: Record<string, (message: Record<string, unknown>) => Promise<void>> = {
        start: (message) => platform.start(clockOf(message)),
        kill: () => platform.kill(),
        restart: async (message) => {
          await platform.kill();
          if (message.fresh === true) platform.renew();
          await platform.start(clockOf(message));
        },
        bye: () => platform.dispose(),
      };
      for await (const line of createInterface({
        input: process.stdin,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        if (line.trim() === '') continue;
        let message: Record<string, unknown>;
        try {
          message = JSON.parse(line);
        } catch {
          io.err('platform-testee: ignoring a line that is not JSON\n');
          continue;
        }
        const run = commands[String(message.command)];
        let reply: Record<string, unknown>;
        try {
          if (run === undefined) throw new Error('unsupported');
          await run(message);
          reply = { ok: true };
        } catch (error) {
          reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        io.out(`${JSON.stringify({ type: 'reply', id: message.id, ...reply })}\n`);
        if (message.command === 'bye') return;
      }
      await platform.dispose();
    });
}
