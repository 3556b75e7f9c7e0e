import { isWeldcodeError } from '@weldcode/errors';
import { randomBytes } from '../crypto-port';
import { BODY_KINDS } from '../envelope/body-kinds';
import {
  appendMac,
  decodeEnvelope,
  encodeEnvelope,
  openEnvelope,
  sealEnvelope,
} from '../envelope/envelope-codec';
import { MAX_ENVELOPE_BYTES } from '../envelope/limits';
import type { BodyOf, EnvelopeBody, SignedDirective } from '../envelope/messages';
import { weldcode } from '../generated/weldcode';
import { ProtocolError } from '../protocol-error';
import { answerChallenge, type ChipHello, createHello, type RandomSource } from '../session/handshake';
import { createMacKey, type MacKey } from '../session/mac';
import { applyDirective, type DirectiveOutcome, type GrantState } from './directive-rules';
import { HashChain } from './event-log';
import { type BufferedRecord, RecordBuffer } from './record-buffer';

const EventKind = weldcode.v1.EventKind;
/** Largest record: a backfill of it alone still fits an envelope (WC-PROTO-037). */
const MAX_RECORD_BYTES = MAX_ENVELOPE_BYTES - 64;
const AlarmKind = weldcode.v1.AlarmKind;

/** Options of {@link ChipMachine}. */
export interface ChipMachineOptions {
  chipId: string;
  /** The chip's Ed25519 secret key (32-byte seed); it never leaves the chip. */
  secretKey: Uint8Array;
  /** Trusted platform public keys: handshake challenges and directives must be signed by one. */
  platformKeys: readonly Uint8Array[];
  /** Persisted boot counter, incremented by the firmware at every boot (WC-PROTO-033). */
  bootEpoch: number;
  /** The chip clock in Unix ms (before time-sync correction). */
  now: () => number;
  random?: RandomSource;
  /** Records held offline (default 1024). */
  bufferCapacity?: number;
  /** Unacknowledged live records allowed in flight (default 32, WC-PROTO-039). */
  window?: number;
  /** Resend (in a backfill) records not acknowledged after this long (default 10 s). */
  ackTimeoutMs?: number;
  /** Arc current threshold in 0.1 A (default 50 = 5 A, WC-PROTO-050). */
  arcThresholdDa?: number;
  /** Capability manifest sent in `birth` after each handshake. */
  birth?: BodyOf<'birth'>;
  /** State persisted before the previous shutdown or power loss (WC-PROTO-054). */
  restore?: ChipSnapshot;
}

/**
 * What a chip keeps in flash across reboots (WC-PROTO-054): unacknowledged records of earlier
 * epochs, lock state, configuration and geofence versions and used directive nonces. A grant is
 * deliberately not kept: a reboot leaves the relay open.
 */
export interface ChipSnapshot {
  bootEpoch: number;
  records: { epoch: number; seq: number; kind: BufferedRecord['kind']; bytes: Uint8Array; acked: boolean }[];
  locked: boolean;
  configVersion: number;
  geofenceVersion: number;
  /** Hex nonce and the Unix second until which it must be remembered. */
  nonces: [string, number][];
}

/** Connection state of the chip. */
export type ChipStatus = 'offline' | 'handshaking' | 'online';

/** What a chip method produced: envelopes to transmit (unframed), and an error if input was refused. */
export interface ChipOutput {
  send: Uint8Array[];
  error?: ProtocolError;
  /** Outcome of a directive, when the input carried one. */
  directive?: DirectiveOutcome;
}

/**
 * The chip side of the protocol as plain, transport-free code: handshake, sequence numbers and
 * hash-chained log, offline buffer and backfill, acks and back-pressure, directive verification and
 * the relay interlock. Feed it received bytes and clock ticks; transmit what it returns.
 *
 * @example
 * ```ts
 * import { ChipMachine } from '@weldcode/protocol';
 *
 * const chip = new ChipMachine({ chipId: 'WC-1', secretKey, platformKeys: [platformKey], bootEpoch: 7, now: Date.now });
 * for (const bytes of chip.connect().send) publish(bytes);
 * onMessage((bytes) => chip.receive(bytes).send.forEach(publish));
 * setInterval(() => chip.tick().send.forEach(publish), 1000);
 * ```
 */
export class ChipMachine {
  status: ChipStatus = 'offline';
  /** True while the machine is energised. */
  relayClosed = false;
  locked = false;
  grant: GrantState | undefined;
  configVersion = 0;
  geofenceVersion = 0;
  /** Platform time minus chip time, from the handshake and time sync. */
  clockOffsetMs = 0;
  readonly buffer: RecordBuffer;
  readonly chain: HashChain;

