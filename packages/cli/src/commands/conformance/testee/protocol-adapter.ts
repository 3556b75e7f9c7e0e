import { bytesToHex, hexToBytes } from '@weldcode/crypto';
import {
  applyDirective,
  createMacKey,
  type DirectiveContext,
  decodeEnvelope,
  decodeFrame,
  encodeFrame,
  envelopeToJson,
  openEnvelope,
  PlatformMachine,
  type PlatformOutput,
  proto,
  sealEnvelope,
} from '@weldcode/protocol';
import { errorOutcome } from './error-outcome';

type ProtocolVector = Record<string, unknown> & { type: string; hex: string };

function macKey(vector: ProtocolVector) {
  return typeof vector.sessionKey === 'string' ? createMacKey(hexToBytes(vector.sessionKey)) : undefined;
}

function openOrDecode(vector: ProtocolVector) {
  const key = macKey(vector);
  const bytes = hexToBytes(vector.hex);
  return key ? openEnvelope(bytes, key) : decodeEnvelope(bytes);
}

function directiveContext(v: Record<string, unknown>): DirectiveContext {
  const held = v.heldGrantId as string;
  return {
    chipId: v.chipId as string,
    nowS: v.nowS as number,
    locked: v.locked as boolean,
    configVersion: v.configVersion as number,
    geofenceVersion: v.geofenceVersion as number,
    grant: held
      ? { grantId: hexToBytes(held), workerId: '', permitId: '', notAfterS: 0, maxDurationS: 0 }
      : undefined,
    nonces: new Map((v.seenNonces as string[]).map((nonce) => [nonce, Number.MAX_SAFE_INTEGER])),
    platformKeys: (v.trustedKeys as string[]).map(hexToBytes),
  };
}

/** Random source handing out the vector's fixed values in order. */
function queuedRandom(values: Uint8Array[]): (length: number) => Uint8Array {
  const queue = [...values];
  return (length) => {
    const next = queue.shift();
    if (next === undefined || next.length !== length)
      throw new Error(`no queued random value of length ${length}`);
    return next;
  };
}

function outcomesOf(out: PlatformOutput): string[] {
  return [
    ...out.records.map((record) => (record.historical ? 'historical' : 'ingested')),
    ...out.messages.map(() => 'accepted'),
    ...out.errors.map((error) => error.code),
  ];
}

function session(v: Record<string, unknown>): unknown {
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
  const challenge = platform.receive('conn', hexToBytes(v.hello as string)).send[0] ?? new Uint8Array();
  const authResult =
    platform.receive('conn', hexToBytes(v.authResponse as string)).send[0] ?? new Uint8Array();
  const opened = openEnvelope(authResult, createMacKey(hexToBytes(v.keyDown as string)));
  const status =
    opened.body.kind === 'authResult' ? proto.v1.AuthStatus[opened.body.value.status as number] : undefined;
  const uplinks = (v.uplinks as { hex: string }[]).map((uplink) =>
    outcomesOf(platform.receive('conn', hexToBytes(uplink.hex))),
  );
  return {
    challenge: bytesToHex(challenge),
    authResult: bytesToHex(authResult),
    authStatus: status,
    uplinks,
  };
}

/** The protocol area of our testee (spec/conformance.md §5.1), run on @weldcode/protocol. */
export function protocolOutcome(vector: ProtocolVector): unknown {
  switch (vector.type) {
    case 'envelope': {
      const envelope = openOrDecode(vector);
      const json = envelopeToJson(hexToBytes(vector.hex));
      if (!vector.canonical) return { json };
      return {
        json,
        hex: bytesToHex(sealEnvelope({ seq: envelope.seq, body: envelope.body }, macKey(vector))),
      };
    }
    case 'envelope-error':
      return errorOutcome(() => openOrDecode(vector));
    case 'frame':
      return {
        envelopeHex: bytesToHex(decodeFrame(hexToBytes(vector.hex))),
        hex: bytesToHex(encodeFrame(hexToBytes(vector.envelopeHex as string))),
      };
    case 'frame-error':
      return errorOutcome(() => decodeFrame(hexToBytes(vector.hex)));
    case 'directive': {
      const envelope = decodeEnvelope(hexToBytes(vector.hex));
      if (envelope.body.kind !== 'directive') return { result: 'not-a-directive' };
      const outcome = applyDirective(envelope.body.value, directiveContext(vector));
      return { result: outcome.ok ? outcome.action : outcome.code };
    }
    case 'session':
      return session(vector);
    default:
      return undefined;
  }
}
