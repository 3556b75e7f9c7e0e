import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { Registry } from 'prom-client';
import { createServer } from './http/create-server';
import { type ChipIngestRuntime, type IngestOptions, startChipIngest } from './ingest/start-chip-ingest';
import { startIngestWorker } from './ingest/worker/start-ingest-worker';
import { MonitoringEngine } from './monitoring/monitoring-engine';
import { type PlatformClock, TestClock, testClockCell } from './platform/platform-clock';
import { PlatformEvents } from './platform/platform-events';
import type { ServerPolicy } from './policy';
import { ServerError } from './server-error';
import { openStorage, type Storage } from './storage/storage';

export type { IngestOptions };

/** What `weldcode serve` configures. */
export interface StartServerOptions {
  /** TCP port (default 8080; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Folder for the default SQLite database (default `.weldcode-data`). */
  dataDir?: string;
  /** `postgres://...` to use PostgreSQL instead of SQLite, or a SQLite file path. */
  db?: string;
  /** pino logger options, or `false`. */
  logger?: FastifyServerOptions['logger'];
  /** Serve Swagger UI at `/docs` (default true). */
  docs?: boolean;
  /** Policy values (default: the GB 30871-2022 permit windows). */
  policy?: ServerPolicy;
  /** A built web console to serve at `/console/` (see `CreateServerOptions.consoleDir`). */
  consoleDir?: string;
  /**
   * Creates the platform administrator `admin` (a city-admin bound to no city) with this
   * password, or resets its password: the bootstrap of a new deployment.
   */
  adminPassword?: string;
  /**
   * Chip connectivity (spec/server.md §5): an embedded MQTT broker on `mqttPort` (default 1883),
   * or `mqttUrl` for an external MQTT 5 broker shared through `$share/<mqttGroup>/...`; the
   * stream-framing TCP listener on `tcpPort` (default 7883). With `port: 0` both default to 0 (free
   * ports). `false` disables ingest.
   */
  ingest?: false | IngestOptions;
  /** The in-process event bus (default: a new one), exposed as `RunningServer.events`. */
  events?: PlatformEvents;
  /** The platform clock of every feature: ingest, codes, decisions, monitoring (default `Date.now`). */
  clock?: PlatformClock;
  /**
   * Run on a settable test clock starting at this instant (ISO 8601 or Unix ms), or on the given
   * {@link TestClock}, and serve `GET`/`PUT /v1/test/clock` (WC-SRV-150). Never in production.
   */
  testClock?: string | number | TestClock;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly app: FastifyInstance;
  readonly storage: Storage;
  /** Events between ingest, decisions and monitoring. */
  readonly events: PlatformEvents;
  /** Chip ingest (also the `ChipGateway`), with where chips connect; undefined when disabled. */
  readonly ingest: ChipIngestRuntime | undefined;
  /** Monitoring: alerts, arc sessions; its sweep runs every `policy.monitoring.sweepIntervalSeconds`. */
  readonly monitoring: MonitoringEngine;
  /** The platform clock every feature reads. */
  readonly clock: PlatformClock;
  /** The settable clock, when started with `testClock`. */
  readonly testClock: TestClock | undefined;
  /** Stops accepting requests, lets running ones finish, then closes storage. Idempotent. */
  close(): Promise<void>;
}

/**
 * Opens storage (migrating it), builds the API and listens: the embedded defaults need no setup
 * beyond a writable data folder.
 *
 * @example
 * ```ts
 * import { startServer } from '@weldcode/server';
 *
 * const server = await startServer({ port: 0, dataDir: '/tmp/weldcode' });
 * console.log(`API at ${server.url}, docs at ${server.url}/docs`);
 * process.once('SIGTERM', () => void server.close());
 * ```
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const storage = await openStorage({
    ...(options.db === undefined ? {} : { db: options.db }),
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
  });
  const testClock = toTestClock(options.testClock);
  const clock = options.clock ?? testClock?.now ?? Date.now;
  let app: FastifyInstance;
  const events = options.events ?? new PlatformEvents();
  const metrics = new Registry();
  const monitoring = new MonitoringEngine({
    storage,
    policy: options.policy?.monitoring ?? {},
    clock,
    logger: {
      error: (details, message) => (app as FastifyInstance | undefined)?.log.error(details, message),
    },
  });
  monitoring.attach(events);
  let ingest: ChipIngestRuntime | undefined;
  try {
    if (options.adminPassword !== undefined) await storage.access.bootstrapAdmin(options.adminPassword);
    app = await createServer({
      storage,
      metrics,
      events,
      monitoring,
      clock,
      ...(testClock === undefined ? {} : { testClock }),
      // Ingest starts after the API is built; decisions reach chips through it once it runs.
      chipGateway: {
        isOnline: (chipId) => ingest?.gateway.isOnline(chipId) ?? false,
        deliver: (chipId, directive) => ingest?.gateway.deliver(chipId, directive) ?? Promise.resolve(false),
      },
      ingestHealth: () => ingest?.health?.(),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      ...(options.docs === undefined ? {} : { docs: options.docs }),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
      ...(options.consoleDir === undefined ? {} : { consoleDir: options.consoleDir }),
    });
    if (options.ingest !== false) {
      // port 0 (tests, embedding) means free ports for the chip listeners too
      const ephemeral = options.port === 0 ? { mqttPort: 0, tcpPort: 0 } : {};
      const { thread, ...chosen } = options.ingest ?? {};
      const common = {
        ...ephemeral,
        ...chosen,
        events,
        metrics,
        host: options.host ?? '127.0.0.1',
        onError: (error: unknown) => app.log.error({ err: error }, 'ingest failure'),
      };
      ingest =
        thread === 'worker'
          ? await startIngestWorker({ ...common, ...workerSetup(options, clock, testClock), logger: app.log })
          : await startChipIngest({ ...common, storage, clock });
    }
    await monitoring.start();
    await app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' });
  } catch (error) {
    await ingest?.close().catch(() => undefined);
    await storage.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    app,
    storage,
    events,
    ingest,
    monitoring,
    clock,
    testClock,
    close: () => {
      closing ??= app
        .close()
        .then(() => ingest?.close())
        .then(() => storage.close());
      return closing;
    },
  };
}

/** What an ingest worker needs to open the same database and read the same clock (WC-SRV-154). */
function workerSetup(
  options: StartServerOptions,
  clock: PlatformClock,
  testClock: TestClock | undefined,
): Pick<Parameters<typeof startIngestWorker>[0], 'storage' | 'clockCell'> {
  if (options.db === ':memory:') {
    throw new ServerError(
      'ERR_SRV_CONFIG',
      'an ingest worker needs a database file or PostgreSQL, not :memory:',
    );
  }
  if (clock !== Date.now && clock !== testClock?.now) {
    throw new ServerError('ERR_SRV_CONFIG', 'an ingest worker reads the wall clock or a test clock only');
  }
  return {
    storage: {
      ...(options.db === undefined ? {} : { db: options.db }),
      ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
      ...(options.policy === undefined ? {} : { policy: options.policy }),
    },
    ...(testClock === undefined ? {} : { clockCell: testClockCell(testClock) }),
  };
}

function toTestClock(value: StartServerOptions['testClock']): TestClock | undefined {
  if (value === undefined || value instanceof TestClock) return value;
  return new TestClock(typeof value === 'number' ? value : Date.parse(value));
}
