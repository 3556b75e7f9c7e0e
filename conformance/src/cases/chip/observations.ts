import { proto } from '@weldcode/protocol';
import type { ChipSession } from '../../profiles/chip/chip-session';
import type { ObservedRecord } from '../../profiles/chip/lab-platform';

export const EventKind = proto.v1.EventKind;
export const AlarmKind = proto.v1.AlarmKind;

/** Record arrivals (live or backfilled) at or after `since` (runner ms). */
export function recordsSince(session: ChipSession, since: number): ObservedRecord[] {
  return session.platform.records.filter((record) => record.t >= since);
}

/** Event records of `kind` that arrived at or after `since`. */
export function eventsSince(session: ChipSession, since: number, kind: number): ObservedRecord[] {
  return recordsSince(session, since).filter((r) => r.body.kind === 'event' && r.body.value.kind === kind);
}

/** Alarm records (any arrival) at or after `since`, optionally of one kind. */
export function alarmsSince(session: ChipSession, since: number, kind?: number): ObservedRecord[] {
  return recordsSince(session, since).filter(
    (r) => r.body.kind === 'alarm' && (kind === undefined || r.body.value.kind === kind),
  );
}

/** The chip's own time stamp of a record, in Unix seconds (telemetry: its last sample). */
export function recordTimeS(record: ObservedRecord): number | undefined {
  const { body } = record;
  if (body.kind === 'telemetry') {
    const n = Math.max(body.value.currentDa?.length ?? 0, body.value.voltageDv?.length ?? 0, 1);
    return (body.value.startS ?? 0) + ((n - 1) * (body.value.intervalMs || 1000)) / 1000;
  }
  const value = body.value as { timeS?: number | null };
  return value.timeS ?? undefined;
}

/** Decoded telemetry samples: absolute currents (0.1 A) and the relay-closed bit per sample. */
export function telemetrySamples(record: ObservedRecord): { currentDa: number[]; relayClosed: boolean[] } {
  if (record.body.kind !== 'telemetry') return { currentDa: [], relayClosed: [] };
  const value = record.body.value;
  const currentDa: number[] = [];
  let level = 0;
  for (const delta of value.currentDa ?? []) {
    level += delta;
    currentDa.push(level);
  }
  const n = Math.max(currentDa.length, value.voltageDv?.length ?? 0, value.temperatureC?.length ?? 0);
  const relayClosed = Array.from({ length: n }, (_, i) => Boolean(((value.states ?? 0) >>> (2 * i + 1)) & 1));
  return { currentDa, relayClosed };
}

/** Grant action helper: a grant valid from now for `seconds`. */
export function grantFor(session: ChipSession, seconds: number, extra: { notBeforeS?: number } = {}) {
  const nowS = Math.floor(session.clock.now() / 1000);
  return {
    grant: {
      grantId: new Uint8Array(16).map((_, i) => (nowS + i * 7) & 0xff),
      workerId: 'W-CONF-1',
      permitId: 'P-CONF-1',
      notBeforeS: extra.notBeforeS ?? nowS,
      notAfterS: nowS + seconds,
      maxDurationS: 0,
    },
  };
}

/** Revokes every grant and waits until the relay is open: the base state between cases. */
export async function revokeAll(session: ChipSession): Promise<void> {
  session.platform.deliver(session.platform.sign({ revoke: { reason: 'conformance cleanup' } }));
  await session.advance(1000);
}
