import type { MonitoringEngine } from './monitoring-engine';
import type { MonitoringStore } from './monitoring-store';
import { emptyContext } from './subject-context';
import { shanghaiDay } from './time-rules';

/** What one sweep looked at. */
export interface SweepReport {
  atMs: number;
  /** Chips offline longer than the threshold. */
  offline: number;
  /** Chips energised longer than the threshold. */
  energised: number;
  /** Certificates expired or expiring within the warning window. */
  certificates: number;
  /** Arc sessions closed because their chip went silent. */
  arcsClosed: number;
  /** Open arc sessions re-checked against crowded-place hours and special periods. */
  arcsChecked: number;
}

const MINUTE = 60_000;

/**
 * The time-based rules (WC-SRV-136 to WC-SRV-139): each lasting condition is observed with an
 * episode (when it began), so a condition still true refreshes its alert, and one a person closed
 * is not raised again until the condition begins anew.
 */
export async function sweep(
  engine: MonitoringEngine,
  store: MonitoringStore,
  nowMs: number,
): Promise<SweepReport> {
  const policy = engine.policy;
  const arcs = await engine.sweepArcs(nowMs);

  const lasting = [
    {
      kind: 'LONG_OFFLINE',
      prefix: 'offline',
      since: 'offlineSince',
      minutes: policy.offlineAlertMinutes,
      find: (before: number) => store.chipStatus.offlineSince(before),
    },
    {
      kind: 'ON_TOO_LONG',
      prefix: 'on',
      since: 'energisedSince',
      minutes: policy.maxEnergisedMinutes,
      find: (before: number) => store.chipStatus.energisedSince(before),
    },
  ] as const;
  const counts: number[] = [];
  for (const rule of lasting) {
    const chips = await rule.find(nowMs - rule.minutes * MINUTE);
    counts.push(chips.length);
    for (const chip of chips) {
      await engine.observe({
        kind: rule.kind,
        context: await store.contexts.ofChip(chip.chipId),
        source: 'sweep',
        atMs: nowMs,
        episode: `${rule.prefix}:${chip.sinceMs}`,
        details: { [rule.since]: new Date(chip.sinceMs).toISOString(), thresholdMinutes: rule.minutes },
      });
    }
  }

  const today = shanghaiDay(nowMs);
  const due = await store.lookups.certificatesDueBy(shanghaiDay(nowMs, policy.certificateWarningDays));
  for (const certificate of due) {
    const expired = certificate.expiresOn < today;
    await engine.observe({
      kind: expired ? 'CERTIFICATE_EXPIRED' : 'CERTIFICATE_EXPIRING',
      context: { ...emptyContext(), townId: certificate.townId, districtId: certificate.districtId },
      source: 'sweep',
      atMs: nowMs,
      workerId: certificate.workerId,
      subject: { type: 'certificate', id: certificate.id },
      episode: `${expired ? 'expired' : 'expiring'}:${certificate.expiresOn}`,
      details: { certificateId: certificate.id, type: certificate.type, expiresOn: certificate.expiresOn },
    });
  }

  return {
    atMs: nowMs,
    offline: counts[0] ?? 0,
    energised: counts[1] ?? 0,
    certificates: due.length,
    arcsClosed: arcs.closed,
    arcsChecked: arcs.checked,
  };
}
