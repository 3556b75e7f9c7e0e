import { randomBytes } from 'node:crypto';
import { getPublicKey } from '@weldcode/crypto';
import {
  BODY_KINDS,
  type DecodedEnvelope,
  type Directive,
  decodeEnvelope,
  type EnvelopeBody,
  type PlatformAlert,
  PlatformMachine,
  proto,
  type SignedDirective,
  signDirective,
} from '@weldcode/protocol';
import type { PlatformTransport, TransportHandlers } from './platform-transports';

/** One record the chip sent, live or inside a backfill, as the runner saw it. */
export interface ObservedRecord {
  epoch: number;
  seq: number;
  body: EnvelopeBody;
  live: boolean;
  /** Runner clock (ms) at arrival. */
  t: number;
  /** The record's envelope bytes without MAC: what the hash chain covers. */
  bytes: Uint8Array;
}

/** One envelope the chip sent. */
export interface ObservedUplink {
  t: number;
  connection: string;
  envelope: DecodedEnvelope;
  size: number;
}

/** A `hello`: one session attempt of the chip. */
export interface SessionAttempt {
  t: number;
  connection: string;
  bootEpoch: number;
  nonce: string;
  versions: number[];
}

/** Faults the runner's platform injects (spec/conformance.md §6.3). */
export interface PlatformFaults {
  /** Platform unreachable: nothing is processed or answered (the transport refuses connections where it can). */
  outage: boolean;
  /** The next hello is answered with a challenge signed by a key the chip does not trust. */
  foreignChallenge: boolean;
  /** No `alarm_ack` is sent. */
  withholdAlarmAcks: boolean;
}

const MAC_TAIL = 11;

/** A live record's bytes as the hash chain covers them: the envelope without its MAC field. */
function withoutMac(bytes: Uint8Array): Uint8Array {
  const at = bytes.length - MAC_TAIL;
  return at >= 0 && bytes[at] === 0xfa && bytes[at + 1] === 0x7f && bytes[at + 2] === 0x08
    ? bytes.subarray(0, at)
    : bytes;
}

/**
 * The platform the runner plays in the chip profile: `@weldcode/protocol`'s `PlatformMachine`
 * (records durable as soon as they arrive) plus a log of everything the chip sent, the sessions
 * it attempted, and switches for the faults the cases inject.
 */
export class LabPlatform implements TransportHandlers {
  readonly secretKey = new Uint8Array(randomBytes(32));
  readonly publicKey = getPublicKey(this.secretKey);
  /** A key no chip trusts: foreign challenges and foreign-signed directives. */
  readonly foreignSecretKey = new Uint8Array(randomBytes(32));
  readonly machine: PlatformMachine;
  readonly chipKeys = new Map<string, Uint8Array>();
  readonly faults: PlatformFaults = { outage: false, foreignChallenge: false, withholdAlarmAcks: false };
  uplinkCount = 0;
  downlinkCount = 0;
  readonly uplinks: ObservedUplink[] = [];
  readonly records: ObservedRecord[] = [];
  readonly attempts: SessionAttempt[] = [];
  readonly alerts: PlatformAlert[] = [];
  /** Runner times of transport connections refused during an enforced outage. */
  readonly refusals: number[] = [];
  /** Every envelope sent to the chip. */
  readonly downlinks: { t: number; kind: EnvelopeBody['kind']; bytes: Uint8Array }[] = [];
  /** `auth_response`s the chip sent to a challenge signed by an untrusted key (WC-PROTO-027). */
  answeredForeignChallenges = 0;
  /** The connection of the chip's authenticated session, if any. */
  connection: string | undefined;
  transport: PlatformTransport | undefined;

  private readonly foreign: PlatformMachine;
  private readonly foreignConnections = new Set<string>();
  private readonly epochs = new Map<string, number>();

  constructor(
    readonly chipId: string,
    readonly now: () => number,
  ) {
    this.machine = new PlatformMachine({
      secretKey: this.secretKey,
      lookupChip: (id) => this.chipKeys.get(id),
      now,
    });
    this.foreign = new PlatformMachine({
      secretKey: this.foreignSecretKey,
      lookupChip: () => undefined,
      now,
    });
  }

  /** True while the chip has an authenticated session. */
  online(): boolean {
    return this.machine.isOnline(this.chipId);
  }

