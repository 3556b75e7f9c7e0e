import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Counter, Registry } from 'prom-client';
import { clockFromCell } from '../../platform/platform-clock';
import type { PlatformEvents } from '../../platform/platform-events';
import type { ServerPolicy } from '../../policy';
import { ServerError } from '../../server-error';
import { createIngestMetrics, type IngestMetrics } from '../ingest-metrics';
import type { ChipIngestRuntime, IngestOptions } from '../start-chip-ingest';
import { applyMetricDeltas } from './forwarded-metrics';
import { IngestWorkerGateway } from './ingest-worker-gateway';
import type { ForwardedEventName, IngestWorkerSetup, WorkerToMain } from './worker-messages';
import {
  DEFAULT_RESTART_BACK_OFF,
  type RestartBackOff,
  type SupervisedWorker,
  WorkerSupervisor,
} from './worker-supervisor';

/** Where a worker logs what happens to the thread itself (pino's signature). */
export interface IngestWorkerLogger {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

/** What {@link startIngestWorker} needs. */
export interface IngestWorkerOptions extends Omit<IngestOptions, 'thread'> {
  /** The database the main thread opened and migrated: a SQLite file or a PostgreSQL URL. */
  storage: { db?: string; dataDir?: string; policy?: ServerPolicy };
  events: PlatformEvents;
  metrics: Registry | IngestMetrics;
  host: string;
  /** The shared instant of a test clock; absent for the wall clock. */
  clockCell?: BigInt64Array;
  onError?: (error: unknown) => void;
  /** Where the worker's deaths and restarts are logged (default: deaths to `onError`). */
  logger?: IngestWorkerLogger;
  /** Waits between restarts of a dead worker (default {@link DEFAULT_RESTART_BACK_OFF}). */
  restartBackOff?: RestartBackOff;
}

/**
 * Ingest allocates a few short-lived objects per uplink (frames, decoded envelopes, promises): a
 * larger young generation than V8's default makes its scavenges rarer.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 64 };

/** How long a closing worker may take to write and ack what waits before it is stopped. */
const CLOSE_TIMEOUT_MS = 30_000;

/**
 * The worker: the compiled `ingest-worker.js` beside the bundle, or, when the package runs from
 * its TypeScript source (tests, benchmarks, `pnpm weldcode`), the source through tsx's loader,
 * registered in the worker before its entry loads.
 */
function spawnWorker(setup: IngestWorkerSetup): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = JSON.stringify(new URL('./ingest-worker-main.ts', here).href);
    // resolved here (the worker's base for bare specifiers is the working directory), as ESM: the
    // CommonJS build of tsx's API cannot find its loader from an evaluated worker
    const api = createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs');
    const tsx = JSON.stringify(pathToFileURL(api).href);
    const code = `import(${tsx}).then(({ register }) => { register(); return import(${entry}); })`;
    return new Worker(code, { eval: true, workerData: setup, resourceLimits: RESOURCE_LIMITS });
  }
  const entry = new URL(here.endsWith('.cjs') ? './ingest-worker.cjs' : './ingest-worker.js', here);
  return new Worker(entry, { workerData: setup, resourceLimits: RESOURCE_LIMITS });
}

/** Where a started worker's listeners are. */
interface Listeners {
  mqttUrl: string;
  tcpPort: number | undefined;
}

/** How a worker ended: its exit code, the uncaught error that ended it, the chips it had online. */
interface WorkerExit {
  exitCode: number;
  error: unknown;
  lostChips: string[];
}

/** What every worker of one ingest reports to on the main thread. */
interface WorkerLink {
  events: PlatformEvents;
  metrics: IngestMetrics;
  gateway: IngestWorkerGateway;
  onError: ((error: unknown) => void) | undefined;
}

type StartedWorker = SupervisedWorker<WorkerExit> & { listeners: Listeners };

/**
 * Spawns one worker and resolves once its listeners are up; its events, metric changes and
 * replies go to `link`. A worker that fails or exits before it is up is stopped and rejected.
 */
async function launchWorker(setup: IngestWorkerSetup, link: WorkerLink): Promise<StartedWorker> {
  const { events, metrics, gateway, onError } = link;
  const worker = spawnWorker(setup);
  let uncaught: unknown;
  // the sessions the worker counted live: they end with it
  let sessions = 0;
  const exited = new Promise<WorkerExit>((resolve) => {
    worker.once('exit', (exitCode) => {
      if (sessions !== 0) metrics.sessions.dec(sessions);
      resolve({ exitCode, error: uncaught, lostChips: gateway.detach() });
    });
  });
  const ready = new Promise<Listeners>((resolve, reject) => {
    worker.on('message', (message: WorkerToMain) => {
      switch (message.type) {
        case 'batch':
          applyMetricDeltas(metrics, message.metrics);
          for (const [name, , amount] of message.metrics) if (name === 'sessions') sessions += amount;
          for (const [name, payload] of message.events) emit(events, gateway, name, payload);
          return;
        case 'reply':
          gateway.reply(message.id, message.value);
          return;
        case 'error':
          onError?.(Object.assign(new Error(message.message), message.stack ? { stack: message.stack } : {}));
          return;
        case 'ready':
          resolve({ mqttUrl: message.mqttUrl, tcpPort: message.tcpPort });
          return;
        case 'failed':
          reject(
            new ServerError('ERR_SRV_CONFIG', `ingest worker could not start: ${message.message}`, {
              details: { code: message.code ?? null },
            }),
          );
      }
    });
    // an uncaught error in the worker: it exits next
    worker.on('error', (error) => {
      uncaught = error;
      reject(error);
    });
    void exited.then(() =>
      reject(new ServerError('ERR_SRV_CONFIG', 'ingest worker exited before it started')),
    );
  });
  let listeners: Listeners;
  try {
    listeners = await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  gateway.attach(worker);
  return { listeners, exited, stop: () => stopWorker(worker, gateway) };
}

/** Lets the worker close its listeners and write and ack what waits, then ends the thread. */
async function stopWorker(worker: Worker, gateway: IngestWorkerGateway): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
  });
  await Promise.race([gateway.call({ type: 'close' }), timeout]);
  clearTimeout(timer);
  await worker.terminate();
}

