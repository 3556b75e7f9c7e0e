import type { Telemetry } from '@weldcode/protocol';
import { validInstant } from './time-rules';

/** A run of arc samples, while it grows. Times are the chip's sample times, Unix ms. */
export interface ArcRun {
  readonly id: string;
  readonly chipId: string;
  readonly historical: boolean;
  startMs: number;
  /** End of the last arc sample (its time plus the sampling interval). */
  endMs: number;
  samples: number;
  arcMs: number;
  sumDa: number;
  peakDa: number;
  /** Platform time of the last sample added, for the sweep's gap rule. */
  touchedMs: number;
}

/** What one telemetry record did to a chip's arc. */
export interface ArcStep {
  opened: ArcRun[];
  closed: { run: ArcRun; reason: 'arc-stopped' | 'gap' }[];
  /** Samples with arc current, mains present and the relay open: the relay was bypassed. */
  bypassSamples: number;
  /** Relay state of the last sample that reports mains power, if any. */
  energised: boolean | undefined;
}

/** Settings of {@link ArcTracker}. */
export interface ArcTrackerOptions {
  thresholdDa: number;
  gapMs: number;
  newId: () => string;
}

const MAX_SAMPLES = 16;

/** Undoes the telemetry series' delta encoding (spec/protocol.md 2.1): element 0 is absolute. */
export function deltaDecode(series: readonly number[] | undefined): number[] {
  const out: number[] = [];
  let value = 0;
  for (const delta of series ?? []) {
    // Wire values are sint32: anything else is clamped rather than allowed to overflow a column.
    value = Math.min(
      2 ** 31 - 1,
      Math.max(-(2 ** 31), value + (Number.isFinite(delta) ? Math.trunc(delta) : 0)),
    );
    out.push(value);
  }
  return out;
}

/**
 * Arc sessions from telemetry (WC-SRV-133): consecutive samples at or above the arc threshold
 * make one run; a sample below it, or a silence longer than the gap, ends the run. Pure and
 * synchronous, so the order of a chip's records is the order of its runs.
 */
export class ArcTracker {
  private readonly runs = new Map<string, ArcRun>();

  constructor(private readonly options: ArcTrackerOptions) {}

  /** Feeds one telemetry record of `chipId` (live and historical runs are kept apart). */
  feed(chipId: string, historical: boolean, telemetry: Telemetry, nowMs: number): ArcStep {
    const step: ArcStep = { opened: [], closed: [], bypassSamples: 0, energised: undefined };
    const key = `${historical ? 'h' : 'l'}:${chipId}`;
    const currents = deltaDecode(telemetry.currentDa).slice(0, MAX_SAMPLES);
    // Nonsense timing (no start, an interval over an hour) falls back to receive time and 1 s.
    const interval =
      typeof telemetry.intervalMs === 'number' &&
      telemetry.intervalMs > 0 &&
      telemetry.intervalMs <= 3_600_000
        ? telemetry.intervalMs
        : 1000;
    const start = validInstant((telemetry.startS ?? 0) * 1000, nowMs);
    const states = telemetry.states ?? 0;
    currents.forEach((current, i) => {
      const at = start + i * interval;
      const mains = ((states >>> (2 * i)) & 1) === 1;
      const relay = ((states >>> (2 * i + 1)) & 1) === 1;
      if (mains) step.energised = relay;
      const arcing = current >= this.options.thresholdDa;
      if (arcing && mains && !relay) step.bypassSamples++;
      let run = this.runs.get(key);
      if (run !== undefined && (!arcing || at - run.endMs > this.options.gapMs || at < run.startMs)) {
        this.runs.delete(key);
        step.closed.push({ run, reason: arcing ? 'gap' : 'arc-stopped' });
        run = undefined;
      }
      if (!arcing) return;
      if (run === undefined) {
        run = {
          id: this.options.newId(),
          chipId,
          historical,
          startMs: at,
          endMs: at,
          samples: 0,
          arcMs: 0,
          sumDa: 0,
          peakDa: 0,
          touchedMs: nowMs,
        };
        this.runs.set(key, run);
        step.opened.push(run);
      }
      run.endMs = at + interval;
      run.samples++;
      run.arcMs += interval;
      run.sumDa += current;
      run.peakDa = Math.max(run.peakDa, current);
      run.touchedMs = nowMs;
    });
    return step;
  }

  /** Ends the chip's live run (death, session closed); returns it if there was one. */
  end(chipId: string): ArcRun | undefined {
    const run = this.runs.get(`l:${chipId}`);
    this.runs.delete(`l:${chipId}`);
    return run;
  }

  /** Ends every run not extended since `beforeMs` (platform time). */
  expire(beforeMs: number): ArcRun[] {
    const expired: ArcRun[] = [];
    for (const [key, run] of this.runs) {
      if (run.touchedMs >= beforeMs) continue;
      this.runs.delete(key);
      expired.push(run);
    }
    return expired;
  }

  /** The live runs still open. */
  open(): ArcRun[] {
    return [...this.runs.values()].filter((run) => !run.historical);
  }
}
