import { Counter, Gauge, type Registry } from 'prom-client';

/** The Prometheus series ingest keeps (WC-SRV-057). */
export interface IngestMetrics {
  /** Envelopes received from chips, by transport. */
  readonly uplinks: Counter<'transport'>;
  /** Records written: `stored` the first time, `duplicate` when already stored. */
  readonly records: Counter<'outcome'>;
  /** Uplinks refused and dropped, by protocol error code. */
  readonly rejected: Counter<'reason'>;
  /** Handshakes by result (`ok`, or the refusal). */
  readonly handshakes: Counter<'result'>;
  /** Batches that failed to commit (their uplinks are nacked, never acked). */
  readonly batchFailures: Counter;
  /** Chips with a live session on this instance. */
  readonly sessions: Gauge;
}

/**
 * Registers the ingest series on `registry`.
 *
 * @example
 * ```ts
 * import { createIngestMetrics } from '@weldcode/server';
 * import { Registry } from 'prom-client';
 *
 * const metrics = createIngestMetrics(new Registry());
 * metrics.rejected.inc({ reason: 'ERR_PROTO_MALFORMED' });
 * ```
 */
export function createIngestMetrics(registry: Registry): IngestMetrics {
  const registers = [registry];
  return {
    uplinks: new Counter({
      name: 'weldcode_ingest_uplinks_total',
      help: 'Envelopes received from chips, by transport',
      labelNames: ['transport'] as const,
      registers,
    }),
    records: new Counter({
      name: 'weldcode_ingest_records_total',
      help: 'Records committed to storage: stored the first time, duplicate when already stored',
      labelNames: ['outcome'] as const,
      registers,
    }),
    rejected: new Counter({
      name: 'weldcode_ingest_rejected_total',
      help: 'Uplinks refused and dropped (malformed, bad MAC, no session, ...), by protocol error code',
      labelNames: ['reason'] as const,
      registers,
    }),
    handshakes: new Counter({
      name: 'weldcode_ingest_handshakes_total',
      help: 'Chip handshakes by result',
      labelNames: ['result'] as const,
      registers,
    }),
    batchFailures: new Counter({
      name: 'weldcode_ingest_batch_failures_total',
      help: 'Uplink batches that failed to commit (nacked, never acked)',
      registers,
    }),
    sessions: new Gauge({
      name: 'weldcode_ingest_sessions',
      help: 'Chips with a live authenticated session on this instance',
      registers,
    }),
  };
}
