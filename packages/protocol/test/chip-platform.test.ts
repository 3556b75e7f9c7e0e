import { describe, expect, it } from 'vitest';
import { decodeEnvelope, type EnvelopeBody, ReconnectBackoff, sealEnvelope } from '../src/index';
import { Link } from './support/harness';

const telemetry = (current: number): EnvelopeBody => ({
  kind: 'telemetry',
  value: { startS: 1_795_000_000, currentDa: [current, 1, -1], voltageDv: [240, 0, 1], states: 0b111111 },
});

describe('chip and platform state machines', () => {
  it('WC-PROTO-009, WC-PROTO-033: records are numbered from 1 in each boot epoch', () => {
    const link = new Link({ bootEpoch: 9 });
    link.connect();
    link.deliver(link.chip.record(telemetry(1000)).send);
    expect(link.ingested.map((r) => [r.epoch, r.seq, r.body.kind])).toEqual([
      [9, 1, 'event'],
      [9, 2, 'telemetry'],
    ]);
    const rebooted = link.newChip({ bootEpoch: 10 });
    link.connect(rebooted, 'c2');
    expect(link.ingested.filter((r) => r.epoch === 10).map((r) => r.seq)).toEqual([1]);
  });

  it('WC-PROTO-054: a reboot keeps lock state and unacknowledged records, opens the relay, backfills the old epoch', () => {
    const link = new Link({ bootEpoch: 3 });
    link.connect();
    const grantId = new Uint8Array(16).fill(1);
    const send = (d: Parameters<typeof link.platform.sendDirective>[1]) =>
      link.deliver(link.chip.receive(link.platform.sendDirective('WC-1', d)).send);
    send({ grant: { grantId, notAfterS: link.clock / 1000 + 3600 } });
    expect(link.chip.relayClosed).toBe(true);
    send({ lock: { locked: true } });
    link.up = false;
    link.chip.record(telemetry(1));
    link.chip.record(telemetry(2));
    const snapshot = link.chip.snapshot();
    expect(snapshot.records).toHaveLength(2);
    expect(() => link.newChip({ bootEpoch: 3, restore: snapshot })).toThrow(/boot epoch/);
    const rebooted = link.newChip({ bootEpoch: 4, restore: snapshot });
    expect(rebooted.relayClosed).toBe(false);
    expect(rebooted.locked).toBe(true);
    link.up = true;
    link.connect(rebooted, 'c2');
    const old = link.ingested.filter((r) => r.epoch === 3 && r.body.kind === 'telemetry');
    expect(old.map((r) => [r.seq, r.historical])).toEqual([
      [old[0]?.seq, true],
      [(old[0]?.seq ?? 0) + 1, true],
    ]);
    expect(rebooted.buffer.records).toHaveLength(0);
    const refused = rebooted.receive(
      link.platform.sendDirective('WC-1', { grant: { grantId, notAfterS: link.clock / 1000 + 60 } }),
    );
    expect(refused.directive).toMatchObject({ ok: false, code: 'ERR_PROTO_LOCKED' });
  });

  it('WC-PROTO-035, WC-PROTO-036: acks come only after durability, and free the buffer', () => {
    const link = new Link();
    link.autoDurable = false;
    link.connect();
    link.deliver(link.chip.record(telemetry(1000)).send);
    expect(link.chip.buffer.records).toHaveLength(2);
    const acks = link.platform.confirmDurable(link.ingested);
    expect(acks).toHaveLength(1);
    for (const bytes of acks[0]?.send ?? []) link.chip.receive(bytes);
    expect(link.chip.buffer.records).toHaveLength(0);
  });

  it('WC-PROTO-034: a replayed record is acknowledged again but ingested once', () => {
    const link = new Link();
    link.connect();
    const live = link.chip.record(telemetry(1000)).send;
    link.deliver(live);
    link.deliver(live);
    expect(link.ingested.filter((r) => r.body.kind === 'telemetry')).toHaveLength(1);
    expect(link.errors).toEqual(['ERR_PROTO_REPLAYED']);
  });

  it('WC-PROTO-037, WC-PROTO-038: records made offline are backfilled after reconnect and marked historical', () => {
    const link = new Link();
    link.connect();
    link.deliver(link.chip.record(telemetry(1000)).send);
    link.chip.disconnect();
    link.platform.disconnect('c1');
    for (let i = 0; i < 50; i++) {
      link.clock += 1000;
      expect(link.chip.record(telemetry(1000 + i)).send).toEqual([]);
    }
    expect(link.chip.buffer.records).toHaveLength(50);
    link.connect(link.chip, 'c2');
    const telemetries = link.ingested.filter((r) => r.body.kind === 'telemetry');
    expect(telemetries).toHaveLength(51);
    expect(telemetries.slice(1).every((r) => r.historical)).toBe(true);
    expect(telemetries[0]?.historical).toBe(false);
    expect(link.chip.buffer.records).toHaveLength(0);
  });

  it('WC-PROTO-037: records not acknowledged in time are resent in a backfill, never live again', () => {
    const link = new Link();
    link.connect();
    link.up = false;
    const first = link.chip.record(telemetry(1000)).send;
    expect(decodeEnvelope(first[0] as Uint8Array).body.kind).toBe('telemetry');
    link.up = true;
    link.clock += 11_000;
    const retry = link.chip.tick().send;
    expect(retry.map((bytes) => decodeEnvelope(bytes).body.kind)).toEqual(['backfill']);
    link.deliver(retry);
    expect(link.ingested.find((r) => r.body.kind === 'telemetry')?.historical).toBe(true);
  });

  it('WC-PROTO-038: a live record below the highest seq seen is historical', () => {
    const link = new Link();
    link.connect();
    const a = link.chip.record(telemetry(1)).send;
    const b = link.chip.record(telemetry(2)).send;
    link.deliver(b);
    link.deliver(a);
    const [second, first] = link.ingested.filter((r) => r.body.kind === 'telemetry');
    expect(second?.historical).toBe(false);
    expect(first?.historical).toBe(true);
  });

  it('WC-PROTO-039: at most 32 live records in flight; a nack pauses sending', () => {
    const link = new Link();
    link.connect();
    link.up = false;
    let sent = 0;
    for (let i = 0; i < 40; i++) sent += link.chip.record(telemetry(i)).send.length;
    expect(sent).toBe(32);
    link.up = true;
    const nack = link.platform.nack('WC-1', 5000);
    link.chip.receive(nack[0] as Uint8Array);
    link.clock += 1000;
    expect(link.chip.record(telemetry(99)).send).toEqual([]);
    expect(link.chip.tick().send).toEqual([]);
    link.clock += 5000;
    expect(link.chip.tick().send.length).toBeGreaterThan(0);
  });

  it('WC-PROTO-052: the platform nacks with BUSY and a retry delay', () => {
    const link = new Link();
    link.connect();
    const [bytes] = link.platform.nack('WC-1', 2500);
    const body = decodeEnvelope(bytes as Uint8Array).body;
    expect(body).toMatchObject({ kind: 'nack', value: { reason: 1, retryAfterMs: 2500 } });
  });

  it('WC-PROTO-037: a record too large to be backfilled alone is refused when created', () => {
    const link = new Link();
    const huge: EnvelopeBody = { kind: 'event', value: { kind: 1, reason: 'x'.repeat(4050) } };
    expect(() => link.chip.record(huge)).toThrow(/at most 4032 bytes/);
    expect(link.chip.chain.seq).toBe(1);
    link.chip.record({ kind: 'event', value: { kind: 1, reason: 'x'.repeat(4000) } });
    expect(link.chip.chain.seq).toBe(2);
    link.connect();
    expect(link.ingested.map((r) => r.seq)).toEqual([1, 2]);
  });

  it('WC-PROTO-040: a full buffer evicts telemetry before events and alarms', () => {
    const link = new Link({ bufferCapacity: 4 });
    link.chip.observeArc(500);
    for (let i = 0; i < 5; i++) link.chip.record(telemetry(i));
    expect(link.chip.buffer.records.map((r) => r.kind)).toEqual(['event', 'alarm', 'telemetry', 'telemetry']);
    expect(link.chip.buffer.evicted).toBe(3);
  });

  it('WC-PROTO-041: reconnect delays are jittered, capped and reset after a long session', () => {
    let r = 0.999;
    const backoff = new ReconnectBackoff({ random: () => r });
    const ceilings: number[] = [];
    for (let i = 0; i < 12; i++) {
      ceilings.push(backoff.ceiling());
      expect(backoff.next()).toBeLessThanOrEqual(ceilings[i] as number);
    }
    expect(ceilings.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...ceilings)).toBe(300_000);
    r = 0;
    expect(backoff.next()).toBe(0);
    backoff.sessionEnded(59_000);
    expect(backoff.ceiling()).toBe(300_000);
    backoff.sessionEnded(60_000);
    expect(backoff.ceiling()).toBe(1000);
  });

  it('WC-PROTO-042, WC-PROTO-043: heartbeat heads match the platform chain; an altered record is caught', () => {
    const link = new Link();
    link.connect();
    for (let i = 0; i < 3; i++) link.deliver(link.chip.record(telemetry(i)).send);
    link.deliver(link.chip.heartbeat().send);
    expect(link.alerts).toEqual([]);

    const tampered = new Link();
    tampered.connect();
    tampered.tamperWhileOffline(telemetry(1000));
    expect(tampered.alerts.map((a) => a.kind)).toContain('log-tamper');
  });

  it('WC-PROTO-043: a heartbeat ahead of the records received reports a gap', () => {
    const link = new Link();
    link.connect();
    link.up = false;
    link.chip.record(telemetry(1));
    link.up = true;
    link.deliver(link.chip.heartbeat().send);
    expect(link.alerts.map((a) => a.kind)).toEqual(['log-gap']);
  });

  it('WC-PROTO-012: an alarm is repeated until its alarm ack, even after the cumulative ack', () => {
    const link = new Link();
    link.autoDurable = false;
    link.connect();
    link.deliver(link.chip.observeArc(800).send);
    const alarm = link.ingested.find((r) => r.body.kind === 'alarm');
    expect(alarm).toBeDefined();
    const acks = link.platform.confirmDurable(link.ingested.filter((r) => r.body.kind !== 'alarm'));
    for (const bytes of acks[0]?.send ?? []) link.chip.receive(bytes);
    expect(link.chip.buffer.records.map((r) => r.kind)).toEqual(['alarm']);
    link.clock += 11_000;
    expect(link.chip.tick().send).toHaveLength(1);
    const alarmAcks = link.platform.confirmDurable([alarm as NonNullable<typeof alarm>]);
    for (const bytes of alarmAcks[0]?.send ?? []) link.chip.receive(bytes);
    expect(link.chip.buffer.records).toHaveLength(0);
  });

  it('WC-PROTO-050: arc current with the relay open raises ARC_WITHOUT_GRANT once per episode', () => {
    const link = new Link();
    link.connect();
    link.deliver(link.chip.observeArc(800).send);
    link.deliver(link.chip.observeArc(900).send);
    link.deliver(link.chip.observeArc(0).send);
    link.deliver(link.chip.observeArc(700).send);
    const alarms = link.ingested.filter((r) => r.body.kind === 'alarm');
    expect(alarms).toHaveLength(2);
    expect(alarms[0]?.body.value).toMatchObject({ kind: 5, value: 800 });
  });

  it('WC-PROTO-051: time sync corrects the chip clock', () => {
    const link = new Link();
    link.connect();
    const skewed = link.newChip({ now: () => link.clock - 3_600_000, bootEpoch: 2 });
    link.connect(skewed, 'c2');
    expect(Math.abs(skewed.now() - link.clock)).toBeLessThan(1000);
    skewed.clockOffsetMs = 0;
    link.deliver(skewed.requestTimeSync().send, 'c2', skewed);
    expect(Math.abs(skewed.now() - link.clock)).toBeLessThan(1000);
  });

  it('WC-PROTO-051: a live record stamped far from platform time triggers an unprompted time sync', () => {
    const link = new Link();
    link.connect();
    link.chip.clockOffsetMs = -120_000; // the chip's clock drifted two minutes behind
    link.deliver(link.chip.observeArc(800).send); // an alarm stamped with the chip's clock
    expect(Math.abs(link.chip.now() - link.clock)).toBeLessThan(1000);
    const events = link.ingested
      .filter((r) => r.body.kind === 'event')
      .map((r) => (r.body.value as { kind: number }).kind);
    expect(events).toContain(15); // EVENT_KIND_TIME_SYNCED
  });

  it('WC-PROTO-055: a replayed or unsolicited-echo time sync is refused and leaves the clock alone', () => {
    const link = new Link();
    link.connect();
    const request = link.chip.requestTimeSync().send[0] as Uint8Array;
    const [reply] = link.platform.receive('c1', request).send;
    expect(link.chip.receive(reply as Uint8Array).error).toBeUndefined();
    const offset = link.chip.clockOffsetMs;
    link.clock += 3_600_000;
    const replayed = link.chip.receive(reply as Uint8Array);
    expect(replayed.error?.code).toBe('ERR_PROTO_REPLAYED');
    expect(link.chip.clockOffsetMs).toBe(offset);
  });

  it('WC-PROTO-031: a MAC made with the wrong direction key is refused', () => {
    const link = new Link();
    link.connect();
    const forged = sealEnvelope({ seq: 0, body: { kind: 'heartbeat', value: { uptimeS: 1 } } }, undefined);
    expect(link.platform.receive('c1', forged).errors.map((e) => e.code)).toEqual(['ERR_PROTO_BAD_MAC']);
  });
});
