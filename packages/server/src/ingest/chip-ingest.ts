import { randomBytes } from 'node:crypto';
import {
  decodeEnvelope,
  type IngestedRecord,
  type PlatformAlert,
  PlatformMachine,
  type PlatformOutput,
  type ProtocolError,
  type SignedDirective,
} from '@weldcode/protocol';
import type { ChipGateway } from '../platform/chip-gateway';
import type { PlatformEvents } from '../platform/platform-events';
import { BatchWriter } from '../storage/batch-writer';
import type { HandshakeTranscript } from '../storage/chip-session-store';
import type { Storage } from '../storage/storage';
import type { UplinkOutcome, UplinkRecord } from '../storage/uplink-store';
import { DurableFloors } from './durable-floors';
import { HandshakeEntropy } from './handshake-entropy';
import type { IngestMetrics } from './ingest-metrics';
import { classifyUplink, recordPayloads } from './uplink-shape';

/** Chip states allowed to connect (WC-SRV-051): registered, bound or not yet; never suspended or revoked. */
const CONNECTABLE = new Set(['provisioned', 'active']);
/** A link retries restoring its session from storage at most this often after a MAC failure. */
const RESTORE_INTERVAL_MS = 500;
/** Back-pressure delay told to chips when a batch could not be committed (WC-PROTO-052). */
const BUSY_RETRY_MS = 2000;

/** A transport connection as ingest sees it: an MQTT chip topic or a TCP socket. */
export interface IngestLink {
  /** `mqtt:<chipId>` or `tcp:<n>`: unique in this process. */
  readonly id: string;
  readonly transport: 'mqtt' | 'tcp';
  /** Known up front for MQTT (the topic); for TCP once a handshake succeeds. */
  readonly chipId?: string;
  /** Sends one downlink envelope on this link. */
  send(bytes: Uint8Array): void;
}

/** Options of {@link ChipIngest}. */
export interface ChipIngestOptions {
  storage: Storage;
  events: PlatformEvents;
  metrics: IngestMetrics;
  /** Batch size and delay of the uplink writer (defaults 500 and 5 ms). */
  maxBatch?: number;
  maxDelayMs?: number;
  /**
   * Trim the protocol machine's chain history after this many records (default 1,000,000): it
   * keeps chain heads and out-of-order records for every chip epoch it saw (bounded per epoch,
   * WC-PROTO-057). Sessions, acks and replay detection are not affected.
   */
  recycleAfterRecords?: number;
  /** Called with unexpected failures (they never reach a chip). */
  onError?: (error: unknown) => void;
  /**
   * The platform clock (default `Date.now`): the protocol machine's time, receipt and presence
   * times, session stamps. Pacing timers (restore and refresh intervals) stay on wall time.
   */
  clock?: () => number;
}

interface LinkState {
  link: IngestLink;
  chipId: string | undefined;
  /** Machine generation the connections below belong to. */
  generation: number;
  /** Machine connection of the live session, and its transcript id. */
  session: string | undefined;
  sessionId: string | undefined;
  /** Machine connection and transcript of a handshake in progress. */
  pending: string | undefined;
  pendingTranscript: (HandshakeTranscript & { chipId: string }) | undefined;
  /** Serialises the messages of a link while one of them waits for storage. */
  busy: Promise<void> | undefined;
  lastRestoreMs: number;
  closed: boolean;
}

/**
 * Durable chip ingest: authenticates chips against the registry, verifies every uplink with the
 * protocol's {@link PlatformMachine}, writes records in batches and acknowledges each only after
 * its batch committed, idempotently on (chip, epoch, seq) through the database's primary key. The
 * machine is a cache: sessions are persisted as handshake transcripts, so another instance (MQTT
 * shared subscriptions) or this one after a restart restores them from storage.
 *
 * `startServer` wires it to its transports; embed it yourself with a link per connection:
 *
 * @example
 * ```ts
 * import { ChipIngest, createIngestMetrics, openStorage, PlatformEvents } from '@weldcode/server';
 * import { Registry } from 'prom-client';
 *
 * const storage = await openStorage({ dataDir: '.weldcode-data' });
 * const ingest = new ChipIngest({ storage, events: new PlatformEvents(), metrics: createIngestMetrics(new Registry()) });
 * const link = { id: 'tcp:1', transport: 'tcp' as const, send: (bytes: Uint8Array) => socket.write(encodeFrame(bytes)) };
 * decoder.onFrame((frame) => void ingest.receive(link, frame));
 * socket.on('close', () => ingest.linkClosed(link));
 * ```
 */
