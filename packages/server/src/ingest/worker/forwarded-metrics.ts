import type { Counter, Gauge } from 'prom-client';
import type { IngestMetrics } from '../ingest-metrics';
import type { MetricDelta } from './worker-messages';

type Labels = Record<string, string>;

/** A counter or gauge of the worker that only records its changes, for the main thread's registry. */
class DeltaSeries {
  constructor(
    private readonly name: keyof IngestMetrics,
    private readonly changes: Map<string, MetricDelta>,
    private readonly changed: () => void,
  ) {}

  inc(labels?: Labels | number, amount?: number): void {
    if (typeof labels === 'number') this.add({}, labels);
    else this.add(labels ?? {}, amount ?? 1);
  }

  dec(labels?: Labels | number, amount?: number): void {
    if (typeof labels === 'number') this.add({}, -labels);
    else this.add(labels ?? {}, -(amount ?? 1));
  }

  private add(labels: Labels, amount: number): void {
    // ingest's series have at most one label: its value names the series (no JSON per increment)
    let key: string = this.name;
    for (const value of Object.values(labels)) key += `\u0000${value}`;
    const delta = this.changes.get(key);
    if (delta === undefined) this.changes.set(key, [this.name, labels, amount]);
    else delta[2] += amount;
    this.changed();
  }
}

/**
 * The ingest series of a worker thread: prom-client registries cannot cross threads, so the
 * worker counts changes (calling `changed` on each) and the main thread applies them to its own series (`applyMetricDeltas`),
 * where `/metrics` serves them.
 */
export function forwardedMetrics(changed: () => void): { metrics: IngestMetrics; take(): MetricDelta[] } {
  const changes = new Map<string, MetricDelta>();
  const series = (name: keyof IngestMetrics) => new DeltaSeries(name, changes, changed);
  const metrics = {
    uplinks: series('uplinks'),
    records: series('records'),
    rejected: series('rejected'),
    handshakes: series('handshakes'),
    batchFailures: series('batchFailures'),
    sessions: series('sessions'),
  };
  return {
    // the worker's code only calls inc and dec, which DeltaSeries provides with prom-client's signatures
    metrics: metrics as unknown as IngestMetrics,
    take: () => {
      const taken = [...changes.values()];
      changes.clear();
      return taken;
    },
  };
}

/** Applies a worker's metric changes to the main thread's series. */
export function applyMetricDeltas(metrics: IngestMetrics, deltas: readonly MetricDelta[]): void {
  for (const [name, labels, amount] of deltas) {
    const target = metrics[name as keyof IngestMetrics] as Counter<string> | Gauge<string> | undefined;
    if (target === undefined || amount === 0) continue;
    if (amount > 0) target.inc(labels, amount);
    else (target as Gauge<string>).dec(labels, -amount);
  }
}
