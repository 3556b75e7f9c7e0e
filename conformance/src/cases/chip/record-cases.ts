import { decodeEnvelope, logGenesis, logNext, MAX_ENVELOPE_BYTES } from '@weldcode/protocol';
import type { ChipSession } from '../../profiles/chip/chip-session';
import type { ObservedRecord } from '../../profiles/chip/lab-platform';
import { CaseSkipped, check, type ProfileCase } from '../../profiles/profile-case';
import { alarmsSince, EventKind, eventsSince, recordsSince, recordTimeS } from './observations';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Outage length of the buffering case, and the observation window of the back-off case. */
const OUTAGE_MS = 120_000;
const BACKOFF_WINDOW_MS = 300_000;
/**
 * Bounds on session attempts in the back-off window (WC-CONF-026). A chip that waits uniformly in
 * [0, min(300 s, 2^n s)] before attempt n makes at least 8 in 300 s, and more than 14 with a
 * probability below 10^-3; a chip retrying at a fixed interval of up to 20 s makes 15 or more.
 */
const MIN_ATTEMPTS = 3;
const MAX_ATTEMPTS = 14;

/** How far an event's time stamp may be from the platform's clock once synchronised. */
const CLOCK_TOLERANCE_MS = 5_000;

/**
 * Locks and unlocks the chip (each change is an event, WC-PROTO-013) and resolves to how far the
 * events' time stamps are from the platform's clock at their arrival, in ms.
 */
async function lockProbe(session: ChipSession): Promise<number> {
  const since = session.clock.now();
  const { platform } = session;
  platform.deliver(platform.sign({ lock: { locked: true, reason: 'clock probe' } }));
  platform.deliver(platform.sign({ lock: { locked: false, reason: 'clock probe' } }));
  await session.advance(1000);
  const events = [EventKind.EVENT_KIND_LOCKED, EventKind.EVENT_KIND_UNLOCKED].flatMap((kind) =>
    eventsSince(session, since, kind).filter((r) => r.live),
  );
  check(events.length === 2, 'lock and unlock produced no LOCKED and UNLOCKED events', 2, events.length);
  return Math.max(...events.map((r) => Math.abs((recordTimeS(r) ?? 0) * 1000 - r.t)));
}