export class ChipIngest implements ChipGateway {
  private machine!: PlatformMachine;
  private generation = 0;
  private recordsThisGeneration = 0;
  private readonly entropy: HandshakeEntropy;
  private readonly clock: () => number;
  private readonly writer: BatchWriter<UplinkRecord, UplinkOutcome>;
  private readonly links = new Map<string, LinkState>();
  private readonly chipLinks = new Map<string, LinkState>();
  private readonly chipKeys = new Map<string, Uint8Array>();
  private floors = new DurableFloors();
  private confirming: IngestedRecord[] = [];
  private readonly failing = new Set<string>();
  private closed = false;

  constructor(private readonly options: ChipIngestOptions) {
    this.clock = options.clock ?? Date.now;
    this.entropy = new HandshakeEntropy(this.clock);
    this.writer = new BatchWriter({
      write: (records) => options.storage.uplinks.append(records),
      maxBatch: options.maxBatch ?? 500,
      maxDelayMs: options.maxDelayMs ?? 5,
    });
    this.recycle();
  }

  /** Starts with a fresh protocol machine; every session is restored from storage on its next use. */
  private recycle(): void {
    this.generation++;
    this.recordsThisGeneration = 0;
    this.floors = new DurableFloors();
    this.machine = new PlatformMachine({
      secretKey: this.options.storage.keys.directive.secretKey,
      lookupChip: (chipId) => this.chipKeys.get(chipId),
      now: this.entropy.now,
      random: this.entropy.random,
    });
  }

  /** True when the chip has a live session on this instance (ChipGateway). */
  isOnline(chipId: string): boolean {
    const state = this.chipLinks.get(chipId);
    return state !== undefined && state.session !== undefined && this.machine.isOnline(chipId);
  }

  /** Seals a signed directive for the chip's live session and sends it (ChipGateway). */
  async deliver(chipId: string, directive: SignedDirective): Promise<boolean> {
    let state = this.chipLinks.get(chipId);
    if (state !== undefined && (state.generation !== this.generation || state.session === undefined)) {
      await this.restore(state, true);
    }
    state = this.chipLinks.get(chipId);
    if (state?.session === undefined || !this.machine.isOnline(chipId)) return false;
    try {
      state.link.send(this.machine.sendSignedDirective(chipId, directive));
      return true;
    } catch {
      return false;
    }
  }

  /** Registers a link whose session a shared-subscription peer may have started (MQTT). */
  attach(link: IngestLink): void {
    this.state(link);
  }

  /** One envelope from `link`. Never throws: bad input is counted and dropped. */
  receive(link: IngestLink, bytes: Uint8Array): Promise<void> {
    this.options.metrics.uplinks.inc({ transport: link.transport });
    const state = this.state(link);
    if (state.busy !== undefined) {
      const next = state.busy.then(() => this.handle(state, bytes));
      state.busy = next;
      void next.finally(() => {
        if (state.busy === next) state.busy = undefined;
      });
      return next;
    }
    const work = this.handle(state, bytes);
    if (work === undefined) return Promise.resolve();
    state.busy = work;
    void work.finally(() => {
      if (state.busy === work) state.busy = undefined;
    });
    return work;
  }

  /** The link is gone (socket closed, MQTT Last Will): its session ends (WC-SRV-061). */
  /**
   * The broker published the chip's Last Will (WC-PROTO-016): whichever instance receives it tells
   * monitoring, which raises `CHIP_OFFLINE` at once rather than after the offline threshold.
   */
  lastWill(chipId: string): void {
    this.options.events.emit('presence', { chipId, online: false, atMs: this.clock(), lastWill: true });
  }

  linkClosed(link: IngestLink): void {
    const state = this.links.get(link.id);
    if (state === undefined) return;
    state.closed = true;
    this.links.delete(link.id);
    if (state.pending !== undefined) this.machine.disconnect(state.pending);
    this.endSession(state);
  }