/**
 * The options a restarted worker binds with: the ports the first worker got, so chips reconnect
 * where they were (a port 0 is not picked again).
 */
function pinnedPorts(ingest: IngestWorkerSetup['ingest'], first: Listeners): IngestWorkerSetup['ingest'] {
  return {
    ...ingest,
    ...(ingest.mqttUrl === undefined ? { mqttPort: Number(new URL(first.mqttUrl).port) } : {}),
    ...(first.tcpPort === undefined ? {} : { tcpPort: first.tcpPort }),
  };
}

/**
 * Starts chip ingest in a worker thread (WC-SRV-154) and resolves once its listeners are up. The
 * events ingest emits reach `events` on this thread in the order ingest emitted them, its metric
 * changes reach `metrics`, and the returned gateway delivers directives through the worker. A
 * worker that dies is restarted on the same ports (WC-SRV-156); until it serves again,
 * `health()` says `restarting` and the chips it had online are offline (WC-SRV-155).
 */
export async function startIngestWorker(options: IngestWorkerOptions): Promise<ChipIngestRuntime> {
  const {
    storage,
    events,
    metrics: target,
    host,
    clockCell,
    onError,
    logger,
    restartBackOff,
    ...ingest
  } = options;
  const metrics = target instanceof Registry ? createIngestMetrics(target) : target;
  const restartsTotal = new Counter({
    name: 'weldcode_ingest_worker_restarts_total',
    help: 'Ingest worker threads started again after the previous one died',
    registers: target instanceof Registry ? [target] : [],
  });
  const clock = clockCell === undefined ? Date.now : clockFromCell(clockCell);
  const log: IngestWorkerLogger = logger ?? {
    error: (details, message) => onError?.(Object.assign(new Error(message), { details })),
    info: () => undefined,
  };
  const gateway = new IngestWorkerGateway();
  const link: WorkerLink = { events, metrics, gateway, onError };
  let setup: IngestWorkerSetup = { storage, ingest, host, ...(clockCell === undefined ? {} : { clockCell }) };
  let first: Listeners | undefined;
  const supervisor = new WorkerSupervisor<WorkerExit>(
    {
      start: async () => {
        const worker = await launchWorker(setup, link);
        first ??= worker.listeners;
        return worker;
      },
      died: (exit, retryInMs) => {
        log.error(
          { err: exit.error, exitCode: exit.exitCode, chipsOffline: exit.lostChips.length, retryInMs },
          `ingest worker died (${describeExit(exit)}); restarting it`,
        );
        // the chips' sessions died with the worker: the platform lost them, they sent no Last Will
        const atMs = clock();
        try {
          for (const chipId of exit.lostChips) events.emit('presence', { chipId, online: false, atMs });
        } catch (error) {
          // a throwing listener must not stop the restart already scheduled
          onError?.(error);
        }
      },
      restarted: (restarts) => {
        restartsTotal.inc();
        log.info({ restarts }, 'ingest worker restarted');
      },
      restartFailed: (error, retryInMs) =>
        log.error({ err: error, retryInMs }, 'ingest worker could not restart; retrying'),
    },
    restartBackOff ?? DEFAULT_RESTART_BACK_OFF,
  );
  await supervisor.start();
  const listeners = first as Listeners;
  // later workers bind where the first one did
  setup = { ...setup, ingest: pinnedPorts(ingest, listeners) };
  let closing: Promise<void> | undefined;
  return {
    gateway,
    mqttUrl: listeners.mqttUrl,
    tcpPort: listeners.tcpPort,
    health: () => ({ state: supervisor.state, restarts: supervisor.restarts }),
    close: () => {
      closing ??= supervisor.close();
      return closing;
    },
  };
}

function describeExit(exit: WorkerExit): string {
  if (exit.error instanceof Error) return exit.error.message;
  return `exit code ${exit.exitCode}`;
}

function emit(
  events: PlatformEvents,
  gateway: IngestWorkerGateway,
  name: ForwardedEventName,
  payload: unknown,
): void {
  if (name === 'presence') {
    const presence = payload as { chipId: string; online: boolean };
    gateway.presence(presence.chipId, presence.online);
  }
  // the payloads are the worker's events, structurally cloned
  (events.emit as (name: string, payload: unknown) => boolean).call(events, name, payload);
}
