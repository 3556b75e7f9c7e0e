import { equalBytes, keyId, sign, verify, x25519PublicKey, x25519SharedSecret } from '../crypto-port';
import type { BodyKind } from '../envelope/body-kinds';
import type { DecodedEnvelope } from '../envelope/envelope-codec';
import { decodeEnvelope, encodeEnvelope } from '../envelope/envelope-codec';
import { PROTOCOL_VERSION } from '../envelope/limits';
import type { BodyOf } from '../envelope/messages';
import { ProtocolError } from '../protocol-error';
import { authTranscript, challengeTranscript, deriveSessionKeys, type SessionKeys } from './transcripts';

/** Source of random bytes; injectable so that vectors and simulations are reproducible. */
export type RandomSource = (length: number) => Uint8Array;

function expectBody<K extends BodyKind>(envelope: DecodedEnvelope, kind: K): BodyOf<K> {
  if (envelope.body.kind !== kind) {
    throw new ProtocolError('ERR_PROTO_HANDSHAKE', `expected ${kind}, got ${envelope.body.kind}`);
  }
  return envelope.body.value as BodyOf<K>;
}

function bytesOf(value: Uint8Array | null | undefined, length: number, what: string): Uint8Array {
  if (!value || value.length !== length) {
    throw new ProtocolError('ERR_PROTO_INVALID_FIELD', `${what} must be ${length} bytes`);
  }
  return value;
}

/** The chip's half-finished handshake: what it sent and the ephemeral secret it must erase. */
export interface ChipHello {
  bytes: Uint8Array;
  ephemeralSecret: Uint8Array;
}

/** Step 1 (chip): `hello` with a fresh nonce and X25519 key (WC-PROTO-026). */
export function createHello(chipId: string, bootEpoch: number, random: RandomSource): ChipHello {
  const ephemeralSecret = random(32);
  const bytes = encodeEnvelope({
    seq: 0,
    body: {
      kind: 'hello',
      value: {
        chipId,
        bootEpoch,
        clientNonce: random(16),
        ephemeralKey: x25519PublicKey(ephemeralSecret),
        versions: [PROTOCOL_VERSION],
      },
    },
  });
  return { bytes, ephemeralSecret };
}

/** The platform's half-finished handshake with one connection. */
export interface PendingSession {
  chipId: string;
  bootEpoch: number;
  hello: Uint8Array;
  challenge: Uint8Array;
  keys: SessionKeys;
}

/**
 * Step 2 (platform): checks `hello`, answers with a signed `challenge` and derives the session
 * keys it will use once the chip proves its identity.
 */
export function answerHello(
  helloBytes: Uint8Array,
  platform: { secretKey: Uint8Array; publicKey: Uint8Array },
  platformTimeMs: number,
  random: RandomSource,
): PendingSession {
  const hello = expectBody(decodeEnvelope(helloBytes), 'hello');
  if (!(hello.versions ?? []).includes(PROTOCOL_VERSION)) {
    throw new ProtocolError('ERR_PROTO_HANDSHAKE', 'no common protocol version', {
      details: { versions: hello.versions },
    });
  }
  const chipEphemeral = bytesOf(hello.ephemeralKey, 32, 'hello.ephemeralKey');
  bytesOf(hello.clientNonce, 16, 'hello.clientNonce');
  const ephemeralSecret = random(32);
  const ephemeralKey = x25519PublicKey(ephemeralSecret);
  const serverNonce = random(16);
  const signature = sign(
    challengeTranscript(helloBytes, serverNonce, ephemeralKey, platformTimeMs, PROTOCOL_VERSION),
    platform.secretKey,
  );
  const challenge = encodeEnvelope({
    seq: 0,
    body: {
      kind: 'challenge',
      value: {
        serverNonce,
        ephemeralKey,
        platformTimeMs,
        version: PROTOCOL_VERSION,
        platformKeyId: keyId(platform.publicKey),
        signature,
      },
    },
  });
  const shared = sharedSecret(ephemeralSecret, chipEphemeral);
  ephemeralSecret.fill(0);
  return {
    chipId: hello.chipId ?? '',
    bootEpoch: hello.bootEpoch ?? 0,
    hello: helloBytes,
    challenge,
    keys: deriveSessionKeys(shared, helloBytes, challenge),
  };
}

function sharedSecret(secret: Uint8Array, peer: Uint8Array): Uint8Array {
  try {
    return x25519SharedSecret(secret, peer);
  } catch (cause) {
    // a low-order point gives an all-zero secret, which both backends refuse (ERR_CRYPTO_WEAK_KEY)
    throw new ProtocolError('ERR_PROTO_HANDSHAKE', 'unusable X25519 key', { cause });
  }
}

/**
 * Step 3 (chip): verifies the platform's `challenge` (WC-PROTO-027), derives the session keys and
 * signs the transcript with the chip key.
 */
export function answerChallenge(
  hello: ChipHello,
  challengeBytes: Uint8Array,
  chipSecretKey: Uint8Array,
  trustedPlatformKeys: readonly Uint8Array[],
): { response: Uint8Array; keys: SessionKeys; platformTimeMs: number } {
  const challenge = expectBody(decodeEnvelope(challengeBytes), 'challenge');
  const id = challenge.platformKeyId ?? new Uint8Array(0);
  const platformKey = trustedPlatformKeys.find((key) => equalBytes(keyId(key), id));
  if (platformKey === undefined)
    throw new ProtocolError('ERR_PROTO_UNKNOWN_KEY', 'challenge from an unknown platform key');
  const serverNonce = bytesOf(challenge.serverNonce, 16, 'challenge.serverNonce');
  const ephemeralKey = bytesOf(challenge.ephemeralKey, 32, 'challenge.ephemeralKey');
  const platformTimeMs = challenge.platformTimeMs ?? 0;
  const transcript = challengeTranscript(
    hello.bytes,
    serverNonce,
    ephemeralKey,
    platformTimeMs,
    challenge.version ?? 0,
  );
  if (!verify(challenge.signature ?? new Uint8Array(0), transcript, platformKey)) {
    throw new ProtocolError('ERR_PROTO_BAD_SIGNATURE', 'challenge signature invalid');
  }
  const keys = deriveSessionKeys(
    sharedSecret(hello.ephemeralSecret, ephemeralKey),
    hello.bytes,
    challengeBytes,
  );
  hello.ephemeralSecret.fill(0);
  const response = encodeEnvelope({
    seq: 0,
    body: {
      kind: 'authResponse',
      value: { signature: sign(authTranscript(hello.bytes, challengeBytes), chipSecretKey) },
    },
  });
  return { response, keys, platformTimeMs };
}

/** Step 4 (platform): verifies the chip's signature with its registered key (WC-PROTO-028). */
export function checkAuthResponse(
  pending: PendingSession,
  responseBytes: Uint8Array,
  chipPublicKey: Uint8Array,
): void {
  const response = expectBody(decodeEnvelope(responseBytes), 'authResponse');
  if (
    !verify(
      response.signature ?? new Uint8Array(0),
      authTranscript(pending.hello, pending.challenge),
      chipPublicKey,
    )
  ) {
    throw new ProtocolError('ERR_PROTO_BAD_SIGNATURE', 'auth response signature invalid');
  }
}