  private state(link: IngestLink): LinkState {
    let state = this.links.get(link.id);
    if (state === undefined) {
      state = {
        link,
        chipId: link.chipId,
        generation: this.generation,
        session: undefined,
        sessionId: undefined,
        pending: undefined,
        pendingTranscript: undefined,
        busy: undefined,
        lastRestoreMs: 0,
        closed: false,
      };
      this.links.set(link.id, state);
      if (link.chipId !== undefined && !this.chipLinks.has(link.chipId))
        this.chipLinks.set(link.chipId, state);
    }
    return state;
  }

  /** Synchronous when it can be (sealed uplinks of a live session): undefined then. */
  private handle(state: LinkState, bytes: Uint8Array): Promise<void> | undefined {
    try {
      switch (classifyUplink(bytes)) {
        case 'hello':
          return this.guard(this.hello(state, bytes));
        case 'authResponse':
          return this.guard(this.authResponse(state, bytes));
        case 'unsealed':
          // Without a MAC trailer it cannot be a sealed envelope: malformed, and not a forgery
          // attempt, so it never counts toward the session's MAC-failure limit (WC-SRV-058).
          this.reject('ERR_PROTO_BAD_MAC');
          return undefined;
        default:
          return this.sealed(state, bytes, true);
      }
    } catch (error) {
      this.options.onError?.(error);
      return undefined;
    }
  }

  private guard(work: Promise<void>): Promise<void> {
    return work.catch((error: unknown) => {
      this.reject('ERR_SRV_STORAGE');
      this.options.onError?.(error);
    });
  }

  private reject(reason: string): void {
    this.options.metrics.rejected.inc({ reason });
  }

  private sealed(state: LinkState, bytes: Uint8Array, mayRestore: boolean): Promise<void> | undefined {
    if (state.generation !== this.generation || state.session === undefined) {
      if (mayRestore && this.mayRestore(state)) {
        return this.guard(this.restore(state, false).then(() => this.sealed(state, bytes, false)));
      }
      this.reject('ERR_PROTO_NO_SESSION');
      return undefined;
    }
    const out = this.machine.receive(state.session, bytes);
    const stale = out.errors.some((e) => e.code === 'ERR_PROTO_BAD_MAC' || e.code === 'ERR_PROTO_NO_SESSION');
    if (stale && mayRestore && state.link.transport === 'mqtt' && this.mayRestore(state)) {
      // Another instance may have completed a newer handshake of this chip (shared subscription).
      return this.guard(
        this.restore(state, true).then((changed) => {
          if (changed) return this.sealed(state, bytes, false);
          this.output(state, out, bytes);
        }),
      );
    }
    this.output(state, out, bytes);
    return undefined;
  }

  private mayRestore(state: LinkState): boolean {
    const now = Date.now();
    if (state.chipId === undefined || now - state.lastRestoreMs < RESTORE_INTERVAL_MS) return false;
    state.lastRestoreMs = now;
    return true;
  }

  /**
   * Loads the chip's live session from storage into this machine generation. For MQTT any live
   * MQTT session of the chip will do; a TCP link only gets back its own. Resolves true when the
   * link's session changed.
   */
  private async restore(state: LinkState, force: boolean): Promise<boolean> {
    const chipId = state.chipId;
    if (chipId === undefined) return false;
    const row = await this.options.storage.chipSessions.get(chipId);
    const session = row?.session;
    if (session === undefined || !session.live) return false;
    if (state.link.transport === 'tcp' ? session.id !== state.sessionId : session.transport !== 'mqtt')
      return false;
    if (!force && state.generation === this.generation && state.sessionId === session.id) return false;
    if (state.generation === this.generation && state.sessionId === session.id && state.session !== undefined)
      return false;
    await this.refreshChipKey(chipId);
    await this.seedFloor(chipId, session.epoch);
    // the replay teaches the machine the chip's highest epoch too (see loadHighestEpoch)
    this.floors.markChip(chipId);
    const connection = `${state.link.id}#${session.id}`;
    this.machine.disconnect(connection);
    this.entropy.replay(session.entropy, session.ms, () => this.machine.receive(connection, session.hello));
    const out = this.machine.receive(connection, session.auth);
    if (out.errors.length > 0) {
      this.machine.disconnect(connection);
      return false;
    }
    if (state.session !== undefined && state.session !== connection && state.generation === this.generation) {
      this.machine.disconnect(state.session);
    }
    this.bind(state, chipId, connection, session.id);
    return true;
  }

