import { proto } from '@weldcode/protocol';
import type { LabChip } from '../../profiles/platform/lab-chip';
import type { PlatformSession, StoredRecord } from '../../profiles/platform/platform-session';
import { CaseFailure, check, type ProfileCase } from '../../profiles/profile-case';
import { alertRaised } from './chip-auth-cases';

const AUTH_OK = proto.v1.AuthStatus.AUTH_STATUS_OK;
const ENCLOSURE_OPENED = proto.v1.AlarmKind.ALARM_KIND_ENCLOSURE_OPENED;

function telemetry(index: number) {
  return {
    kind: 'telemetry' as const,
    value: { startS: Math.floor(Date.now() / 1000), currentDa: [index % 7], states: 1 },
  };
}

async function online(session: PlatformSession, chip: LabChip): Promise<void> {
  const status = await chip.connect(session.target());
  check(
    status === AUTH_OK,
    'a registered chip is not authenticated',
    'AUTH_STATUS_OK',
    status ?? 'no auth_result',
  );
}

/** Keys stored more than once, and the stored keys. */
function keysOf(stored: StoredRecord[]) {
  const keys = stored.map((record) => `${record.bootEpoch}/${record.seq}`);
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const key of keys) {
    if (seen.has(key)) twice.push(key);
    seen.add(key);
  }
  return { present: seen, twice };
}

/** Every record the chip made is stored exactly once, with the chip's bytes. */
function checkStoredOnce(chip: LabChip, stored: StoredRecord[], what: string): void {
  const { present, twice } = keysOf(stored);
  check(twice.length === 0, `${what}: records stored more than once`, [], twice);
  const missing = [...chip.records.keys()]
    .map((seq) => `${chip.bootEpoch}/${seq}`)
    .filter((key) => !present.has(key));
  check(missing.length === 0, `${what}: records missing`, [], missing);
  for (const record of stored) {
    const made = chip.records.get(record.seq);
    if (made !== undefined && !Buffer.from(record.payload, 'base64url').equals(Buffer.from(made)))
      throw new CaseFailure(
        `${what}: stored bytes of seq ${record.seq} differ from the record the chip made`,
      );
  }
}

/** Ingest: idempotency, durability before the ack, historical data (spec/conformance.md §7.4). */
export const INGEST_CASES: readonly ProfileCase<PlatformSession>[] = [
  {
    id: 'platform-idempotent-ingest',
    description:
      'records delivered twice and retransmitted after lost acks (live and in backfills) are acknowledged again and stored exactly once, with the bytes the chip made',
    requirements: ['WC-SRV-023', 'WC-SRV-063', 'WC-SRV-148', 'WC-PROTO-036', 'WC-CONF-031'],
    async run(session) {
      const chip = await session.registeredChip('idem');
      await online(session, chip);
      chip.dropAcks = true; // acks get lost: the chip retransmits in backfills
      for (let i = 0; i < 8; i++) {
        const before = chip.sent.length;
        chip.record(telemetry(i));
        for (const bytes of chip.sent.slice(before)) chip.sendRaw(bytes); // the network duplicates it
      }
      await session.waitFor(chip, () => chip.allAcked(), 10_000, 'the records are not acknowledged');
      // at least one backfill of them all, to a platform that already acknowledged every one
      const ackedAt = Date.now();
      await session.waitFor(
        chip,
        () => chip.machine.buffer.records.every((r) => r.sentAt !== undefined && r.sentAt > ackedAt),
        10_000,
        'the lab chip did not retransmit its records',
      );
      chip.dropAcks = false;
      await session.waitFor(
        chip,
        () => chip.machine.buffer.records.length === 0,
        10_000,
        'the chip never had its retransmissions acknowledged',
      );
      const complete = await session.eventually(
        async () => (await session.storedRecords(chip.chipId)).length >= chip.records.size,
      );
      check(complete, 'acknowledged records are not stored');
      checkStoredOnce(chip, await session.storedRecords(chip.chipId), 'after duplicates and retransmissions');
    },
  },
  {
    id: 'platform-ack-after-durability',
    description:
      'the platform is SIGKILLed right after acknowledging a burst of records and restarted: every acknowledged record is stored exactly once, and the chip completes its backlog without loss or duplication',
    requirements: ['WC-SRV-024', 'WC-SRV-055', 'WC-SRV-065', 'WC-CONF-029', 'WC-CONF-031'],
    async run(session) {
      const chip = await session.registeredChip('durable');
      await online(session, chip);
      for (let i = 0; i < 24; i++) chip.record(telemetry(i));
      await session.waitFor(chip, () => chip.allAcked(), 10_000, 'the burst is not acknowledged');
      const acked = [...chip.acked];
      await session.control.require('kill', {}, 30_000);
      chip.disconnect();
      await session.control.require('restart', {}, 90_000);
      await session.api.ready();
      const { present, twice } = keysOf(await session.storedRecords(chip.chipId));
      const lost = acked.filter((key) => !present.has(key));
      check(lost.length === 0, 'records acknowledged before the crash are not stored', [], lost);
      check(twice.length === 0, 'records stored more than once', [], twice);
      for (let i = 0; i < 6; i++) chip.record(telemetry(i));
      await online(session, chip);
      await session.waitFor(
        chip,
        () => chip.allAcked(),
        15_000,
        'the backlog is not acknowledged after the restart',
      );
      checkStoredOnce(chip, await session.storedRecords(chip.chipId), 'after the restart');
    },
  },
  {
    id: 'platform-historical-no-alert',
    description:
      'an ENCLOSURE_OPENED alarm made offline and backfilled raises no alert but a compliance finding; the same alarm live raises the alert',
    requirements: ['WC-SRV-125', 'WC-SRV-126', 'WC-PROTO-038', 'WC-CONF-031'],
    async run(session) {
      const chip = await session.registeredChip('history');
      const timeS = Math.floor(Date.now() / 1000) - 600;
      chip.record({ kind: 'alarm', value: { kind: ENCLOSURE_OPENED, timeS } }); // offline: buffered
      await online(session, chip);
      await session.waitFor(chip, () => chip.allAcked(), 10_000, 'the backfilled alarm is not acknowledged');
      const hasFinding = async () =>
        (await session.list(`/v1/compliance-findings?kind=ENCLOSURE_OPENED&chipId=${chip.chipId}`)).length >
        0;
      const alertsOf = () => session.list(`/v1/alerts?kind=ENCLOSURE_OPENED&chipId=${chip.chipId}`);
      // a platform that raises the alert instead of the finding is judged at once, not after a timeout
      await session.eventually(async () => (await hasFinding()) || (await alertsOf()).length > 0);
      const finding = await hasFinding();
      const alerts = await alertsOf();
      check(
        alerts.length === 0,
        'a backfilled (historical) alarm raised a real-time alert',
        0,
        alerts.length,
      );
      check(finding, 'the backfilled alarm left no compliance finding');
      chip.record({ kind: 'alarm', value: { kind: ENCLOSURE_OPENED, timeS: Math.floor(Date.now() / 1000) } });
      await session.waitFor(chip, () => chip.allAcked(), 10_000, 'the live alarm is not acknowledged');
      check(
        await alertRaised(session, 'ENCLOSURE_OPENED', chip.chipId),
        'a live ENCLOSURE_OPENED alarm raises no alert (so silence about the historical one proves nothing)',
      );
    },
  },
];
