import { loadVectors, type VectorCase } from '@weldcode/conformance';
import { bytesToHex, hexToBytes } from '@weldcode/crypto';
import { describe, expect, it } from 'vitest';
import {
  applyDirective,
  createMacKey,
  decodeEnvelope,
  decodeFrame,
  encodeFrame,
  openEnvelope,
  PlatformMachine,
  proto,
  sealEnvelope,
} from '../src/index';
import { codeOf } from './support/code-of';
import {
  type DirectiveState,
  directiveContext,
  envelopeToJson,
  outcomesOf,
  queuedRandom,
} from './support/vector-tools';

interface EnvelopeCase extends VectorCase {
  type: 'envelope';
  hex: string;
  json: Record<string, unknown>;
  sessionKey?: string;
  canonical: boolean;
}
interface EnvelopeErrorCase extends VectorCase {
  type: 'envelope-error';
  hex: string;
  error: string;
  sessionKey?: string;
}
interface FrameCase extends VectorCase {
  type: 'frame';
  hex: string;
  envelopeHex: string;
}
interface FrameErrorCase extends VectorCase {
  type: 'frame-error';
  hex: string;
  error: string;
}
interface DirectiveCase extends VectorCase, DirectiveState {
  type: 'directive';
  hex: string;
  expect: string;
}
interface SessionCase extends VectorCase {
  type: 'session';
  [field: string]: unknown;
}
type ProtocolCase =
  | EnvelopeCase
  | EnvelopeErrorCase
  | FrameCase
  | FrameErrorCase
  | DirectiveCase
  | SessionCase;

const cases = loadVectors<ProtocolCase>('protocol');
const of = <T extends ProtocolCase['type']>(type: T) =>
  cases.filter((c): c is Extract<ProtocolCase, { type: T }> => c.type === type);

describe('protocol vectors', () => {
  it('has at least 60 cases covering every body kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(
      of('envelope').map((c) => Object.keys(c.json).find((k) => k !== 'seq' && k !== 'mac')),
    );
    expect(kinds.size).toBe(24);
  });

  it.each(of('envelope'))('$id ($requirements)', (vector) => {
    const bytes = hexToBytes(vector.hex);
    const key = vector.sessionKey ? createMacKey(hexToBytes(vector.sessionKey)) : undefined;
    const envelope = key ? openEnvelope(bytes, key) : decodeEnvelope(bytes);
    expect(envelopeToJson(bytes)).toEqual(vector.json);
    if (vector.canonical) {
      // json -> bytes: through the library's own encoder (fast path included)
      const again = sealEnvelope({ seq: envelope.seq, body: envelope.body }, key);
      expect(bytesToHex(again)).toBe(vector.hex);
      const fromJson = proto.v1.Envelope.encode(proto.v1.Envelope.fromObject(vector.json)).finish();
      expect(bytesToHex(fromJson)).toBe(vector.hex);
    }
  });

  it.each(of('envelope-error'))('$id -> $error', (vector) => {
    const bytes = hexToBytes(vector.hex);
    const key = vector.sessionKey ? createMacKey(hexToBytes(vector.sessionKey)) : undefined;
    expect(codeOf(() => (key ? openEnvelope(bytes, key) : decodeEnvelope(bytes)))).toBe(vector.error);
  });

  it.each(of('frame'))('$id', (vector) => {
    expect(bytesToHex(decodeFrame(hexToBytes(vector.hex)))).toBe(vector.envelopeHex);
    expect(bytesToHex(encodeFrame(hexToBytes(vector.envelopeHex)))).toBe(vector.hex);
  });

  it.each(of('frame-error'))('$id -> $error', (vector) => {
    expect(codeOf(() => decodeFrame(hexToBytes(vector.hex)))).toBe(vector.error);
  });

  it.each(of('directive'))('$id -> $expect', (vector) => {
    const envelope = decodeEnvelope(hexToBytes(vector.hex));
    if (envelope.body.kind !== 'directive') throw new Error('not a directive');
    const outcome = applyDirective(envelope.body.value, directiveContext(vector));
    expect(outcome.ok ? outcome.action : outcome.code).toBe(vector.expect);
  });

  it.each(of('session'))('$id: handshake bytes, keys and uplink outcomes', (vector) => {
    const v = vector as unknown as Record<string, unknown> & {
      uplinks: { hex: string; outcomes: string[] }[];
    };
    const registered = v.registeredPublicKey as string;
    const platform = new PlatformMachine({
      secretKey: hexToBytes(v.platformSecretKey as string),
      lookupChip: () => (registered === '' ? undefined : hexToBytes(registered)),
      now: () => v.platformTimeMs as number,
      random: queuedRandom([
        hexToBytes(v.platformEphemeralSecret as string),
        hexToBytes(v.serverNonce as string),
      ]),
    });
    const challenge = platform.receive('conn', hexToBytes(v.hello as string)).send[0] as Uint8Array;
    expect(bytesToHex(challenge)).toBe(v.challenge);
    const authResult = platform.receive('conn', hexToBytes(v.authResponse as string)).send[0] as Uint8Array;
    expect(bytesToHex(authResult)).toBe(v.authResult);
    const opened = openEnvelope(authResult, createMacKey(hexToBytes(v.keyDown as string)));
    if (opened.body.kind !== 'authResult') throw new Error('not an authResult');
    expect(proto.v1.AuthStatus[opened.body.value.status as number]).toBe(v.authStatus);
    for (const uplink of v.uplinks) {
      expect(outcomesOf(platform.receive('conn', hexToBytes(uplink.hex)))).toEqual(uplink.outcomes);
    }
  });
});