  private bind(state: LinkState, chipId: string, connection: string, sessionId: string): void {
    const wasLive = state.session !== undefined && state.generation === this.generation;
    state.generation = this.generation;
    state.session = connection;
    state.sessionId = sessionId;
    state.chipId = chipId;
    const previous = this.chipLinks.get(chipId);
    if (previous !== undefined && previous !== state && previous.session !== undefined) {
      previous.session = undefined;
      this.options.metrics.sessions.dec();
    }
    this.chipLinks.set(chipId, state);
    if (!wasLive) this.options.metrics.sessions.inc();
  }

  private endSession(state: LinkState): void {
    const chipId = state.chipId;
    if (state.session !== undefined) {
      if (state.generation === this.generation) this.machine.disconnect(state.session);
      state.session = undefined;
      this.options.metrics.sessions.dec();
      if (chipId !== undefined) {
        this.options.events.emit('presence', { chipId, online: false, atMs: this.clock() });
      }
    }
    if (chipId !== undefined && this.chipLinks.get(chipId) === state) this.chipLinks.delete(chipId);
    if (chipId !== undefined) {
      this.options.storage.chipSessions
        .end(chipId, state.sessionId, this.clock())
        .catch((error: unknown) => this.options.onError?.(error));
    }
  }

  /** A hello starts a new handshake beside the live session, which stays until it completes (WC-SRV-060). */
  private async hello(state: LinkState, bytes: Uint8Array): Promise<void> {
    let chipId: string;
    try {
      const envelope = decodeEnvelope(bytes);
      if (envelope.body.kind !== 'hello') throw new Error('not a hello');
      chipId = envelope.body.value.chipId ?? '';
    } catch {
      this.reject('ERR_PROTO_MALFORMED');
      return;
    }
    if (state.link.chipId !== undefined && chipId !== state.link.chipId) {
      // A chip speaks only for itself on its own topic.
      this.reject('ERR_PROTO_FOREIGN');
      return;
    }
    const id = randomBytes(9).toString('base64url');
    const connection = `${state.link.id}#${id}`;
    const { result: out, entropy, ms } = this.entropy.record(() => this.machine.receive(connection, bytes));
    if (out.errors.length > 0 || out.send.length === 0) {
      this.machine.disconnect(connection);
      for (const error of out.errors) this.reject(error.code);
      return;
    }
    const transcript = { id, hello: bytes, entropy, ms, chipId };
    // Persisted before the challenge leaves: the auth response may reach another instance.
    await this.options.storage.chipSessions.savePending(chipId, transcript, this.clock());
    if (state.pending !== undefined && state.generation === this.generation)
      this.machine.disconnect(state.pending);
    if (state.generation !== this.generation) this.rebase(state);
    state.pending = connection;
    state.pendingTranscript = transcript;
    for (const reply of out.send) state.link.send(reply);
  }

  /** The link's connections belong to an older machine: forget them (they are restored on use). */
  private rebase(state: LinkState): void {
    state.generation = this.generation;
    state.pending = undefined;
    if (state.session !== undefined) {
      state.session = undefined;
      this.options.metrics.sessions.dec();
    }
  }

