import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunningServer } from '@weldcode/server';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from '../cli-io';

/** Resolves with the signal's name when the process is asked to stop. */
export type StopSignal = () => Promise<string>;

/** SIGINT (Ctrl-C) or SIGTERM (service managers, containers), whichever comes first. */
export function processStopSignal(): Promise<string> {
  return new Promise((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** An ISO 8601 instant for `--test-clock`. */
export function instant(value: string): string {
  if (Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('an ISO 8601 instant, e.g. 2026-06-01T07:00:00+08:00');
  }
  return value;
}

/** A TCP port option (0 picks a free one). */
export function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new InvalidArgumentError('a port is an integer from 0 to 65535 (0 picks a free one)');
  }
  return parsed;
}

/** A database URL as printed: never with its password. */
function redacted(db: string): string {
  try {
    const url = new URL(db);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return db;
  }
}

interface ServeOptions {
  port: number;
  host: string;
  data: string;
  db?: string;
  docs: boolean;
  logLevel: string;
  mqttPort?: number;
  mqttUrl?: string;
  mqttGroup: string;
  tcpPort?: number;
  tcp: boolean;
  ingest: boolean;
  ingestThread: 'main' | 'worker';
  adminPassword?: string;
  testClock?: string;
}

/**
 * `weldcode serve`: the reference district platform with embedded defaults (SQLite in one data
 * folder), or PostgreSQL with `--db`. Runs until SIGINT or SIGTERM, then shuts down cleanly.
 */
export function serveCommand(
  io: CliIo,
  stopSignal: StopSignal = processStopSignal,
  /** Called once the server runs, before the URL is printed (the conformance self-test's broken servers). */
  onStarted?: (server: RunningServer) => void,
): Command {
  return new Command('serve')
    .description('run the reference district platform (HTTP API, docs at /docs) until Ctrl-C')
    .option('-p, --port <port>', 'TCP port (0 picks a free one)', port, 8080)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--data <dir>', 'data folder for the embedded SQLite database', '.weldcode-data')
    .option('--db <url>', 'postgres://user:password@host/database to use PostgreSQL instead of SQLite')
    .option('--no-docs', 'do not serve Swagger UI at /docs')
    .option('--log-level <level>', 'pino log level for the JSON logs on stderr', 'info')
    .option('--mqtt-port <port>', 'port of the embedded MQTT broker chips connect to (default 1883)', port)
    .option('--mqtt-url <url>', 'use this external MQTT 5 broker instead of the embedded one')
    .option('--mqtt-group <name>', 'shared-subscription group with --mqtt-url', 'weldcode')
    .option('--tcp-port <port>', 'port of the stream-framing TCP listener for chips (default 7883)', port)
    .option('--no-tcp', 'no stream-framing TCP listener')
    .option('--no-ingest', 'no chip connectivity at all (HTTP API only)')
    .addOption(
      new Option(
        '--ingest-thread <thread>',
        'run chip ingest in a worker thread (decisions never queue behind chip traffic) or in the main thread',
      )
        .choices(['worker', 'main'])
        .default('worker'),
    )
    .option(
      '--admin-password <password>',
      'create (or reset) the platform administrator "admin" with this password; default: $WELDCODE_ADMIN_PASSWORD',
    )
    .option(
      '--test-clock <instant>',
      'run on a settable test clock from this ISO instant, moved by PUT /v1/test/clock (conformance and demos; never in production)',
      instant,
    )
    .action(async (options: ServeOptions) => {
      const dataDir = resolve(io.cwd, options.data);
      const adminPassword = options.adminPassword ?? process.env.WELDCODE_ADMIN_PASSWORD;
      // Loaded on use: the server's dependencies (Fastify, drivers, broker) would slow every other command.
      const [{ startServer }, { consoleAssetsDir }] = await Promise.all([
        import('@weldcode/server'),
        import('@weldcode/console'),
      ]);
      const server = await startServer({
        port: options.port,
        host: options.host,
        dataDir,
        ...(options.db === undefined ? {} : { db: options.db }),
        docs: options.docs,
        consoleDir: consoleAssetsDir(),
        ingest: options.ingest
          ? {
              ...(options.mqttPort === undefined ? {} : { mqttPort: options.mqttPort }),
              ...(options.mqttUrl === undefined ? {} : { mqttUrl: options.mqttUrl }),
              mqttGroup: options.mqttGroup,
              // a :memory: database cannot be opened by another thread
              thread: options.db === ':memory:' ? 'main' : options.ingestThread,
              ...(options.tcp
                ? options.tcpPort === undefined
                  ? {}
                  : { tcpPort: options.tcpPort }
                : { tcpPort: false }),
            }
          : false,
        ...(adminPassword === undefined || adminPassword === '' ? {} : { adminPassword }),
        ...(options.testClock === undefined ? {} : { testClock: options.testClock }),
        logger: { level: options.logLevel, stream: { write: (line: string) => io.err(line) } },
      });
      onStarted?.(server);
      const storage = options.db === undefined ? `SQLite in ${dataDir}` : redacted(options.db);
      io.out(`weldcode server listening on ${server.url}\n`);
      if (options.docs) io.out(`  API docs   ${server.url}/docs\n`);
      if (existsSync(join(consoleAssetsDir(), 'index.html'))) io.out(`  console    ${server.url}/console/\n`);
      if (server.ingest !== undefined) {
        const mqtt = options.mqttUrl === undefined ? server.ingest.mqttUrl : redacted(server.ingest.mqttUrl);
        io.out(`  chips      ${mqtt}${options.mqttUrl === undefined ? ' (embedded broker)' : ''}\n`);
        if (server.ingest.tcpPort !== undefined)
          io.out(`  chips tcp  ${options.host}:${server.ingest.tcpPort}\n`);
      }
      io.out(`  storage    ${storage}\n`);
      if (server.testClock !== undefined) {
        const at = new Date(server.testClock.now()).toISOString();
        io.out(`  test clock ${at}, moved by PUT /v1/test/clock (not for production)\n`);
      }
      if (adminPassword)
        io.out('  admin      user "admin" (platform administrator), sign in at POST /v1/auth/login\n');
      io.out('  stop with Ctrl-C\n');
      const signal = await stopSignal();
      io.out(`${signal}: shutting down\n`);
      await server.close();
      io.out('stopped\n');
    });
}