  uplink(connection: string, bytes: Uint8Array): void {
    this.uplinkCount++;
    const t = this.now();
    let envelope: DecodedEnvelope | undefined;
    try {
      envelope = decodeEnvelope(bytes);
    } catch {
      envelope = undefined;
    }
    if (envelope?.body.kind === 'hello') {
      const hello = envelope.body.value;
      this.attempts.push({
        t,
        connection,
        bootEpoch: hello.bootEpoch ?? 0,
        nonce: Buffer.from(hello.clientNonce ?? []).toString('hex'),
        versions: hello.versions ?? [],
      });
    }
    if (this.faults.outage) {
      if (envelope?.body.kind === 'hello') this.transport?.drop(connection);
      return;
    }
    if (envelope !== undefined) this.log(connection, envelope, bytes, t);
    if (envelope?.body.kind === 'hello') {
      this.epochs.set(connection, envelope.body.value.bootEpoch ?? 0);
      // over MQTT a connection is the chip id: a new hello means the previous session is gone
      if (this.transport?.kind === 'mqtt') this.machine.disconnect(connection);
      if (this.faults.foreignChallenge) {
        this.faults.foreignChallenge = false;
        this.foreignConnections.add(connection);
        for (const reply of this.foreign.receive(connection, bytes).send) this.send(connection, reply);
        return;
      }
      this.foreignConnections.delete(connection);
    }
    if (envelope?.body.kind === 'authResponse' && this.foreignConnections.has(connection)) {
      this.answeredForeignChallenges++;
      return;
    }
    const out = this.machine.receive(connection, bytes);
    this.alerts.push(...out.alerts);
    for (const reply of out.send) {
      const kind = decodeEnvelope(reply).body;
      if (kind.kind === 'authResult' && kind.value.status === proto.v1.AuthStatus.AUTH_STATUS_OK)
        this.connection = connection;
      this.send(connection, reply);
    }
    for (const { send } of this.machine.confirmDurable(out.records)) {
      for (const reply of send) {
        if (this.connection !== undefined) this.send(this.connection, reply);
      }
    }
  }

  refused(): void {
    this.refusals.push(this.now());
  }

  closed(connection: string): void {
    this.machine.disconnect(connection);
    if (this.connection === connection) this.connection = undefined;
  }

  private log(connection: string, envelope: DecodedEnvelope, bytes: Uint8Array, t: number): void {
    this.uplinks.push({ t, connection, envelope, size: bytes.length });
    const { body } = envelope;
    if (BODY_KINDS[body.kind].record) {
      const epoch = this.epochs.get(connection) ?? 0;
      this.records.push({ epoch, seq: envelope.seq, body, live: true, t, bytes: withoutMac(bytes) });
    } else if (body.kind === 'backfill') {
      for (const record of body.value.records ?? []) {
        try {
          const inner = decodeEnvelope(record);
          this.records.push({
            epoch: body.value.epoch ?? 0,
            seq: inner.seq,
            body: inner.body,
            live: false,
            t,
            bytes: record,
          });
        } catch {
          // a malformed record inside a backfill: the platform machine reports it
        }
      }
    }
  }

  /** Sends a downlink on `connection`, counting it when the transport took it. */
  send(connection: string, bytes: Uint8Array): boolean {
    const kind = decodeEnvelope(bytes).body.kind;
    if (this.faults.withholdAlarmAcks && kind === 'alarmAck') return false;
    const sent = this.transport?.send(connection, bytes) ?? false;
    if (sent) {
      this.downlinkCount++;
      this.downlinks.push({ t: this.now(), kind, bytes });
    }
    return sent;
  }

  /**
   * Signs a directive for this chip (or `chipId`) with the platform key, or with the foreign key.
   * `issuedS` defaults to now.
   */
  sign(
    action: Omit<Directive, 'chipId' | 'nonce' | 'issuedS'>,
    options: { foreign?: boolean; chipId?: string; issuedS?: number } = {},
  ): SignedDirective {
    const secretKey = options.foreign ? this.foreignSecretKey : this.secretKey;
    return signDirective(
      {
        ...action,
        chipId: options.chipId ?? this.chipId,
        nonce: new Uint8Array(randomBytes(16)),
        issuedS: options.issuedS ?? Math.floor(this.now() / 1000),
      },
      secretKey,
      getPublicKey(secretKey),
    );
  }

  /** Seals a signed directive for the chip's live session and sends it; the bytes, or undefined when offline. */
  deliver(signed: SignedDirective): Uint8Array | undefined {
    if (this.connection === undefined || !this.online()) return undefined;
    const bytes = this.machine.sendSignedDirective(this.chipId, signed);
    return this.send(this.connection, bytes) ? bytes : undefined;
  }

  /** Sends again, unchanged, envelope bytes sent before (a replay); false when offline. */
  replay(bytes: Uint8Array): boolean {
    if (this.connection === undefined || !this.online()) return false;
    return this.send(this.connection, bytes);
  }

  /** Records of `epoch`, each seq once (first arrival), in seq order. */
  epochRecords(epoch: number): ObservedRecord[] {
    const first = new Map<number, ObservedRecord>();
    for (const record of this.records)
      if (record.epoch === epoch && !first.has(record.seq)) first.set(record.seq, record);
    return [...first.values()].sort((a, b) => a.seq - b.seq);
  }

  /** The boot epoch of the current session. */
  currentEpoch(): number | undefined {
    return this.connection === undefined ? undefined : this.epochs.get(this.connection);
  }
}