  private async authResponse(state: LinkState, bytes: Uint8Array): Promise<void> {
    const pending = await this.pendingFor(state);
    if (pending === undefined) {
      this.reject('ERR_PROTO_NO_SESSION');
      return;
    }
    const { chipId } = pending;
    const epoch = (decodeEnvelope(pending.hello).body.value as { bootEpoch?: number }).bootEpoch ?? 0;
    const status = await this.refreshChipKey(chipId);
    await this.loadHighestEpoch(state, chipId);
    await this.seedFloor(chipId, epoch);
    const connection = `${state.link.id}#${pending.id}`;
    if (state.pending !== connection || state.generation !== this.generation) {
      // started on another instance, or before this machine was recycled: replay the hello
      this.machine.disconnect(connection);
      this.entropy.replay(pending.entropy, pending.ms, () => this.machine.receive(connection, pending.hello));
    }
    const out = this.machine.receive(connection, bytes);
    state.pending = undefined;
    state.pendingTranscript = undefined;
    if (out.errors.length > 0) {
      this.machine.disconnect(connection);
      this.options.metrics.handshakes.inc({ result: out.errors[0]?.code ?? 'refused' });
      for (const alert of out.alerts) this.alert(state, alert, status);
      for (const reply of out.send) state.link.send(reply);
      return;
    }
    await this.options.storage.chipSessions.establish(
      chipId,
      { ...pending, transport: state.link.transport, auth: bytes, epoch },
      this.clock(),
    );
    if (state.session !== undefined && state.generation === this.generation && state.session !== connection) {
      this.machine.disconnect(state.session);
    }
    if (state.generation !== this.generation) this.rebase(state);
    this.bind(state, chipId, connection, pending.id);
    this.options.metrics.handshakes.inc({ result: 'ok' });
    this.options.events.emit('presence', { chipId, online: true, atMs: this.clock() });
    this.output(state, out, bytes);
  }

  /** The handshake this auth response answers: this link's own, else the one in storage (MQTT). */
  private async pendingFor(
    state: LinkState,
  ): Promise<(HandshakeTranscript & { chipId: string }) | undefined> {
    if (state.link.transport === 'tcp' || state.chipId === undefined) return state.pendingTranscript;
    const row = await this.options.storage.chipSessions.get(state.chipId);
    if (row?.pending === undefined) return undefined;
    return { ...row.pending, chipId: state.chipId };
  }

  /** Caches the chip's registered key when its state allows it to connect; returns its status. */
  private async refreshChipKey(chipId: string): Promise<string | undefined> {
    try {
      const chip = await this.options.storage.chips.get(chipId);
      if (CONNECTABLE.has(chip.status))
        this.chipKeys.set(chipId, new Uint8Array(Buffer.from(chip.publicKey, 'base64url')));
      else this.chipKeys.delete(chipId);
      return chip.status;
    } catch {
      this.chipKeys.delete(chipId);
      return undefined;
    }
  }

  /**
   * Teaches a fresh machine the chip's highest authenticated boot epoch, by replaying the chip's
   * last session on a throwaway connection, so a stale epoch is refused after restarts too.
   */
  private async loadHighestEpoch(state: LinkState, chipId: string): Promise<void> {
    if (this.floors.knowsChip(chipId)) return;
    this.floors.markChip(chipId);
    const session = (await this.options.storage.chipSessions.get(chipId))?.session;
    if (session === undefined) return;
    const connection = `restore:${state.link.id}#${session.id}`;
    this.entropy.replay(session.entropy, session.ms, () => this.machine.receive(connection, session.hello));
    this.machine.receive(connection, session.auth);
    this.machine.disconnect(connection);
  }

  /** Makes the machine's ack floor for (chip, epoch) at least what storage holds contiguously. */
  private async seedFloor(chipId: string, epoch: number): Promise<void> {
    const floor = await this.options.storage.uplinks.contiguousFloor(chipId, epoch);
    this.advanceFloor(chipId, epoch, floor, false);
  }

  private advanceFloor(chipId: string, epoch: number, floor: number, sendAcks: boolean): void {
    if (this.floors.raise(chipId, epoch, floor) === undefined) return;
    const acks = this.machine.restoreDurable(chipId, epoch, floor);
    if (sendAcks) this.sendAcks(acks);
  }

  private output(state: LinkState, out: PlatformOutput, bytes: Uint8Array): void {
    for (const reply of out.send) state.link.send(reply);
    for (const error of out.errors) this.refused(error);
    const receivedMs = this.clock();
    for (const message of out.messages) this.options.events.emit('message', { ...message, receivedMs });
    for (const alert of out.alerts) this.alert(state, alert, undefined);
    if (out.records.length > 0) this.store(out.records, bytes);
  }

  private refused(error: ProtocolError): void {
    if (error.code === 'ERR_PROTO_REPLAYED') this.options.metrics.records.inc({ outcome: 'duplicate' });
    else this.reject(error.code);
  }

