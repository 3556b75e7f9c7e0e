import { proto } from '@weldcode/protocol';
import type { DurableRecordEvent, PlatformEvents } from '../platform/platform-events';
import type { ChipFix, ChipState, ChipStateStore } from './chip-state-store';

const AlarmKind = proto.v1.AlarmKind;

/** Alarms after which a machine counts as tampered until an inspector clears it. */
const TAMPER_ALARMS: ReadonlyMap<number, string> = new Map([
  [AlarmKind.ALARM_KIND_ENCLOSURE_OPENED, 'enclosure-opened'],
  [AlarmKind.ALARM_KIND_CHIP_REMOVED, 'chip-removed'],
  [AlarmKind.ALARM_KIND_ARC_WITHOUT_GRANT, 'arc-without-grant'],
  [AlarmKind.ALARM_KIND_RELAY_BYPASSED, 'relay-bypassed'],
]);

/**
 * The decision pipeline's view of chips: the latest live fix and tamper state of each, kept from
 * the `record` events ingest emits (location and alarm bodies) and written through to storage,
 * which answers for chips not seen since the process started.
 */
export class ChipView {
  private readonly states = new Map<string, ChipState>();
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly store: ChipStateStore,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Follows `record` events on the bus; returns the function that stops following. */
  follow(events: PlatformEvents): () => void {
    // A listener must never throw into the emitter: ingest's loop would stop (WC-SRV-142).
    const listener = (record: DurableRecordEvent) => {
      try {
        this.observe(record);
      } catch (error) {
        this.onError(error);
      }
    };
    events.on('record', listener);
    return () => events.off('record', listener);
  }

  /** Takes what a durable record says about its chip. Backfilled records say nothing about now. */
  observe(record: DurableRecordEvent): void {
    if (!isRecordShaped(record) || record.historical) return;
    const { body, chipId } = record;
    if (body.kind === 'location') {
      const value = body.value;
      if (!Number.isFinite(value.latE7) || !Number.isFinite(value.lonE7)) return;
      this.setFix(chipId, {
        lat: (value.latE7 ?? 0) / 1e7,
        lon: (value.lonE7 ?? 0) / 1e7,
        accuracyM: value.accuracyM ?? 0,
        atMs: value.timeS ? value.timeS * 1000 : record.receivedMs,
      });
    } else if (body.kind === 'alarm') {
      const reason = TAMPER_ALARMS.get(body.value.kind ?? 0);
      if (reason !== undefined) this.setTamper(chipId, record.receivedMs, reason);
    }
  }

  setFix(chipId: string, fix: ChipFix): void {
    const state = this.states.get(chipId) ?? {};
    if (state.fix !== undefined && state.fix.atMs > fix.atMs) return;
    this.states.set(chipId, { ...state, fix });
    this.track(this.store.putFix(chipId, fix));
  }

  setTamper(chipId: string, atMs: number, reason: string): void {
    this.states.set(chipId, { ...this.states.get(chipId), tamper: { atMs, reason } });
    this.track(this.store.putTamper(chipId, atMs, reason));
  }

  /** An inspector found the machine in order: it may start again. */
  async clearTamper(chipId: string): Promise<void> {
    const state = this.states.get(chipId);
    if (state !== undefined) this.states.set(chipId, { ...(state.fix ? { fix: state.fix } : {}) });
    await this.store.clearTamper(chipId);
  }

  async get(chipId: string): Promise<ChipState> {
    const known = this.states.get(chipId);
    if (known !== undefined) return known;
    const stored = await this.store.get(chipId);
    // Another writer may have updated memory while storage answered.
    const now = this.states.get(chipId);
    if (now !== undefined) return now;
    this.states.set(chipId, stored);
    return stored;
  }

  /** Resolves when every write started so far has settled (tests, shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private track(write: Promise<void>): void {
    const settled = write.catch(this.onError).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }
}

function isRecordShaped(record: unknown): record is DurableRecordEvent {
  if (typeof record !== 'object' || record === null) return false;
  const { chipId, body } = record as Partial<DurableRecordEvent>;
  return (
    typeof chipId === 'string' &&
    typeof body === 'object' &&
    body !== null &&
    typeof body.value === 'object' &&
    body.value !== null
  );
}
