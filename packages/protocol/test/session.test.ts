import { ed25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import {
  answerChallenge,
  answerHello,
  checkAuthResponse,
  createHello,
  decodeEnvelope,
  encodeEnvelope,
  proto,
  signRegisterRequest,
  verifyRegisterRequest,
} from '../src/index';
import { codeOf } from './support/code-of';
import { Link, seededRandom, seedKey } from './support/harness';

const platform = seedKey('platform');
const chip = seedKey('chip');

describe('handshake', () => {
  it('WC-PROTO-026, WC-PROTO-007: hello carries fresh nonce, X25519 key and the supported versions', () => {
    const random = seededRandom('x');
    const a = createHello('WC-1', 4, random);
    const b = createHello('WC-1', 4, random);
    const hello = decodeEnvelope(a.bytes).body;
    expect(hello.kind).toBe('hello');
    if (hello.kind !== 'hello') return;
    expect(hello.value.versions).toEqual([1]);
    expect(hello.value.clientNonce).toHaveLength(16);
    expect(hello.value.ephemeralKey).toHaveLength(32);
    expect(a.bytes).not.toEqual(b.bytes);
  });

  it('WC-PROTO-007: a hello without a common version is refused', () => {
    const bytes = encodeEnvelope({
      seq: 0,
      body: {
        kind: 'hello',
        value: {
          chipId: 'WC-1',
          versions: [2],
          clientNonce: new Uint8Array(16),
          ephemeralKey: new Uint8Array(32).fill(9),
        },
      },
    });
    expect(codeOf(() => answerHello(bytes, platform, 0, seededRandom('p')))).toBe('ERR_PROTO_HANDSHAKE');
  });

  it('both sides derive the same direction keys; the chip proves its key', () => {
    const hello = createHello('WC-1', 1, seededRandom('c'));
    const pending = answerHello(hello.bytes, platform, 123, seededRandom('p'));
    const answer = answerChallenge(hello, pending.challenge, chip.secretKey, [platform.publicKey]);
    expect(answer.keys).toEqual(pending.keys);
    expect(answer.keys.up).not.toEqual(answer.keys.down);
    expect(answer.platformTimeMs).toBe(123);
    expect(() => checkAuthResponse(pending, answer.response, chip.publicKey)).not.toThrow();
    expect(codeOf(() => checkAuthResponse(pending, answer.response, seedKey('other').publicKey))).toBe(
      'ERR_PROTO_BAD_SIGNATURE',
    );
  });

  it('WC-PROTO-027: a challenge from an untrusted key or with a bad signature is refused', () => {
    const hello = createHello('WC-1', 1, seededRandom('c'));
    const pending = answerHello(hello.bytes, platform, 123, seededRandom('p'));
    expect(
      codeOf(() => answerChallenge(hello, pending.challenge, chip.secretKey, [seedKey('x').publicKey])),
    ).toBe('ERR_PROTO_UNKNOWN_KEY');
    const body = decodeEnvelope(pending.challenge).body;
    if (body.kind !== 'challenge') throw new Error('not a challenge');
    const forged = encodeEnvelope({
      seq: 0,
      body: { kind: 'challenge', value: { ...body.value, platformTimeMs: 999 } },
    });
    expect(codeOf(() => answerChallenge(hello, forged, chip.secretKey, [platform.publicKey]))).toBe(
      'ERR_PROTO_BAD_SIGNATURE',
    );
  });

  it('WC-PROTO-028: unknown chips and wrong keys end the handshake with their status', () => {
    const link = new Link();
    link.registry.delete('WC-1');
    link.connect();
    expect(link.alerts.map((a) => a.kind)).toEqual(['unknown-chip']);
    expect(link.chip.status).toBe('offline');
    expect(link.chipErrors).toEqual(['ERR_PROTO_HANDSHAKE']);

    const impostor = new Link();
    impostor.registry.set('WC-1', seedKey('registered').publicKey);
    impostor.connect();
    expect(impostor.alerts.map((a) => a.kind)).toEqual(['bad-signature']);
    expect(impostor.platform.isOnline('WC-1')).toBe(false);
  });

  it('WC-PROTO-029: a boot epoch lower than one already seen is refused as stale', () => {
    const link = new Link({ bootEpoch: 5 });
    link.connect();
    expect(link.platform.isOnline('WC-1')).toBe(true);
    const old = link.newChip({ bootEpoch: 4 });
    link.connect(old, 'c2');
    expect(link.alerts.map((a) => a.kind)).toContain('stale-epoch');
    expect(old.status).toBe('offline');
  });

  it('WC-PROTO-030: a second live session of one chip raises a clone alert and retires the first', () => {
    const link = new Link();
    link.connect();
    const clone = link.newChip({ random: seededRandom('clone') });
    link.connect(clone, 'c2');
    expect(link.alerts.map((a) => a.kind)).toEqual(['duplicate-session']);
    const out = link.platform.receive('c1', link.chip.heartbeat().send[0] as Uint8Array);
    expect(out.errors.map((e) => e.code)).toEqual(['ERR_PROTO_NO_SESSION']);
  });

  it('WC-PROTO-031: before the handshake records are refused with ERR_PROTO_NO_SESSION', () => {
    const link = new Link();
    const record = encodeEnvelope({ seq: 1, body: { kind: 'event', value: { kind: 1 } } });
    const out = link.platform.receive('c9', record);
    expect(out.errors.map((e) => e.code)).toEqual(['ERR_PROTO_NO_SESSION']);
  });

  it('WC-PROTO-032: sixteen bad MACs end the session', () => {
    const link = new Link();
    link.connect();
    const good = link.chip.heartbeat().send[0] as Uint8Array;
    const bad = good.slice();
    bad[bad.length - 1] = (bad[bad.length - 1] as number) ^ 0xff;
    for (let i = 0; i < 16; i++) {
      expect(link.platform.receive('c1', bad).errors[0]?.code).toBe('ERR_PROTO_BAD_MAC');
    }
    expect(link.platform.isOnline('WC-1')).toBe(false);
  });
});

describe('registration', () => {
  it('WC-PROTO-024: the request proves possession of the chip key', () => {
    const request = signRegisterRequest(
      {
        chipId: 'WC-1',
        publicKey: chip.publicKey,
        machineSerial: 'ZX7-400',
        machineKind: 1,
        nonce: new Uint8Array(16),
      },
      chip.secretKey,
    );
    expect(verifyRegisterRequest(request)).toBe(true);
    expect(verifyRegisterRequest({ ...request, machineSerial: 'ZX7-401' })).toBe(false);
    expect(verifyRegisterRequest({ ...request, publicKey: seedKey('x').publicKey })).toBe(false);
    expect(proto.v1.RegisterStatus.REGISTER_STATUS_ID_TAKEN).toBe(4);
  });

  it('WC-PROTO-025: verification is strict: a signature with S + L (non-canonical) is invalid', () => {
    const request = signRegisterRequest(
      { chipId: 'WC-1', publicKey: chip.publicKey, nonce: new Uint8Array(16) },
      chip.secretKey,
    );
    const signature = request.signature as Uint8Array;
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 31; i >= 0; i--) s = (s << 8n) | BigInt(signature[32 + i] as number);
    s += L;
    const malleable = signature.slice();
    for (let i = 0; i < 32; i++) malleable[32 + i] = Number((s >> BigInt(8 * i)) & 0xffn);
    expect(verifyRegisterRequest({ ...request, signature: malleable })).toBe(false);
    expect(verifyRegisterRequest({ ...request, signature: signature.subarray(0, 63) })).toBe(false);
    expect(ed25519.verify(signature, new Uint8Array(1), chip.publicKey)).toBe(false);
  });
});
