import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SignedDirective } from '@weldcode/protocol';
import { Registry } from 'prom-client';
import type { ChipGateway } from '../../platform/chip-gateway';
import type { PlatformEvents } from '../../platform/platform-events';
import type { ServerPolicy } from '../../policy';
import { ServerError } from '../../server-error';
import { createIngestMetrics, type IngestMetrics } from '../ingest-metrics';
import type { ChipIngestRuntime, IngestOptions } from '../start-chip-ingest';
import { applyMetricDeltas } from './forwarded-metrics';
import type { ForwardedEventName, IngestWorkerSetup, MainToWorker, WorkerToMain } from './worker-messages';

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
}

/**
 * Ingest allocates a few short-lived objects per uplink (frames, decoded envelopes, promises): a
 * larger young generation than V8's default makes its scavenges rarer.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 64 };

/** A call to the worker, before it gets its id. */
type WorkerCall = MainToWorker extends infer M ? (M extends MainToWorker ? Omit<M, 'id'> : never) : never;

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

/**
 * The main thread's side of an ingest worker: the `ChipGateway` features use, answered by the
 * worker; the chips' presence mirrored from the events the worker forwards.
 */
class IngestWorkerGateway implements ChipGateway {
  private readonly online = new Set<string>();
  private readonly calls = new Map<number, (value: unknown) => void>();
  private nextId = 1;
  exited = false;

  constructor(private readonly worker: Worker) {}

  /** A chip is online from its `presence` online event until its offline one (WC-SRV-061). */
  presence(chipId: string, online: boolean): void {
    if (online) this.online.add(chipId);
    else this.online.delete(chipId);
  }

  isOnline(chipId: string): boolean {
    return !this.exited && this.online.has(chipId);
  }

  async deliver(chipId: string, directive: SignedDirective): Promise<boolean> {
    return (await this.call({ type: 'deliver', chipId, directive })) === true;
  }

  /** Resolves to the worker's answer, or `undefined` once the worker is gone. */
  call(message: WorkerCall): Promise<unknown> {
    if (this.exited) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.calls.set(id, resolve);
      this.worker.postMessage({ ...message, id } as MainToWorker);
    });
  }

  reply(id: number, value: unknown): void {
    this.calls.get(id)?.(value);
    this.calls.delete(id);
  }

  /** The worker is gone: every chip is offline to this instance, waiting calls get `undefined`. */
  gone(): void {
    this.exited = true;
    this.online.clear();
    for (const resolve of this.calls.values()) resolve(undefined);
    this.calls.clear();
  }
}

/**
 * Starts chip ingest in a worker thread (WC-SRV-154) and resolves once its listeners are up. The
 * events ingest emits reach `events` on this thread in the order ingest emitted them, its metric
 * changes reach `metrics`, and the returned gateway delivers directives through the worker.
 */
export async function startIngestWorker(options: IngestWorkerOptions): Promise<ChipIngestRuntime> {
  const { storage, events, metrics: target, host, clockCell, onError, ...ingest } = options;
  const metrics = target instanceof Registry ? createIngestMetrics(target) : target;
  const setup: IngestWorkerSetup = {
    storage,
    ingest,
    host,
    ...(clockCell === undefined ? {} : { clockCell }),
  };
  const worker = spawnWorker(setup);
  const gateway = new IngestWorkerGateway(worker);
  const ready = new Promise<{ mqttUrl: string; tcpPort: number | undefined }>((resolve, reject) => {
    worker.on('message', (message: WorkerToMain) => {
      switch (message.type) {
        case 'batch':
          applyMetricDeltas(metrics, message.metrics);
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
    worker.on('error', (error) => {
      onError?.(error);
      reject(error);
    });
    worker.on('exit', () => {
      gateway.gone();
      reject(new ServerError('ERR_SRV_CONFIG', 'ingest worker exited before it started'));
    });
  });
  let started: { mqttUrl: string; tcpPort: number | undefined };
  try {
    started = await ready;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
    });
    // the worker answers once its listeners are closed and what waited is written and acked
    await Promise.race([gateway.call({ type: 'close' }), timeout]);
    clearTimeout(timer);
    await worker.terminate();
  };
  return {
    gateway,
    mqttUrl: started.mqttUrl,
    tcpPort: started.tcpPort,
    close: () => {
      closing ??= gateway.exited ? Promise.resolve() : close();
      return closing;
    },
  };
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