  private readonly random: RandomSource;
  private readonly window: number;
  private readonly ackTimeoutMs: number;
  private readonly arcThresholdDa: number;
  private readonly nonces = new Map<string, number>();
  private nextSeq = 1;
  private hello: ChipHello | undefined;
  private up: MacKey | undefined;
  private down: MacKey | undefined;
  private pausedUntil = 0;
  private lastSyncTxMs = 0;
  private pendingSyncMs: number | undefined;
  private arcAlarmRaised = false;
  private energisedSince: number | undefined;
  private readonly bootMs: number;

  constructor(private readonly options: ChipMachineOptions) {
    this.random = options.random ?? randomBytes;
    this.window = options.window ?? 32;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    this.arcThresholdDa = options.arcThresholdDa ?? 50;
    this.buffer = new RecordBuffer(options.bufferCapacity ?? 1024);
    this.chain = new HashChain(options.chipId, options.bootEpoch);
    this.bootMs = options.now();
    if (options.restore !== undefined) this.restore(options.restore);
    this.event(EventKind.EVENT_KIND_BOOT);
  }

  private restore(snapshot: ChipSnapshot): void {
    if (snapshot.bootEpoch >= this.options.bootEpoch) {
      throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'the boot epoch must grow at every boot', {
        details: { previous: snapshot.bootEpoch, current: this.options.bootEpoch },
      });
    }
    for (const record of snapshot.records) this.buffer.add({ ...record });
    this.locked = snapshot.locked;
    this.configVersion = snapshot.configVersion;
    this.geofenceVersion = snapshot.geofenceVersion;
    for (const [nonce, until] of snapshot.nonces) this.nonces.set(nonce, until);
  }

  /** The state to persist; call it after every change that matters, or at least before power-down. */
  snapshot(): ChipSnapshot {
    return {
      bootEpoch: this.options.bootEpoch,
      records: this.buffer.records.map(({ epoch, seq, kind, bytes, acked }) => ({
        epoch,
        seq,
        kind,
        bytes,
        acked,
      })),
      locked: this.locked,
      configVersion: this.configVersion,
      geofenceVersion: this.geofenceVersion,
      nonces: [...this.nonces],
    };
  }

  /** The corrected clock in Unix ms. */
  now(): number {
    return this.options.now() + this.clockOffsetMs;
  }

  private nowS(): number {
    return Math.floor(this.now() / 1000);
  }

  /** Starts a handshake on a fresh connection (WC-PROTO-026). */
  connect(): ChipOutput {
    this.hello = createHello(this.options.chipId, this.options.bootEpoch, this.random);
    this.status = 'handshaking';
    this.up = undefined;
    this.down = undefined;
    return { send: [this.hello.bytes] };
  }

  /** The connection is gone; records stay buffered for the next session. */
  disconnect(): void {
    this.status = 'offline';
    this.up = undefined;
    this.down = undefined;
    this.hello = undefined;
  }

  /** Handles one envelope received from the platform. */
  receive(bytes: Uint8Array): ChipOutput {
    try {
      if (this.status === 'handshaking') return this.receiveHandshake(bytes);
      if (this.status !== 'online' || this.down === undefined) {
        throw new ProtocolError('ERR_PROTO_NO_SESSION', 'no session to receive in');
      }
      return this.receiveOnline(bytes, this.down);
    } catch (error) {
      if (!isWeldcodeError(error)) throw error;
      return { send: [], error: error as ProtocolError };
    }
  }

  /**
   * Handles an envelope relayed by a phone over BLE: only a signed directive is accepted, because
   * its Ed25519 signature authenticates it without a session (WC-PROTO-031, WC-PROTO-044).
   */
  receiveRelayed(bytes: Uint8Array): ChipOutput {
    try {
      const envelope = decodeEnvelope(bytes);
      if (envelope.body.kind !== 'directive') {
        throw new ProtocolError('ERR_PROTO_BAD_MAC', 'only signed directives are accepted without a session');
      }
      return this.directive(envelope.body.value);
    } catch (error) {
      if (!isWeldcodeError(error)) throw error;
      return { send: [], error: error as ProtocolError };
    }
  }

  private receiveHandshake(bytes: Uint8Array): ChipOutput {
    if (this.up === undefined) {
      if (this.hello === undefined) throw new ProtocolError('ERR_PROTO_HANDSHAKE', 'no hello sent');
      const answer = answerChallenge(this.hello, bytes, this.options.secretKey, this.options.platformKeys);
      this.up = createMacKey(answer.keys.up);
      this.down = createMacKey(answer.keys.down);
      this.clockOffsetMs = answer.platformTimeMs - this.options.now();
      this.hello = undefined;
      return { send: [answer.response] };
    }
    const envelope = openEnvelope(bytes, this.down as MacKey);
    if (envelope.body.kind !== 'authResult')
      throw new ProtocolError('ERR_PROTO_HANDSHAKE', 'expected authResult');
    const result = envelope.body.value;
    if (result.status !== weldcode.v1.AuthStatus.AUTH_STATUS_OK) {
      this.disconnect();
      throw new ProtocolError('ERR_PROTO_HANDSHAKE', `authentication refused (${result.status})`, {
        details: { status: result.status, retryAfterMs: result.retryAfterMs },
      });
    }
    this.status = 'online';
    this.buffer.ack(result.ackedEpoch ?? 0, result.ackedSeq ?? 0);
    for (const record of this.buffer.records) record.sentAt = undefined;
    const send = [this.seal({ kind: 'birth', value: { ...this.options.birth, timeS: this.nowS() } })];
    return { send: [...send, ...this.flush()] };
  }

  private receiveOnline(bytes: Uint8Array, down: MacKey): ChipOutput {
    const { body } = openEnvelope(bytes, down);
    switch (body.kind) {
      case 'ack':
        this.buffer.ack(body.value.epoch ?? 0, body.value.seq ?? 0, body.value.selective ?? 0);
        return { send: this.flush() };
      case 'alarmAck':
        this.buffer.alarmAck(body.value.epoch ?? 0, body.value.seq ?? 0);
        return { send: [] };
      case 'nack':
        return this.nack(body.value);
      case 'directive':
        return this.directive(body.value);
      case 'timeSync':
        return this.timeSync(body.value);
      case 'command':
        return {
          send: [
            this.seal({
              kind: 'commandResult',
              value: { correlationId: body.value.correlationId ?? 0, status: 1, message: 'unknown command' },
            }),
          ],
        };
      default:
        throw new ProtocolError('ERR_PROTO_UNKNOWN_MESSAGE', `${body.kind} is not a downlink`);
    }
  }

  private nack(nack: BodyOf<'nack'>): ChipOutput {
    this.pausedUntil = this.options.now() + (nack.retryAfterMs ?? 0);
    for (const record of this.buffer.records) if (!record.acked) record.sentAt = undefined;
    if (nack.reason === weldcode.v1.NackReason.NACK_REASON_NO_SESSION) this.disconnect();
    return { send: [] };
  }

  private timeSync(sync: BodyOf<'timeSync'>): ChipOutput {
    const t0 = sync.chipTimeMs ?? 0;
    const tx = sync.platformTxMs ?? 0;
    // WC-PROTO-055: a replayed sync would turn the clock back and revive expired grants
    if (tx <= this.lastSyncTxMs || (t0 !== 0 && t0 !== this.pendingSyncMs)) {
      throw new ProtocolError(
        'ERR_PROTO_REPLAYED',
        'time sync not newer than the last, or not for the pending request',
      );
    }
    this.lastSyncTxMs = tx;
    this.pendingSyncMs = undefined;
    const t3 = this.options.now();
    // an unprompted sync (no request time echoed) can only be one-way: transit time is ignored
    const offset = t0 === 0 ? tx - t3 : ((sync.platformRxMs ?? 0) - t0 + (tx - t3)) / 2;
    this.clockOffsetMs = Math.round(offset);
    return this.event(EventKind.EVENT_KIND_TIME_SYNCED);
  }

  /** Asks the platform for its time (WC-PROTO-051). */
  requestTimeSync(): ChipOutput {
    if (!this.online()) return { send: [] };
    this.pendingSyncMs = this.options.now();
    return {
      send: [this.seal({ kind: 'timeSyncRequest', value: { chipTimeMs: this.pendingSyncMs } })],
    };
  }

  /** Verifies and applies a signed directive (WC-PROTO-045..049). */
  directive(signed: SignedDirective): ChipOutput {
    const outcome = applyDirective(signed, {
      chipId: this.options.chipId,
      platformKeys: this.options.platformKeys,
      nowS: this.nowS(),
      nonces: this.nonces,
      locked: this.locked,
      grant: this.grant,
      configVersion: this.configVersion,
      geofenceVersion: this.geofenceVersion,
    });
    const send: Uint8Array[] = [];
    if (!outcome.ok) {
      if (outcome.action === 'grant')
        send.push(...this.event(EventKind.EVENT_KIND_GRANT_REJECTED, { reason: outcome.code }).send);
      return { send, directive: outcome };
    }
    send.push(...this.applyOutcome(outcome));
    return { send, directive: outcome };
  }

  private applyOutcome(outcome: DirectiveOutcome & { ok: true }): Uint8Array[] {
    const send: Uint8Array[] = [];
    const emit = (kind: number, extra: Partial<BodyOf<'event'>> = {}) =>
      send.push(...this.event(kind, extra).send);
    switch (outcome.action) {
      case 'grant':
        this.grant = outcome.grant;
        emit(EventKind.EVENT_KIND_GRANT_ACCEPTED, { grantId: outcome.grant?.grantId });
        if (!this.relayClosed) send.push(...this.setRelay(true));
        break;
      case 'revoke':
        emit(EventKind.EVENT_KIND_GRANT_REVOKED, { grantId: this.grant?.grantId });
        this.grant = undefined;
        send.push(...this.setRelay(false));
        break;
      case 'extend':
        this.grant = outcome.grant;
        emit(EventKind.EVENT_KIND_GRANT_EXTENDED, {
          grantId: outcome.grant?.grantId,
          value: outcome.grant?.notAfterS,
        });
        break;
      case 'lock':
        this.locked = outcome.locked ?? this.locked;
        emit(this.locked ? EventKind.EVENT_KIND_LOCKED : EventKind.EVENT_KIND_UNLOCKED);
        if (this.locked) {
          this.grant = undefined;
          send.push(...this.setRelay(false));
        }
        break;
      case 'config':
        this.configVersion = outcome.version ?? this.configVersion;
        emit(EventKind.EVENT_KIND_CONFIG_APPLIED, { value: this.configVersion });
        break;
      case 'geofence':
        this.geofenceVersion = outcome.version ?? this.geofenceVersion;
        emit(EventKind.EVENT_KIND_GEOFENCE_APPLIED, { value: this.geofenceVersion });
        break;
    }
    return send;
  }

  private setRelay(closed: boolean): Uint8Array[] {
    if (this.relayClosed === closed) return [];
    this.relayClosed = closed;
    this.energisedSince = closed ? this.now() : undefined;
    if (closed) this.arcAlarmRaised = false;
    return this.event(closed ? EventKind.EVENT_KIND_RELAY_CLOSED : EventKind.EVENT_KIND_RELAY_OPENED, {
      grantId: this.grant?.grantId,
    }).send;
  }

  /**
   * Advances time: cuts power when the grant expires or its energised time runs out (WC-PROTO-048),
   * and sends buffered records that were never sent or not acknowledged in time (WC-PROTO-037).
   */
  tick(): ChipOutput {
    const send: Uint8Array[] = [];
    const grant = this.grant;
    if (grant !== undefined) {
      const energisedS = this.energisedSince === undefined ? 0 : (this.now() - this.energisedSince) / 1000;
      if (this.nowS() > grant.notAfterS) {
        send.push(...this.event(EventKind.EVENT_KIND_GRANT_EXPIRED, { grantId: grant.grantId }).send);
        this.grant = undefined;
        send.push(...this.setRelay(false));
      } else if (grant.maxDurationS > 0 && energisedS >= grant.maxDurationS) {
        send.push(...this.event(EventKind.EVENT_KIND_MAX_DURATION_REACHED, { grantId: grant.grantId }).send);
        this.grant = undefined;
        send.push(...this.setRelay(false));
      }
    }
    send.push(...this.flush());
    return { send };
  }

  /**
   * Reports an arc current reading: current above the threshold with the relay open means the
   * relay was bypassed (WC-PROTO-050).
   */
  observeArc(currentDa: number): ChipOutput {
    if (this.relayClosed || currentDa <= this.arcThresholdDa) {
      if (currentDa <= this.arcThresholdDa) this.arcAlarmRaised = false;
      return { send: [] };
    }
    if (this.arcAlarmRaised) return { send: [] };
    this.arcAlarmRaised = true;
    return this.record({
      kind: 'alarm',
      value: { kind: AlarmKind.ALARM_KIND_ARC_WITHOUT_GRANT, timeS: this.nowS(), value: currentDa },
    });
  }

  /** A heartbeat with the buffer fill and the current log head (WC-PROTO-042). */
  heartbeat(extra: BodyOf<'heartbeat'> = {}): ChipOutput {
    if (!this.online()) return { send: [] };
    const value: BodyOf<'heartbeat'> = {
      ...extra,
      timeS: this.nowS(),
      uptimeS: Math.floor((this.options.now() - this.bootMs) / 1000),
      buffered: this.buffer.records.length,
      logSeq: this.chain.seq,
      logHead: this.chain.head,
    };
    return { send: [this.seal({ kind: 'heartbeat', value })] };
  }

  /** Asks for a grant (button or BLE). */
  unlockRequest(value: BodyOf<'unlockRequest'>): ChipOutput {
    return { send: this.online() ? [this.seal({ kind: 'unlockRequest', value })] : [] };
  }

  /**
   * Creates a record (telemetry, location, alarm, arc session or event): gives it the next seq,
   * appends it to the hash chain and the buffer, and sends it live when online and the window
   * allows (WC-PROTO-009, WC-PROTO-039, WC-PROTO-042).
   */
  record(body: EnvelopeBody): ChipOutput {
    if (!BODY_KINDS[body.kind].record) {
      throw new ProtocolError('ERR_PROTO_INVALID_FIELD', `${body.kind} is not a record`);
    }
    const bytes = encodeEnvelope({ seq: this.nextSeq, body });
    if (bytes.length > MAX_RECORD_BYTES) {
      // a backfill must still fit one envelope with its framing fields and MAC (WC-PROTO-037)
      throw new ProtocolError('ERR_PROTO_OVERSIZED', `a record is at most ${MAX_RECORD_BYTES} bytes`, {
        details: { length: bytes.length },
      });
    }
    const seq = this.nextSeq++;
    this.chain.append(seq, bytes);
    const record: BufferedRecord = {
      epoch: this.options.bootEpoch,
      seq,
      kind: body.kind,
      bytes,
      acked: false,
    };
    this.buffer.add(record);
    if (!this.canSendRecords() || this.inFlight() >= this.window) return { send: [] };
    record.sentAt = this.options.now();
    return { send: [this.sealRecord(bytes)] };
  }

  private event(kind: number, extra: Partial<BodyOf<'event'>> = {}): ChipOutput {
    return this.record({ kind: 'event', value: { ...extra, kind, timeS: this.nowS() } });
  }

  private online(): boolean {
    return this.status === 'online' && this.up !== undefined;
  }

  private canSendRecords(): boolean {
    return this.online() && this.options.now() >= this.pausedUntil;
  }

  /** Records sent and still waiting for their ack, counted up to the window (early exit). */
  private inFlight(): number {
    const now = this.options.now();
    let count = 0;
    for (const record of this.buffer.records) {
      if (!record.acked && record.sentAt !== undefined && now - record.sentAt < this.ackTimeoutMs) {
        if (++count >= this.window) break;
      }
    }
    return count;
  }

  private seal(body: EnvelopeBody): Uint8Array {
    return sealEnvelope({ seq: 0, body }, this.up);
  }

  private sealRecord(recordBytes: Uint8Array): Uint8Array {
    return appendMac(recordBytes, this.up as MacKey);
  }

  /** Sends due records in backfill batches of one epoch each, at most 4096 bytes (WC-PROTO-037). */
  private flush(): Uint8Array[] {
    if (!this.canSendRecords()) return [];
    const now = this.options.now();
    let budget = this.window - this.inFlight();
    // acked records are gone, except alarms still waiting for their alarm ack (WC-PROTO-012)
    const due = this.buffer.records.filter(
      (r) => r.sentAt === undefined || now - r.sentAt >= this.ackTimeoutMs,
    );
    const send: Uint8Array[] = [];
    let batch: BufferedRecord[] = [];
    let size = 0;
    const emit = () => {
      if (batch.length === 0) return;
      const epoch = (batch[0] as BufferedRecord).epoch;
      send.push(this.seal({ kind: 'backfill', value: { epoch, records: batch.map((r) => r.bytes) } }));
      for (const r of batch) r.sentAt = now;
      batch = [];
      size = 0;
    };
    for (const record of due) {
      if (budget <= 0) break;
      const cost = record.bytes.length + 3;
      if (
        batch.length > 0 &&
        ((batch[0] as BufferedRecord).epoch !== record.epoch || size + cost > MAX_ENVELOPE_BYTES - 32)
      ) {
        emit();
      }
      batch.push(record);
      size += cost;
      budget--;
    }
    emit();
    return send;
  }
}
