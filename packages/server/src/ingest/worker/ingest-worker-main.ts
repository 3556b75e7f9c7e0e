/**
 * The ingest worker thread's entry (WC-SRV-154): opens its own connection to the platform's
 * database, runs the broker, the TCP listener and `ChipIngest` there, forwards the events and
 * metric changes ingest produces to the main thread, and answers the main thread's gateway calls.
 * Started by `startIngestWorker`; never imported by the package's other modules.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { clockFromCell } from '../../platform/platform-clock';
import { PlatformEvents } from '../../platform/platform-events';
import { openStorage, type Storage } from '../../storage/storage';
import { type ChipIngestRuntime, startChipIngest } from '../start-chip-ingest';
import { forwardedMetrics } from './forwarded-metrics';
import type { ForwardedEventName, IngestWorkerSetup, MainToWorker, WorkerToMain } from './worker-messages';

if (parentPort === null) throw new Error('the ingest worker runs only as a worker thread');
const port: MessagePort = parentPort;
const setup = workerData as IngestWorkerSetup;
const post = (message: WorkerToMain) => port.postMessage(message);
/**
 * Tests only (WC-SRV-156): a directive for this chip id makes the worker throw an uncaught error,
 * the way a bug would kill it. Unset in production.
 */
const crashOn = process.env.WELDCODE_TEST_INGEST_WORKER_CRASH_ON;

let pending: [ForwardedEventName, unknown][] = [];
let scheduled = false;
const { metrics, take } = forwardedMetrics(schedule);

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(flush);
}

/** Sends what waits, in the order ingest emitted it. */
function flush(): void {
  scheduled = false;
  const deltas = take();
  if (pending.length === 0 && deltas.length === 0) return;
  post({ type: 'batch', events: pending, metrics: deltas });
  pending = [];
}

/**
 * Records and messages travel in batches, one message per turn of the worker's loop. Presence and
 * chip alerts leave at once (after what waits, to keep the order): a chip that just authenticated
 * is online for the scans that follow its handshake.
 */
function forward(name: ForwardedEventName, payload: unknown): void {
  pending.push([name, payload]);
  if (name === 'presence' || name === 'chip-alert') flush();
  else schedule();
}

function reportError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  post({ type: 'error', message, ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) });
}

async function start(): Promise<{ storage: Storage; runtime: ChipIngestRuntime }> {
  const events = new PlatformEvents();
  for (const name of ['record', 'message', 'chip-alert', 'presence'] as const) {
    events.on(name, (payload: unknown) => forward(name, payload));
  }
  // the main thread migrated the database before starting this thread
  const storage = await openStorage({ ...setup.storage, migrate: false });
  try {
    const runtime = await startChipIngest({
      ...setup.ingest,
      storage,
      events,
      metrics,
      host: setup.host,
      ...(setup.clockCell === undefined ? {} : { clock: clockFromCell(setup.clockCell) }),
      onError: reportError,
    });
    return { storage, runtime };
  } catch (error) {
    await storage.close().catch(() => undefined);
    throw error;
  }
}

async function serve(): Promise<void> {
  let started: { storage: Storage; runtime: ChipIngestRuntime };
  try {
    started = await start();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    post({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      ...(typeof code === 'string' ? { code } : {}),
    });
    return;
  }
  const { storage, runtime } = started;
  port.on('message', (message: MainToWorker) => {
    if (message.type === 'deliver') {
      if (crashOn !== undefined && crashOn !== '' && message.chipId === crashOn) {
        setImmediate(() => {
          throw new Error(
            `ingest worker crashed on purpose (WELDCODE_TEST_INGEST_WORKER_CRASH_ON=${crashOn})`,
          );
        });
        return;
      }
      runtime.gateway.deliver(message.chipId, message.directive).then(
        (value) => post({ type: 'reply', id: message.id, value }),
        (error: unknown) => {
          reportError(error);
          post({ type: 'reply', id: message.id, value: false });
        },
      );
    } else if (message.type === 'close') {
      void runtime
        .close()
        .catch(reportError)
        .then(() => storage.close())
        .catch(reportError)
        .finally(() => {
          flush();
          post({ type: 'reply', id: message.id, value: true });
          port.close();
        });
    }
  });
  post({ type: 'ready', mqttUrl: runtime.mqttUrl, tcpPort: runtime.tcpPort });
}

void serve();
