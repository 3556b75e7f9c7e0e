import { Registry } from 'prom-client';
import type { ChipGateway } from '../platform/chip-gateway';
import type { PlatformEvents } from '../platform/platform-events';
import type { Storage } from '../storage/storage';
import { ChipIngest } from './chip-ingest';
import { createIngestMetrics, type IngestMetrics } from './ingest-metrics';
import { connectExternalMqtt, startEmbeddedMqtt } from './mqtt-ingest';
import { startTcpIngest } from './tcp-ingest';

/** Default port of the embedded MQTT broker. */
export const DEFAULT_MQTT_PORT = 1883;
/** Default port of the stream-framing listener. */
export const DEFAULT_TCP_PORT = 7883;

/** Where chips connect. */
export interface IngestOptions {
  /** Port of the embedded broker (0 picks a free one); ignored with `mqttUrl`. */
  mqttPort?: number;
  /** `mqtt://host:port` of an external broker instead of the embedded one. */
  mqttUrl?: string;
  /** Shared-subscription group with an external broker (default `weldcode`). */
  mqttGroup?: string;
  /** Port of the stream-framing listener (0 picks a free one), or `false` for none. */
  tcpPort?: number | false;
  /** Uplink batch size and delay (defaults 500 and 5 ms). */
  maxBatch?: number;
  maxDelayMs?: number;
  /**
   * Records after which the protocol machine trims its chain history to bound its memory
   * (default 1,000,000); sessions, acks and replay detection are not affected.
   */
  recycleAfterRecords?: number;
  /**
   * Where ingest runs (WC-SRV-154). `main` (the default of `startServer`): in the thread of the
   * HTTP API. `worker` (the default of `weldcode serve`): the broker, the TCP listener, the protocol
   * machine and the uplink writes run in a worker thread with its own database connection, so
   * scan-to-start decisions never queue behind chip traffic. A worker needs a database another
   * thread can open (a SQLite file or PostgreSQL, not `:memory:`) and the wall clock or a
   * {@link TestClock}.
   */
  thread?: 'main' | 'worker';
}

/** What {@link startChipIngest} needs. */
export interface ChipIngestSetup extends IngestOptions {
  storage: Storage;
  events: PlatformEvents;
  /** The registry the ingest series are added to, or the series themselves. */
  metrics: Registry | IngestMetrics;
  host: string;
  onError?: (error: unknown) => void;
  /** The platform clock (default `Date.now`). */
  clock?: () => number;
}

/**
 * Whether ingest in a worker thread serves (WC-SRV-155): `restarting` from a worker's death until
 * its successor serves, `stopped` once closed; `restarts` counts workers started after a death.
 */
export interface IngestHealth {
  state: 'running' | 'restarting' | 'stopped';
  restarts: number;
}

/** Running chip ingest: the gateway features use, and where chips connect. */
export interface ChipIngestRuntime {
  /** The `ChipGateway` features reach chips through (isOnline, deliver). */
  readonly gateway: ChipGateway;
  /** `mqtt://...` chips connect to: the embedded broker's, or the external one. */
  readonly mqttUrl: string;
  /** Port of the stream-framing listener, when enabled. */
  readonly tcpPort: number | undefined;
  /** Stops the listeners, then writes and acks what is waiting. */
  close(): Promise<void>;
  /** Whether its worker thread serves; absent when ingest runs in the caller's thread (always serves). */
  health?(): IngestHealth;
}

/** Starts ingest with its transports (spec/server.md §5). */
export async function startChipIngest(setup: ChipIngestSetup): Promise<ChipIngestRuntime> {
  const metrics = setup.metrics instanceof Registry ? createIngestMetrics(setup.metrics) : setup.metrics;
  const gateway = new ChipIngest({
    storage: setup.storage,
    events: setup.events,
    metrics,
    ...(setup.maxBatch === undefined ? {} : { maxBatch: setup.maxBatch }),
    ...(setup.maxDelayMs === undefined ? {} : { maxDelayMs: setup.maxDelayMs }),
    ...(setup.recycleAfterRecords === undefined ? {} : { recycleAfterRecords: setup.recycleAfterRecords }),
    ...(setup.onError === undefined ? {} : { onError: setup.onError }),
    ...(setup.clock === undefined ? {} : { clock: setup.clock }),
  });
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => undefined);
    await gateway.close();
  };
  try {
    let mqttUrl: string;
    if (setup.mqttUrl !== undefined) {
      const external = await connectExternalMqtt(gateway, setup.mqttUrl, setup.mqttGroup ?? 'weldcode');
      closers.push(external.close);
      mqttUrl = setup.mqttUrl;
    } else {
      const embedded = await startEmbeddedMqtt(gateway, setup.mqttPort ?? DEFAULT_MQTT_PORT, setup.host);
      closers.push(embedded.close);
      mqttUrl = embedded.url;
    }
    let tcpPort: number | undefined;
    if (setup.tcpPort !== false) {
      const tcp = await startTcpIngest(gateway, metrics, setup.tcpPort ?? DEFAULT_TCP_PORT, setup.host);
      closers.push(tcp.close);
      tcpPort = tcp.port;
    }
    return { gateway, mqttUrl, tcpPort, close };
  } catch (error) {
    await close();
    throw error;
  }
}
