import { isWeldcodeError } from '@weldcode/errors';
import { logGenesis, logNext } from '../chip/event-log';
import { equalBytes, getPublicKey, randomBytes } from '../crypto-port';
import { BODY_KINDS } from '../envelope/body-kinds';
import { decodeEnvelope, openEnvelopeParts, sealEnvelope } from '../envelope/envelope-codec';
import type { BodyOf, Directive, EnvelopeBody, SignedDirective } from '../envelope/messages';
import { weldcode } from '../generated/weldcode';
import { ProtocolError } from '../protocol-error';
import { signDirective } from '../session/directive-signature';
import { answerHello, checkAuthResponse, type PendingSession, type RandomSource } from '../session/handshake';
import { createMacKey, type MacKey } from '../session/mac';
import { ChainHeads } from './chain-heads';
import { SequenceSet } from './sequence-set';

const AuthStatus = weldcode.v1.AuthStatus;
/** MAC failures that end a session (WC-PROTO-032). */
const MAX_MAC_FAILURES = 16;
/** Clock difference on a live record that triggers an unprompted time sync (WC-PROTO-051). */
const CLOCK_TOLERANCE_MS = 60_000;
/** Records of an epoch held at most while waiting for a missing earlier seq of the chain (WC-PROTO-057). */
export const MAX_PENDING_CHAIN = 4096;

/** Options of {@link PlatformMachine}. */
export interface PlatformMachineOptions {
  /** The platform's Ed25519 secret key (signs challenges and directives). */
  secretKey: Uint8Array;
  /** The registered public key of a chip, or undefined for an unknown chip. */
  lookupChip: (chipId: string) => Uint8Array | undefined;
  /** Platform clock, Unix ms. */
  now: () => number;
  random?: RandomSource;
}

/** A record accepted for ingest; acknowledge it with {@link PlatformMachine.confirmDurable} once stored. */
export interface IngestedRecord {
  chipId: string;
  epoch: number;
  seq: number;
  body: EnvelopeBody;
  /** Backfilled or out of order: compliance evaluation only, never a real-time alert (WC-PROTO-038). */
  historical: boolean;
  receivedMs: number;
}

/** Something the platform must tell a person about. */
export interface PlatformAlert {
  kind: 'duplicate-session' | 'stale-epoch' | 'unknown-chip' | 'bad-signature' | 'log-tamper' | 'log-gap';
  chipId: string;
  details: Record<string, unknown>;
}

/** What one call produced. */
export interface PlatformOutput {
  /** Envelopes to send back on the same connection, in order. */
  send: Uint8Array[];
  records: IngestedRecord[];
  /** Transient messages for the application (birth, death, unlock request, command result, heartbeat). */
  messages: { chipId: string; body: EnvelopeBody }[];
  alerts: PlatformAlert[];
  /** Refused input, e.g. `ERR_PROTO_BAD_MAC`, or `ERR_PROTO_REPLAYED` for a duplicate record. */
  errors: ProtocolError[];
}

interface EpochState {
  received: SequenceSet;
  durable: SequenceSet;
  chainSeq: number;
  chainHead: Uint8Array;
  pendingChain: Map<number, Uint8Array>;
  heads: ChainHeads;
  commitments: Map<number, Uint8Array>;
  alarms: Set<number>;
}

interface ChipState {
  highestEpoch: number;
  epochs: Map<number, EpochState>;
  connection: string | undefined;
}

interface Connection {
  pending?: PendingSession;
  chipId?: string;
  epoch?: number;
  up?: MacKey;
  down?: MacKey;
  macFailures: number;
}

function emptyOutput(): PlatformOutput {
  return { send: [], records: [], messages: [], alerts: [], errors: [] };
}

