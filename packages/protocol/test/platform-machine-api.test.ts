import { describe, expect, it } from 'vitest';
import { decodeEnvelope, type EnvelopeBody } from '../src/index';
import { Link } from './support/harness';

const telemetry = (current: number): EnvelopeBody => ({
  kind: 'telemetry',
  value: { startS: 1_795_000_000, currentDa: [current], voltageDv: [240], states: 3 },
});

describe('PlatformMachine.restoreDurable', () => {
  it('WC-PROTO-056: records storage holds are acked at once and a retransmission is not ingested again', () => {
    const link = new Link();
    link.autoDurable = false;
    link.connect();
    const sent = [1000, 1001, 1002].map((current) => link.chip.record(telemetry(current)).send);
    for (const bytes of sent) link.deliver(bytes);
    const highest = Math.max(...link.ingested.map((r) => r.seq));
    expect(link.chip.buffer.records.length).toBeGreaterThan(0);

    // e.g. after a restart: storage says every record up to `highest` is stored
    const acks = link.platform.restoreDurable('WC-1', 1, highest);
    expect(acks.map((a) => a.chipId)).toEqual(['WC-1']);
    for (const bytes of acks[0]?.send ?? []) link.chip.receive(bytes);
    expect(link.chip.buffer.records).toHaveLength(0);

    const before = link.ingested.length;
    link.deliver(sent[1] as Uint8Array[]);
    expect(link.ingested.length).toBe(before);
    expect(link.errors).toContain('ERR_PROTO_REPLAYED');
  });

  it('WC-PROTO-056: a floor at or below what is known, or not a positive integer, changes nothing', () => {
    const link = new Link();
    link.connect();
    link.deliver(link.chip.record(telemetry(1000)).send);
    const highest = Math.max(...link.ingested.map((r) => r.seq));
    expect(link.platform.restoreDurable('WC-1', 1, highest)).toEqual([]);
    expect(link.platform.restoreDurable('WC-1', 1, 0)).toEqual([]);
    expect(link.platform.restoreDurable('WC-1', 1, Number.NaN)).toEqual([]);
    expect(link.platform.restoreDurable('WC-1', 1, 2.5)).toEqual([]);
  });

  it('WC-PROTO-056: without a live session the floor still rises, and the next ack carries it', () => {
    const link = new Link();
    link.autoDurable = false;
    expect(link.platform.restoreDurable('WC-1', 1, 50)).toEqual([]);
    link.connect();
    const record = link.chip.record(telemetry(1000)).send;
    link.deliver(record);
    const acks = link.platform.confirmDurable(link.ingested);
    const ack = decodeEnvelope(acks[0]?.send[0] as Uint8Array).body;
    expect(ack.kind).toBe('ack');
    expect((ack.value as { seq?: number }).seq).toBe(50);
  });
});

describe('PlatformMachine.forgetChainHistory', () => {
  it('WC-PROTO-043 WC-PROTO-034: sessions, acks and replay detection stay, and the chain goes on being checked', () => {
    const link = new Link();
    link.connect();
    const sent = [1000, 1001].map((current) => link.chip.record(telemetry(current)).send);
    for (const bytes of sent) link.deliver(bytes);
    link.platform.forgetChainHistory();
    expect(link.platform.isOnline('WC-1')).toBe(true);

    const before = link.ingested.length;
    link.deliver(sent[0] as Uint8Array[]);
    expect(link.ingested.length).toBe(before);
    expect(link.errors).toContain('ERR_PROTO_REPLAYED');

    // the chain continues from its latest head: an honest heartbeat raises nothing
    link.deliver(link.chip.record(telemetry(1002)).send);
    link.deliver(link.chip.heartbeat().send);
    expect(link.alerts).toEqual([]);
    // and a record rewritten after the trim is still caught by the next heartbeat
    link.platform.forgetChainHistory();
    link.tamperWhileOffline({
      kind: 'telemetry',
      value: { startS: 1_795_000_000, currentDa: [1000, 1, -1], voltageDv: [240, 0, 1], states: 0b111111 },
    });
    expect(link.alerts.map((a) => a.kind)).toEqual(['log-tamper']);
  });
});

describe('PlatformMachine hash-chain buffer', () => {
  it('WC-PROTO-057: an epoch missing its first record keeps at most 4,096 records waiting, and ingest goes on', () => {
    const link = new Link({ window: 1 << 30, bufferCapacity: 1 << 30 });
    link.connect();
    const before = link.ingested.length;
    link.up = false;
    link.deliver(link.chip.record(telemetry(999)).send); // this record never reaches the platform
    link.up = true;
    const total = 5000;
    for (let i = 0; i < total; i++) {
      // the chip would retransmit seq 1 in a backfill: keep it lost
      const send = link.chip.record(telemetry(1000 + (i % 50))).send;
      link.deliver(send.filter((bytes) => decodeEnvelope(bytes).body.kind !== 'backfill'));
    }
    expect(new Set(link.ingested.map((r) => r.seq)).size).toBe(before + total);
    const epoch = (
      link.platform as unknown as { epoch(c: string, e: number): { pendingChain: Map<number, Uint8Array> } }
    ).epoch('WC-1', 1);
    expect(epoch.pendingChain.size).toBe(4096);
  });
});

describe('PlatformMachine.sealDownlink', () => {
  it('WC-PROTO-058: seals a downlink the chip accepts; refuses offline chips, uplink kinds and handshake messages', () => {
    const link = new Link();
    expect(() =>
      link.platform.sealDownlink('WC-1', { kind: 'timeSync', value: { platformRxMs: 1, platformTxMs: 1 } }),
    ).toThrow(expect.objectContaining({ code: 'ERR_PROTO_NO_SESSION' }));
    link.connect();
    const now = link.clock;
    const bytes = link.platform.sealDownlink('WC-1', {
      kind: 'timeSync',
      value: { platformRxMs: now, platformTxMs: now },
    });
    expect(link.chip.receive(bytes).error).toBeUndefined();
    const tampered = bytes.slice();
    tampered[tampered.length - 1]! ^= 1;
    expect(link.chip.receive(tampered).error?.code).toBe('ERR_PROTO_BAD_MAC');
    for (const body of [telemetry(1), { kind: 'authResult', value: {} }] as EnvelopeBody[]) {
      expect(() => link.platform.sealDownlink('WC-1', body)).toThrow(
        expect.objectContaining({ code: 'ERR_PROTO_INVALID_FIELD' }),
      );
    }
  });
});
