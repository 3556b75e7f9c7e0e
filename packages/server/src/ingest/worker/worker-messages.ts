import type { SignedDirective } from '@weldcode/protocol';
import type { ServerPolicy } from '../../policy';
import type { IngestOptions } from '../start-chip-ingest';

/** What the ingest worker thread is started with (its `workerData`). */
export interface IngestWorkerSetup {
  /** How the worker opens the database the main thread opened and migrated. */
  storage: { db?: string; dataDir?: string; policy?: ServerPolicy };
  ingest: Omit<IngestOptions, 'thread'>;
  host: string;
  /** The test clock's shared instant, or absent for the wall clock. */
  clockCell?: BigInt64Array;
}

/** The platform events ingest emits, forwarded to the main thread's bus. */
export type ForwardedEventName = 'record' | 'message' | 'chip-alert' | 'presence';

/** One metric change: series name, labels, amount (negative for a gauge going down). */
export type MetricDelta = [name: string, labels: Record<string, string>, amount: number];

/** Worker → main. */
export type WorkerToMain =
  | { type: 'ready'; mqttUrl: string; tcpPort: number | undefined }
  | { type: 'failed'; message: string; code?: string }
  | { type: 'batch'; events: [ForwardedEventName, unknown][]; metrics: MetricDelta[] }
  | { type: 'error'; message: string; stack?: string }
  | { type: 'reply'; id: number; value: unknown };

/** Main → worker. */
export type MainToWorker =
  | { type: 'deliver'; id: number; chipId: string; directive: SignedDirective }
  | { type: 'close'; id: number };