/**
 * The platform side of the protocol as plain, transport-free code: handshake and clone detection,
 * MAC verification, idempotent ingest keyed by (chip, epoch, seq), historical classification,
 * acks only after durability, hash-chain audit, signed directives.
 *
 * @example
 * ```ts
 * import { PlatformMachine } from '@weldcode/protocol';
 *
 * const platform = new PlatformMachine({ secretKey, lookupChip: (id) => registry.get(id), now: Date.now });
 * onUplink(async (chipId, bytes) => {
 *   const out = platform.receive(chipId, bytes);
 *   await store(out.records);
 *   for (const reply of [...out.send, ...platform.confirmDurable(out.records).send]) publishDown(chipId, reply);
 * });
 * ```
 */
export class PlatformMachine {
  readonly publicKey: Uint8Array;
  private readonly random: RandomSource;
  private readonly chips = new Map<string, ChipState>();
  private readonly connections = new Map<string, Connection>();

  constructor(private readonly options: PlatformMachineOptions) {
    this.publicKey = getPublicKey(options.secretKey);
    this.random = options.random ?? randomBytes;
  }

  /** True when the chip has a live, authenticated session. */
  isOnline(chipId: string): boolean {
    const connection = this.chips.get(chipId)?.connection;
    return connection !== undefined && this.connections.get(connection)?.up !== undefined;
  }

  /**
   * Forgets, for every chip epoch, the chain heads kept for heartbeat commitments, the records
   * waiting for a missing earlier seq and the commitments not checked yet; keeps the sessions, the
   * received and durable seqs and each epoch's latest chain head, so acks, replay detection and
   * the chain itself go on. A long-running platform calls it now and then to bound the machine's
   * memory: an epoch it did not see from seq 1 keeps up to 4,096 records waiting (WC-PROTO-057),
   * and a commitment older than what it keeps can no longer be checked (no alert either way).
   *
   * @example
   * ```ts
   * if (++recordsSinceTrim >= 1_000_000) {
   *   platform.forgetChainHistory();
   *   recordsSinceTrim = 0;
   * }
   * ```
   */
  forgetChainHistory(): void {
    for (const chip of this.chips.values()) {
      for (const state of chip.epochs.values()) {
        state.heads = new ChainHeads();
        state.pendingChain.clear();
        state.commitments.clear();
      }
    }
  }

  /** The connection (transport session) closed, or the chip's Last Will arrived (WC-PROTO-016). */
  disconnect(connection: string): void {
    const state = this.connections.get(connection);
    this.connections.delete(connection);
    const chip = state?.chipId === undefined ? undefined : this.chips.get(state.chipId);
    if (chip?.connection === connection) chip.connection = undefined;
  }

  /** Handles one envelope received on `connection` (an MQTT chip topic or a TCP socket id). */
  receive(connection: string, bytes: Uint8Array): PlatformOutput {
    const out = emptyOutput();
    try {
      const state = this.connections.get(connection) ?? { macFailures: 0 };
      this.connections.set(connection, state);
      if (state.up === undefined) this.handshake(connection, state, bytes, out);
      else this.receiveSealed(connection, state, bytes, out);
    } catch (error) {
      if (!isWeldcodeError(error)) throw error;
      out.errors.push(error as ProtocolError);
    }
    return out;
  }

  private chip(chipId: string): ChipState {
    let chip = this.chips.get(chipId);
    if (chip === undefined) {
      chip = { highestEpoch: 0, epochs: new Map(), connection: undefined };
      this.chips.set(chipId, chip);
    }
    return chip;
  }

  private epoch(chipId: string, epoch: number): EpochState {
    const chip = this.chip(chipId);
    let state = chip.epochs.get(epoch);
    if (state === undefined) {
      state = {
        received: new SequenceSet(),
        durable: new SequenceSet(),
        chainSeq: 0,
        chainHead: logGenesis(chipId, epoch),
        pendingChain: new Map(),
        heads: new ChainHeads(),
        commitments: new Map(),
        alarms: new Set(),
      };
      chip.epochs.set(epoch, state);
    }
    return state;
  }

