import { concatBytes, sha256 } from '../crypto-port';

const encoder = new TextEncoder();

/** `label` as ASCII followed by one zero byte: domain separation for every signature and hash. */
export function context(label: string): Uint8Array {
  return concatBytes(encoder.encode(label), new Uint8Array([0]));
}

function u64be(value: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value));
  return out;
}

export function u32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

/** What the platform signs in `Challenge.signature` (spec 6.2). */
export function challengeTranscript(
  hello: Uint8Array,
  serverNonce: Uint8Array,
  ephemeralKey: Uint8Array,
  platformTimeMs: number,
  version: number,
): Uint8Array {
  return concatBytes(
    context('weldcode/v1 challenge'),
    sha256(hello),
    serverNonce,
    ephemeralKey,
    u64be(platformTimeMs),
    u32be(version),
  );
}

/** What the chip signs in `AuthResponse.signature` (spec 6.2). */
export function authTranscript(hello: Uint8Array, challenge: Uint8Array): Uint8Array {
  return concatBytes(context('weldcode/v1 auth'), sha256(hello), sha256(challenge));
}

/** The two 32-byte session keys of one connection. */
export interface SessionKeys {
  /** Chip -> platform MAC key. */
  up: Uint8Array;
  /** Platform -> chip MAC key. */
  down: Uint8Array;
}

/** `K_up` and `K_down` from the X25519 secret and both handshake messages (spec 6.2). */
export function deriveSessionKeys(shared: Uint8Array, hello: Uint8Array, challenge: Uint8Array): SessionKeys {
  const th = sha256(concatBytes(hello, challenge));
  return {
    up: sha256(concatBytes(context('weldcode/v1 up'), shared, th)),
    down: sha256(concatBytes(context('weldcode/v1 down'), shared, th)),
  };
}