/** Sequence and ack, buffering and backfill, log chain, alarm retransmission, time sync, back-off. */
export const RECORD_CASES: ProfileCase<ChipSession>[] = [
  {
    id: 'chip-sequence-ack',
    description:
      'Records carry gapless sequence numbers, transients carry 0, and acknowledged records are never sent again',
    requirements: ['WC-PROTO-009', 'WC-PROTO-033', 'WC-PROTO-036', 'WC-PROTO-037'],
    async run(session) {
      await session.ensureOnline();
      const since = session.clock.now();
      const uplinksBefore = session.platform.uplinks.length;
      await session.advance(60_000, 5000);
      const epoch = session.platform.currentEpoch();
      check(epoch !== undefined, 'the chip has no session');
      for (const uplink of session.platform.uplinks.slice(uplinksBefore)) {
        const { envelope } = uplink;
        const record = ['telemetry', 'location', 'alarm', 'arcSession', 'event'].includes(envelope.body.kind);
        check(
          record ? envelope.seq > 0 : envelope.seq === 0,
          `a ${envelope.body.kind} carries seq ${envelope.seq}`,
        );
      }
      const all = session.platform.epochRecords(epoch);
      const seqs = all.map((r) => r.seq);
      check(
        seqs.length > 0 && seqs.every((seq, i) => seq === i + 1),
        'the epoch has gaps in its sequence numbers',
        'seq 1..n',
        seqs.slice(0, 50),
      );
      const bytesBySeq = new Map<number, string>();
      const arrivals = new Map<number, number>();
      for (const record of session.platform.records.filter((r) => r.epoch === epoch)) {
        const previous = bytesBySeq.get(record.seq);
        check(
          previous === undefined || previous === hex(record.bytes),
          `seq ${record.seq} was used for two different records`,
        );
        bytesBySeq.set(record.seq, hex(record.bytes));
      }
      for (const record of recordsSince(session, since).filter((r) => r.epoch === epoch)) {
        arrivals.set(record.seq, (arrivals.get(record.seq) ?? 0) + 1);
        check(!(record.live && (arrivals.get(record.seq) ?? 0) > 1), `seq ${record.seq} was sent live twice`);
      }
      const repeated = [...arrivals].filter(([, count]) => count > 1).map(([seq]) => seq);
      check(repeated.length === 0, 'records acknowledged at once were sent again', [], repeated);
    },
  },
  {
    id: 'chip-outage-backfill',
    description: 'Records made during an enforced outage are kept and arrive afterwards, in backfills only',
    requirements: ['WC-PROTO-036', 'WC-PROTO-037', 'WC-CONF-026'],
    async run(session) {
      await session.ensureOnline();
      await session.advance(20_000, 5000);
      const epoch = session.platform.currentEpoch();
      // the chip's clock against the runner's, from the live records just before the outage
      const offsets = session.platform.records
        .filter((r) => r.live && r.body.kind !== 'telemetry' && recordTimeS(r) !== undefined)
        .slice(-5)
        .map((r) => r.t - (recordTimeS(r) ?? 0) * 1000);
      const offset =
        offsets.length === 0 ? 0 : (offsets.sort((a, b) => a - b)[Math.floor(offsets.length / 2)] ?? 0);
      const start = session.clock.now();
      await session.outage(true);
      try {
        await session.advance(OUTAGE_MS, 5000);
      } finally {
        await session.outage(false);
      }
      const end = session.clock.now();
      const backfillsBefore = session.platform.uplinks.length;
      // back online: the chip reconnects (its back-off may take minutes) and sends what it kept
      await session.ensureOnline();
      const made = (r: ObservedRecord) => {
        const t = recordTimeS(r);
        return t !== undefined && t * 1000 + offset >= start + 5000 && t * 1000 + offset <= end - 5000;
      };
      await session.advanceUntil(() => session.platform.records.some((r) => r.t >= end && made(r)), 60_000);
      const during = session.platform.records.filter((r) => r.epoch === epoch && r.t >= start && made(r));
      check(during.length > 0, 'no record made during the outage arrived after it');
      const live = during.filter((r) => r.live).map((r) => r.seq);
      check(live.length === 0, 'records made during the outage were sent live, not in a backfill', [], live);
      const seqs = [...new Set(during.map((r) => r.seq))].sort((a, b) => a - b);
      const first = seqs[0] ?? 0;
      const last = seqs.at(-1) ?? 0;
      const missing = [];
      for (let seq = first; seq <= last; seq++) {
        if (!session.platform.records.some((r) => r.epoch === epoch && r.seq === seq)) missing.push(seq);
      }
      check(missing.length === 0, 'records made during the outage were lost', [], missing);
      for (const uplink of session.platform.uplinks.slice(backfillsBefore)) {
        const { body } = uplink.envelope;
        if (body.kind !== 'backfill') continue;
        check(
          uplink.size <= MAX_ENVELOPE_BYTES,
          `a backfill of ${uplink.size} bytes exceeds ${MAX_ENVELOPE_BYTES}`,
        );
        const records: Uint8Array[] = body.value.records ?? [];
        const inner = records.map((bytes) => decodeEnvelope(bytes).seq);
        check(
          inner.every((seq, i) => i === 0 || seq > (inner[i - 1] ?? 0)),
          'a backfill is not in ascending seq',
          'ascending',
          inner,
        );
      }
    },
  },
  {
    id: 'chip-log-chain',
    description: "Every heartbeat's log head equals the hash chain over the records the chip sent",
    requirements: ['WC-PROTO-042'],
    async run(session) {
      await session.ensureOnline();
      const since = session.clock.now();
      const heartbeat = () =>
        session.platform.uplinks.some((u) => u.t >= since && u.envelope.body.kind === 'heartbeat');
      check(await session.advanceUntil(heartbeat, 130_000, 5000), 'no heartbeat in 130 s');
      let checked = 0;
      for (const uplink of session.platform.uplinks) {
        const { body } = uplink.envelope;
        const epoch = session.platform.currentEpoch();
        if (body.kind !== 'heartbeat' || !body.value.logSeq || epoch === undefined) continue;
        if (uplink.connection !== session.platform.connection) continue;
        const records = session.platform.epochRecords(epoch).filter((r) => r.seq <= (body.value.logSeq ?? 0));
        check(
          records.length === body.value.logSeq,
          `heartbeat reports log seq ${body.value.logSeq} but records are missing`,
          body.value.logSeq,
          records.length,
        );
        let head = logGenesis(session.chipId, epoch);
        for (const record of records) head = logNext(head, record.bytes);
        check(
          hex(head) === hex(body.value.logHead ?? new Uint8Array(0)),
          `log head at seq ${body.value.logSeq} differs from the chain over the records`,
          hex(head),
          hex(body.value.logHead ?? new Uint8Array(0)),
        );
        checked++;
      }
      check(checked > 0, 'no heartbeat with a log head to check');
    },
  },
  {
    id: 'chip-alarm-retransmission',
    description: 'An alarm is sent again, in backfills, until its alarm_ack arrives, and then no more',
    requirements: ['WC-PROTO-012', 'WC-PROTO-037'],
    async run(session) {
      await session.ensureOnline();
      const since = session.clock.now();
      const { platform } = session;
      platform.faults.withholdAlarmAcks = true;
      await session.control.require('cut-power');
      try {
        await session.advanceUntil(() => alarmsSince(session, since).length > 0, 5000);
        const alarm = alarmsSince(session, since)[0];
        if (alarm === undefined) throw new Error('prerequisite failed: no alarm after cutting mains power');
        const copies = () =>
          alarmsSince(session, since).filter((r) => r.seq === alarm.seq && r.epoch === alarm.epoch);
        await session.advanceUntil(() => copies().length >= 3, 120_000, 5000);
        check(
          copies().length >= 3,
          'the unacknowledged alarm was not sent again',
          '>= 3 arrivals in 120 s',
          copies().length,
        );
        check(
          copies()
            .slice(1)
            .every((r) => !r.live),
          'an alarm was retransmitted live, not in a backfill',
        );
        platform.faults.withholdAlarmAcks = false;
        const acked = () => platform.downlinks.some((d) => d.t >= since && d.kind === 'alarmAck');
        await session.advanceUntil(acked, 120_000, 5000);
        check(acked(), 'no retransmission arrived to acknowledge');
        const count = copies().length;
        await session.advance(60_000, 5000);
        check(
          copies().length === count,
          'the alarm was sent again after its alarm_ack',
          count,
          copies().length,
        );
      } finally {
        platform.faults.withholdAlarmAcks = false;
        await session.control.require('restore-power');
        await session.advance(1000);
      }
    },
  },
  {
    id: 'chip-time-sync',
    description: "The chip follows the platform's time sync and refuses a replayed one",
    requirements: ['WC-PROTO-051', 'WC-PROTO-055'],
    async run(session) {
      await session.ensureOnline();
      const { platform, clock } = session;
      clock.shift(120_000);
      const shifted = clock.now();
      const synced = () => platform.downlinks.find((d) => d.t >= shifted && d.kind === 'timeSync');
      await session.advanceUntil(() => synced() !== undefined, 60_000);
      const sync = synced();
      check(sync !== undefined, 'the platform had no live record to notice the clock difference');
      await session.advance(2000);
      const error = await lockProbe(session);
      check(
        error <= CLOCK_TOLERANCE_MS,
        'after a time sync the chip still stamps events with its old clock',
        `<= ${CLOCK_TOLERANCE_MS} ms`,
        error,
      );
      await session.advance(30_000);
      platform.replay(sync.bytes);
      const drift = await lockProbe(session);
      check(
        drift <= CLOCK_TOLERANCE_MS,
        'the chip applied a replayed time sync and turned its clock back',
        `<= ${CLOCK_TOLERANCE_MS} ms`,
        drift,
      );
    },
  },
  {
    id: 'chip-reconnect-backoff',
    description: 'While connections are refused the chip retries with exponential back-off, then reconnects',
    requirements: ['WC-PROTO-041', 'WC-CONF-026'],
    async run(session) {
      await session.ensureOnline();
      const { platform } = session;
      const before = platform.refusals.length;
      const start = session.clock.now();
      let enforced: boolean;
      try {
        enforced = await session.outage(true);
        if (enforced) await session.advance(BACKOFF_WINDOW_MS, 2000);
      } finally {
        await session.outage(false);
      }
      if (!enforced)
        throw new CaseSkipped(
          "this transport cannot refuse connections (a lab's broker): use the embedded broker or TCP",
        );
      const attempts = platform.refusals.slice(before).filter((t) => t < start + BACKOFF_WINDOW_MS).length;
      check(
        attempts >= MIN_ATTEMPTS,
        'the chip stopped trying to reconnect',
        `>= ${MIN_ATTEMPTS} attempts in 300 s`,
        attempts,
      );
      check(
        attempts <= MAX_ATTEMPTS,
        'the chip reconnects without exponential back-off',
        `<= ${MAX_ATTEMPTS} attempts in 300 s`,
        attempts,
      );
      await session.ensureOnline();
    },
  },
];