  private handshake(connection: string, state: Connection, bytes: Uint8Array, out: PlatformOutput): void {
    const envelope = decodeEnvelope(bytes);
    if (envelope.body.kind === 'hello') {
      state.pending = answerHello(
        bytes,
        { secretKey: this.options.secretKey, publicKey: this.publicKey },
        this.options.now(),
        this.random,
      );
      out.send.push(state.pending.challenge);
      return;
    }
    if (envelope.body.kind !== 'authResponse' || state.pending === undefined) {
      throw new ProtocolError('ERR_PROTO_NO_SESSION', `${envelope.body.kind} before the handshake completed`);
    }
    const pending = state.pending;
    state.pending = undefined;
    const down = createMacKey(pending.keys.down);
    const refuse = (status: number, alert?: PlatformAlert['kind'], code?: ProtocolError['code']) => {
      out.send.push(sealEnvelope({ seq: 0, body: { kind: 'authResult', value: { status } } }, down));
      if (alert)
        out.alerts.push({ kind: alert, chipId: pending.chipId, details: { bootEpoch: pending.bootEpoch } });
      if (code) out.errors.push(new ProtocolError(code, `authentication refused (${status})`));
    };
    const chipKey = this.options.lookupChip(pending.chipId);
    if (chipKey === undefined) {
      refuse(AuthStatus.AUTH_STATUS_UNKNOWN_CHIP, 'unknown-chip', 'ERR_PROTO_UNKNOWN_KEY');
      return;
    }
    try {
      checkAuthResponse(pending, bytes, chipKey);
    } catch {
      refuse(AuthStatus.AUTH_STATUS_BAD_SIGNATURE, 'bad-signature', 'ERR_PROTO_BAD_SIGNATURE');
      return;
    }
    const chip = this.chip(pending.chipId);
    if (pending.bootEpoch < chip.highestEpoch) {
      refuse(AuthStatus.AUTH_STATUS_STALE_EPOCH, 'stale-epoch', 'ERR_PROTO_REPLAYED');
      return;
    }
    if (
      chip.connection !== undefined &&
      chip.connection !== connection &&
      this.connections.get(chip.connection)?.up
    ) {
      out.alerts.push({
        kind: 'duplicate-session',
        chipId: pending.chipId,
        details: { previous: chip.connection, current: connection },
      });
      this.connections.delete(chip.connection);
    }
    chip.highestEpoch = pending.bootEpoch;
    chip.connection = connection;
    state.chipId = pending.chipId;
    state.epoch = pending.bootEpoch;
    state.up = createMacKey(pending.keys.up);
    state.down = down;
    const durable = this.epoch(pending.chipId, pending.bootEpoch).durable;
    out.send.push(
      sealEnvelope(
        {
          seq: 0,
          body: {
            kind: 'authResult',
            value: {
              status: AuthStatus.AUTH_STATUS_OK,
              ackedEpoch: pending.bootEpoch,
              ackedSeq: durable.floor,
            },
          },
        },
        down,
      ),
    );
  }

  private receiveSealed(connection: string, state: Connection, bytes: Uint8Array, out: PlatformOutput): void {
    const chipId = state.chipId as string;
    if (this.chips.get(chipId)?.connection !== connection) {
      throw new ProtocolError('ERR_PROTO_NO_SESSION', 'session replaced by a newer one');
    }
    let opened: ReturnType<typeof openEnvelopeParts>;
    try {
      opened = openEnvelopeParts(bytes, state.up as MacKey);
    } catch (error) {
      if (isWeldcodeError(error, 'ERR_PROTO_BAD_MAC') && ++state.macFailures >= MAX_MAC_FAILURES) {
        this.disconnect(connection);
      }
      throw error;
    }
    const { envelope, unsealed } = opened;
    const { body } = envelope;
    const epoch = state.epoch as number;
    if (BODY_KINDS[body.kind].record) {
      this.ingest(chipId, epoch, envelope.seq, body, unsealed, false, out);
      return;
    }
    switch (body.kind) {
      case 'backfill':
        this.backfill(chipId, epoch, body.value, out);
        return;
      case 'heartbeat':
        this.heartbeat(chipId, epoch, body.value, out);
        out.messages.push({ chipId, body });
        return;
      case 'timeSyncRequest': {
        const now = this.options.now();
        out.send.push(
          this.seal(state, {
            kind: 'timeSync',
            value: { chipTimeMs: body.value.chipTimeMs ?? 0, platformRxMs: now, platformTxMs: now },
          }),
        );
        return;
      }
      default:
        if (BODY_KINDS[body.kind].direction !== 'up') {
          throw new ProtocolError('ERR_PROTO_UNKNOWN_MESSAGE', `${body.kind} is not an uplink`);
        }
        out.messages.push({ chipId, body });
    }
  }