  /** Machine alerts worth a person's attention, as `chip-alert` events (WC-SRV-053, WC-SRV-054). */
  private alert(state: LinkState, alert: PlatformAlert, status: string | undefined): void {
    // Per instance a chain only covers the records this instance saw since it started: a gap is
    // not evidence here (WC-SRV-066).
    if (alert.kind === 'log-gap') return;
    if (alert.kind === 'duplicate-session') {
      const previous = String(alert.details.previous ?? '');
      const owner = [...this.links.values()].find((s) => previous.startsWith(`${s.link.id}#`));
      // a session replaced on its own link, or one only restored from storage, is no clone
      if (owner === undefined || owner === state || owner.closed) return;
    }
    const details = status === undefined ? alert.details : { ...alert.details, status };
    this.options.events.emit('chip-alert', { ...alert, details, receivedMs: this.clock() });
  }

  private store(records: IngestedRecord[], bytes: Uint8Array): void {
    const payloads = recordPayloads(
      bytes,
      records.map((r) => r.seq),
    );
    for (const record of records) {
      const payload = payloads.get(record.seq) ?? new Uint8Array(0);
      this.writer
        .submit({
          chipId: record.chipId,
          bootEpoch: record.epoch,
          seq: record.seq,
          kind: record.body.kind,
          receivedAt: record.receivedMs,
          payload,
        })
        .then(
          (outcome) => this.committed(record, outcome),
          (error: unknown) => this.failed(record, error),
        );
    }
    this.recordsThisGeneration += records.length;
  }

  private committed(record: IngestedRecord, outcome: UplinkOutcome): void {
    this.options.metrics.records.inc({ outcome });
    if (outcome === 'stored') this.options.events.emit('record', record);
    if (this.confirming.length === 0) queueMicrotask(() => this.confirm());
    this.confirming.push(record);
  }

  /** Acks everything committed in this tick, one ack per chip and epoch (WC-SRV-055). */
  private confirm(): void {
    const records = this.confirming;
    this.confirming = [];
    if (this.closed) return;
    const acks = this.machine.confirmDurable(records);
    this.sendAcks(acks);
    for (const lagging of this.floors.confirm(records)) void this.refreshFloor(lagging.chipId, lagging.epoch);
    const limit = this.options.recycleAfterRecords ?? 1_000_000;
    if (this.recordsThisGeneration >= limit) {
      // Replacing the machine instead made every chip replay its handshake from storage on its
      // next uplink (Ed25519 and X25519, ~0.6 ms each): 6 s of a core in one burst at 10,000 chips.
      this.machine.forgetChainHistory();
      this.recordsThisGeneration = 0;
    }
  }

  /** Records of this epoch committed by another instance fill the gaps of this one's ack floor. */
  private async refreshFloor(chipId: string, epoch: number): Promise<void> {
    try {
      const floor = await this.options.storage.uplinks.contiguousFloor(chipId, epoch);
      this.advanceFloor(chipId, epoch, floor, true);
    } catch (error) {
      this.options.onError?.(error);
    } finally {
      this.floors.refreshed(chipId, epoch);
    }
  }

  private sendAcks(acks: { chipId: string; send: Uint8Array[] }[]): void {
    for (const { chipId, send } of acks) {
      const link = this.chipLinks.get(chipId)?.link;
      if (link !== undefined) for (const bytes of send) link.send(bytes);
    }
  }

  /**
   * The batch did not commit: nothing in it is acked; its chips are told to back off, and the
   * machine, which counted the records as received, is replaced so the retransmissions are
   * ingested again (WC-SRV-056).
   */
  private failed(record: IngestedRecord, error: unknown): void {
    if (this.closed) return;
    if (this.failing.size === 0) {
      this.options.onError?.(error);
      queueMicrotask(() => {
        const chips = [...this.failing];
        this.failing.clear();
        this.options.metrics.batchFailures.inc();
        for (const chipId of chips) {
          const link = this.chipLinks.get(chipId)?.link;
          if (link !== undefined)
            for (const bytes of this.machine.nack(chipId, BUSY_RETRY_MS)) link.send(bytes);
        }
        this.recycle();
      });
    }
    this.failing.add(record.chipId);
  }

  /** Writes what is waiting, then stops. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.writer.close();
    await Promise.resolve();
    this.confirm();
    this.closed = true;
  }
}
