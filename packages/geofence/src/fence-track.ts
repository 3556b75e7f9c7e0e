import type { Fence } from './fence';
import type { ResolvedTrackerOptions } from './tracker-options';
import type { Decision, FenceKind } from './types';

/** The events a tracker raises per device and fence. */
export type TrackerEventType = 'ENTER' | 'EXIT' | 'DWELL' | 'UNCERTAIN';

/** One tracker event. */
export interface TrackerEvent {
  readonly type: TrackerEventType;
  readonly deviceId: string;
  readonly fenceId: string;
  readonly fenceKind: FenceKind;
  /** When it happened (ms): the first fix on the new side, or an interpolated crossing time. */
  readonly time: number;
  /** The fix time of the fix that confirmed it (ms). */
  readonly confirmedAt: number;
  /** Inferred from a straight line between two sparse fixes, not observed in a fix. */
  readonly inferred: boolean;
  /** Raised live (true) or by compliance evaluation of all fixes in fix-time order (false). */
  readonly realtime: boolean;
  /** Signed distance in metres of the confirming fix (negative inside). */
  readonly signedDistance: number;
}

type Side = 'unknown' | 'inside' | 'outside';

interface Previous {
  x: number;
  y: number;
  time: number;
  decision: Decision;
}

/** The state machine of one device against one fence. */
export class FenceTrack {
  state: Side = 'unknown';
  private candidate: Side | undefined;
  private candidateSince = 0;
  private insideSince = 0;
  private dwellRaised = false;
  private uncertainSince: number | undefined;
  private uncertainRaised = false;
  private previous: Previous | undefined;

  constructor(
    private readonly fence: Fence,
    private readonly deviceId: string,
    private readonly options: ResolvedTrackerOptions,
    private readonly realtime: boolean,
  ) {}

  /** Feeds one fix (already in the fence's datum, in fix-time order); returns its events. */
  step(x: number, y: number, accuracy: number, time: number): TrackerEvent[] {
    const events: TrackerEvent[] = [];
    if (!this.fence.isActiveAt(time)) {
      this.reset();
      return events;
    }
    const margin = accuracy + (this.state === 'unknown' ? 0 : this.options.hysteresisMetres);
    const { decision, signedDistance } = this.fence.decideAt(x, y, margin);
    const emit = (type: TrackerEventType, at: number, inferred = false) =>
      events.push({
        type,
        deviceId: this.deviceId,
        fenceId: this.fence.id,
        fenceKind: this.fence.kind,
        time: at,
        confirmedAt: time,
        inferred,
        realtime: this.realtime,
        signedDistance,
      });
    this.inferCrossing(x, y, time, decision, emit);
    if (decision === 'uncertain') this.onUncertain(time, emit);
    else this.onDecisive(decision, time, emit);
    if (
      this.state === 'inside' &&
      !this.dwellRaised &&
      time - this.insideSince >= this.options.dwellSeconds * 1000
    ) {
      this.dwellRaised = true;
      emit('DWELL', time);
    }
    this.previous = { x, y, time, decision };
    return events;
  }

  private reset(): void {
    this.state = 'unknown';
    this.candidate = undefined;
    this.uncertainSince = undefined;
    this.uncertainRaised = false;
    this.previous = undefined;
  }

  /** Two decisive outside fixes far apart whose straight path runs through the fence. */
  private inferCrossing(
    x: number,
    y: number,
    time: number,
    decision: Decision,
    emit: (t: TrackerEventType, at: number, inferred: boolean) => void,
  ): void {
    const p = this.previous;
    if (this.state !== 'outside' || decision !== 'outside' || p?.decision !== 'outside') return;
    if (time - p.time < this.options.sparseGapSeconds * 1000) return;
    const span = this.fence.segmentSpan(p.x, p.y, x, y);
    if (span === undefined) return;
    emit('ENTER', p.time + Math.round(span[0] * (time - p.time)), true);
    emit('EXIT', p.time + Math.round(span[1] * (time - p.time)), true);
  }

  private onUncertain(time: number, emit: (t: TrackerEventType, at: number) => void): void {
    if (this.uncertainSince === undefined) this.uncertainSince = time;
    if (!this.uncertainRaised && time - this.uncertainSince >= this.options.minDwellSeconds * 1000) {
      this.uncertainRaised = true;
      emit('UNCERTAIN', this.uncertainSince);
    }
  }

  private onDecisive(
    side: 'inside' | 'outside',
    time: number,
    emit: (t: TrackerEventType, at: number) => void,
  ): void {
    this.uncertainSince = undefined;
    this.uncertainRaised = false;
    if (side === this.state) {
      this.candidate = undefined;
      return;
    }
    if (this.candidate !== side) {
      this.candidate = side;
      this.candidateSince = time;
    }
    if (time - this.candidateSince < this.options.minDwellSeconds * 1000) return;
    const from = this.state;
    this.state = side;
    this.candidate = undefined;
    if (side === 'inside') {
      this.insideSince = this.candidateSince;
      this.dwellRaised = false;
      emit('ENTER', this.candidateSince);
    } else if (from === 'inside') {
      emit('EXIT', this.candidateSince);
    }
  }
}