  private backfill(
    chipId: string,
    sessionEpoch: number,
    backfill: BodyOf<'backfill'>,
    out: PlatformOutput,
  ): void {
    const epoch = backfill.epoch ?? 0;
    if (epoch > sessionEpoch)
      throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'backfill from a future epoch');
    for (const record of backfill.records ?? []) {
      try {
        const envelope = decodeEnvelope(record);
        if (!BODY_KINDS[envelope.body.kind].record || envelope.mac !== undefined) {
          throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'a backfill holds records without MAC');
        }
        this.ingest(chipId, epoch, envelope.seq, envelope.body, record, true, out);
      } catch (error) {
        if (!isWeldcodeError(error)) throw error;
        out.errors.push(error as ProtocolError);
      }
    }
  }

  private ingest(
    chipId: string,
    epoch: number,
    seq: number,
    body: EnvelopeBody,
    bytes: Uint8Array,
    backfilled: boolean,
    out: PlatformOutput,
  ): void {
    const state = this.epoch(chipId, epoch);
    if (state.received.has(seq)) {
      out.errors.push(
        new ProtocolError('ERR_PROTO_REPLAYED', 'record already ingested', {
          details: { chipId, epoch, seq },
        }),
      );
      if (state.durable.has(seq))
        out.send.push(...this.acks(chipId, epoch, body.kind === 'alarm' ? [seq] : []));
      return;
    }
    const historical = backfilled || seq < state.received.highest;
    state.received.add(seq);
    if (!historical) this.checkClock(chipId, body, out);
    if (body.kind === 'alarm') state.alarms.add(seq);
    this.chain(chipId, state, seq, bytes, out);
    out.records.push({ chipId, epoch, seq, body, historical, receivedMs: this.options.now() });
  }

  /** A live record stamped more than 60 s away from platform time gets an unprompted time sync (WC-PROTO-051). */
  private checkClock(chipId: string, body: EnvelopeBody, out: PlatformOutput): void {
    const value = body.value as { timeS?: number | null; startS?: number | null };
    const stampS = value.timeS ?? value.startS;
    const now = this.options.now();
    const session = this.session(chipId);
    if (!stampS || session === undefined || Math.abs(stampS * 1000 - now) <= CLOCK_TOLERANCE_MS) return;
    out.send.push(this.seal(session, { kind: 'timeSync', value: { platformRxMs: now, platformTxMs: now } }));
  }

  private chain(
    chipId: string,
    state: EpochState,
    seq: number,
    bytes: Uint8Array,
    out: PlatformOutput,
  ): void {
    if (seq <= state.chainSeq) return;
    state.pendingChain.set(seq, bytes);
    if (state.pendingChain.size > MAX_PENDING_CHAIN) {
      // an epoch not seen from seq 1: its chain cannot be checked here, but memory stays bounded;
      // the record waiting longest goes (Map order is arrival order)
      state.pendingChain.delete(state.pendingChain.keys().next().value as number);
    }
    for (;;) {
      const next = state.pendingChain.get(state.chainSeq + 1);
      if (next === undefined) break;
      state.pendingChain.delete(state.chainSeq + 1);
      state.chainSeq++;
      state.chainHead = logNext(state.chainHead, next);
      state.heads.add(state.chainSeq, state.chainHead);
      this.checkCommitment(chipId, state, state.chainSeq, out);
    }
  }

  private heartbeat(
    chipId: string,
    epoch: number,
    heartbeat: BodyOf<'heartbeat'>,
    out: PlatformOutput,
  ): void {
    const logSeq = heartbeat.logSeq ?? 0;
    if (logSeq === 0 || !heartbeat.logHead) return;
    const state = this.epoch(chipId, epoch);
    state.commitments.set(logSeq, heartbeat.logHead);
    if (state.chainSeq >= logSeq) {
      this.checkCommitment(chipId, state, logSeq, out);
    } else {
      let missing = 0;
      for (let seq = state.chainSeq + 1; seq <= logSeq && missing < 1000; seq++)
        if (!state.received.has(seq)) missing++;
      out.alerts.push({
        kind: 'log-gap',
        chipId,
        details: { epoch, logSeq, chainSeq: state.chainSeq, missing },
      });
    }
  }

  private checkCommitment(chipId: string, state: EpochState, seq: number, out: PlatformOutput): void {
    const committed = state.commitments.get(seq);
    const head = state.heads.get(seq);
    if (committed === undefined || head === undefined) return;
    state.commitments.delete(seq);
    if (!equalBytes(committed, head)) out.alerts.push({ kind: 'log-tamper', chipId, details: { seq } });
  }

  /**
   * Marks records durable and returns the acks (and alarm acks) to send to each chip's live
   * session (WC-PROTO-035, WC-PROTO-012). Records of chips without a session are acknowledged at
   * their next handshake.
   */
  confirmDurable(records: readonly IngestedRecord[]): { chipId: string; send: Uint8Array[] }[] {
    const touched = new Map<string, Map<number, number[]>>();
    for (const record of records) {
      const state = this.epoch(record.chipId, record.epoch);
      state.durable.add(record.seq);
      const epochs = touched.get(record.chipId) ?? new Map<number, number[]>();
      touched.set(record.chipId, epochs);
      const alarms = epochs.get(record.epoch) ?? [];
      epochs.set(record.epoch, alarms);
      if (record.body.kind === 'alarm') alarms.push(record.seq);
    }
    const result: { chipId: string; send: Uint8Array[] }[] = [];
    for (const [chipId, epochs] of touched) {
      const send: Uint8Array[] = [];
      for (const [epoch, alarms] of epochs) send.push(...this.acks(chipId, epoch, alarms));
      if (send.length > 0) result.push({ chipId, send });
    }
    return result;
  }

  /**
   * Tells the machine that every record 1..`floor` of the chip's `epoch` is already durable, as
   * storage knows after a restart or when another instance stored part of the epoch
   * (WC-PROTO-056): those seqs count as received (a retransmission is a duplicate, acked again)
   * and the ack floor rises to at least `floor`. Returns the ack for the chip's live session, if
   * the floor moved and the chip has one.
   *
   * @example
   * ```ts
   * const floor = await storage.contiguousFloor(chipId, epoch);
   * for (const { chipId, send } of platform.restoreDurable(chipId, epoch, floor)) send.forEach(publish);
   * ```
   */
  restoreDurable(chipId: string, epoch: number, floor: number): { chipId: string; send: Uint8Array[] }[] {
    if (!Number.isSafeInteger(floor) || floor <= 0) return [];
    const durable = this.epoch(chipId, epoch).durable;
    if (floor <= durable.floor) return [];
    durable.raiseFloor(floor);
    const send = this.acks(chipId, epoch, []);
    return send.length === 0 ? [] : [{ chipId, send }];
  }

  private acks(chipId: string, epoch: number, alarms: readonly number[]): Uint8Array[] {
    const session = this.session(chipId);
    if (session === undefined) return [];
    const durable = this.epoch(chipId, epoch).durable;
    const send = [
      this.seal(session, {
        kind: 'ack',
        value: { epoch, seq: durable.floor, selective: durable.selective() },
      }),
    ];
    for (const seq of alarms) send.push(this.seal(session, { kind: 'alarmAck', value: { epoch, seq } }));
    return send;
  }

  private session(chipId: string): Connection | undefined {
    const connection = this.chips.get(chipId)?.connection;
    const state = connection === undefined ? undefined : this.connections.get(connection);
    return state?.down === undefined ? undefined : state;
  }

  private seal(state: Connection, body: EnvelopeBody): Uint8Array {
    return sealEnvelope({ seq: 0, body }, state.down);
  }

  /**
   * Signs a directive for `chipId` and seals it for its live session (WC-PROTO-044).
   *
   * @throws {@link ProtocolError} `ERR_PROTO_NO_SESSION` when the chip is offline (relay it through a
   *   phone with {@link signDirective} instead).
   */
  sendDirective(chipId: string, directive: Omit<Directive, 'chipId' | 'nonce' | 'issuedS'>): Uint8Array {
    const session = this.session(chipId);
    if (session === undefined)
      throw new ProtocolError('ERR_PROTO_NO_SESSION', `${chipId} has no live session`);
    return this.seal(session, { kind: 'directive', value: this.signDirective(chipId, directive) });
  }

  /**
   * Seals an already signed directive for the chip's live session, so that the copy a phone
   * relays over BLE and the copy sent online are one directive with one nonce.
   *
   * @throws {@link ProtocolError} `ERR_PROTO_NO_SESSION` when the chip is offline.
   */
  sendSignedDirective(chipId: string, signed: SignedDirective): Uint8Array {
    const session = this.session(chipId);
    if (session === undefined)
      throw new ProtocolError('ERR_PROTO_NO_SESSION', `${chipId} has no live session`);
    return this.seal(session, { kind: 'directive', value: signed });
  }

  /**
   * Seals any downlink body (a `timeSync`, a `command`, an already signed `directive`, ...) for the
   * chip's live session (WC-PROTO-058), for applications that speak to chips beyond what the
   * machine sends by itself.
   *
   * @throws {@link ProtocolError} `ERR_PROTO_NO_SESSION` when the chip is offline;
   *   `ERR_PROTO_INVALID_FIELD` for an uplink kind or a handshake message (`challenge`,
   *   `authResult`), which only the machine itself may send.
   * @example
   * ```ts
   * const bytes = platform.sealDownlink('WC-1', { kind: 'timeSync', value: { platformRxMs: now, platformTxMs: now } });
   * publish(chipTopic('WC-1', 'down'), bytes);
   * ```
   */
  sealDownlink(chipId: string, body: EnvelopeBody): Uint8Array {
    const info = BODY_KINDS[body.kind];
    if (info === undefined || info.direction !== 'down' || !info.mac) {
      throw new ProtocolError('ERR_PROTO_INVALID_FIELD', `${body.kind} is not a sealed downlink`, {
        details: { kind: body.kind },
      });
    }
    if (body.kind === 'authResult')
      throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'authResult belongs to the handshake');
    const session = this.session(chipId);
    if (session === undefined)
      throw new ProtocolError('ERR_PROTO_NO_SESSION', `${chipId} has no live session`);
    return this.seal(session, body);
  }

  /** Signs a directive for `chipId` with a fresh nonce and the current time. */
  signDirective(chipId: string, directive: Omit<Directive, 'chipId' | 'nonce' | 'issuedS'>) {
    return signDirective(
      { ...directive, chipId, nonce: this.random(16), issuedS: Math.floor(this.options.now() / 1000) },
      this.options.secretKey,
      this.publicKey,
    );
  }

  /** A back-pressure nack for the chip's live session (WC-PROTO-052). */
  nack(chipId: string, retryAfterMs: number): Uint8Array[] {
    const session = this.session(chipId);
    if (session === undefined) return [];
    return [
      this.seal(session, {
        kind: 'nack',
        value: { epoch: session.epoch, reason: weldcode.v1.NackReason.NACK_REASON_BUSY, retryAfterMs },
      }),
    ];
  }
}
