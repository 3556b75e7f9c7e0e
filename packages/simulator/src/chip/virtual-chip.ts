import { getPublicKey } from '@weldcode/crypto';
import {
  ChipMachine,
  type ChipOutput,
  type DirectiveOutcome,
  decodeEnvelope,
  proto,
  type RegisterRequest,
  signRegisterRequest,
} from '@weldcode/protocol';
import type { SeededRandom } from '../random';
import { ArcSignal, arcProfile, deltaEncode, MACHINE_KINDS, type MachineKind } from '../signals/arc-signal';
import { type GeoPoint, type PositionMode, PositionSignal } from '../signals/position-signal';
import type { SimClock } from '../sim-clock';

const AlarmKind = proto.v1.AlarmKind;
const EventKind = proto.v1.EventKind;
/** A handshake not finished after this long is started again on the same link. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

/** Options of {@link VirtualChip}. */
export interface VirtualChipOptions {
  chipId: string;
  secretKey: Uint8Array;
  platformKeys: readonly Uint8Array[];
  machineKind: MachineKind;
  clock: SimClock;
  random: SeededRandom;
  position: GeoPoint;
  positionMode?: PositionMode;
  bootEpoch?: number;
  /** Crystal error of the chip clock in parts per million (a cheap RTC drifts 20-100 ppm). */
  driftPpm?: number;
  /** Fixed offset of the chip clock at boot, ms (a chip that booted without a network time). */
  skewMs?: number;
  telemetryIntervalS?: number;
  heartbeatIntervalS?: number;
  locationIntervalS?: number;
  /** Ask the platform for its time this often (default hourly). */
  timeSyncIntervalS?: number;
  bufferCapacity?: number;
  /**
   * How long a sent record waits for its ack before it is sent again, ms of chip time (default the
   * protocol's 10 s). A run that moves simulated time in bursts between network round trips
   * raises it, so that records are not retransmitted just because the burst outran the platform.
   */
  ackTimeoutMs?: number;
}

/** Why the chip was told to misbehave; each maps to a platform alert a correct platform raises. */
export interface Misbehaviour {
  /** Mains reach the torch with the relay open: arcs without a grant. */
  relayBypassed: boolean;
  /** Drops every ack and alarm ack it receives, so it retransmits forever. */
  ignoresAcks: boolean;
}

/** Counters a summary reports. */
export interface ChipStats {
  sent: number;
  received: number;
  refused: number;
  arcSeconds: number;
  bypassArcSeconds: number;
  grantsAccepted: number;
  grantsRejected: number;
}

/**
 * A virtual chip: a {@link ChipMachine} (the only protocol logic it has) plus the hardware around
 * it — relay, arc sensor, GNSS, enclosure switch, mains sense, a drifting clock — and switches to
 * make it misbehave. It is transport-free: a transport sets {@link VirtualChip.transmit}, calls
 * {@link VirtualChip.linkUp} / {@link VirtualChip.linkDown} and feeds downlinks to
 * {@link VirtualChip.deliver}; a scenario calls {@link VirtualChip.advance} as simulated time passes.
 *
 * @example
 * ```ts
 * import { SimClock, VirtualChip, seededRandom } from '@weldcode/simulator';
 *
 * const chip = new VirtualChip({ chipId: 'WC-310120-000001', secretKey, platformKeys: [platformKey],
 *   machineKind: 'mig-mag', clock, random: seededRandom(1), position: { lat: 30.91, lon: 121.47 } });
 * chip.transmit = (bytes) => link.send(bytes);
 * chip.linkUp();
 * chip.advance(); // one simulated second after another
 * ```
 */
export class VirtualChip {
  /** The protocol state machine; replaced by a new one (next boot epoch) at {@link VirtualChip.reboot}. */
  machine: ChipMachine;
  readonly chipId: string;
  readonly machineKind: MachineKind;
  readonly publicKey: Uint8Array;
  readonly positionSignal: PositionSignal;
  /** Where envelopes go; set by the transport. */
  transmit: (bytes: Uint8Array) => void = () => {};
  readonly misbehaviour: Misbehaviour = { relayBypassed: false, ignoresAcks: false };
  readonly stats: ChipStats = {
    sent: 0,
    received: 0,
    refused: 0,
    arcSeconds: 0,
    bypassArcSeconds: 0,
    grantsAccepted: 0,
    grantsRejected: 0,
  };
  /** The worker at the machine strikes arcs whenever it is energised. */
  working = false;
  workerId = '';
  mainsOn = true;
  enclosureOpen = false;
  /** The chip was pulled out of the machine: it is silent from now on. */
  removed = false;
  /** Every directive outcome, newest last (tests and summaries read it). */
  readonly outcomes: DirectiveOutcome[] = [];

  private readonly arc: ArcSignal;
  private readonly options: Required<
    Pick<
      VirtualChipOptions,
      'telemetryIntervalS' | 'heartbeatIntervalS' | 'locationIntervalS' | 'timeSyncIntervalS'
    >
  >;
  private readonly bootClockMs: number;
  private readonly skewMs: number;
  private readonly driftPpm: number;
  private lastSecond: number;
  private bootEpoch: number;
  private handshakeSince = 0;
  /** Spreads periodic messages of many chips over the period instead of one burst per second. */
  private readonly phase: number;
  private samples: { currentDa: number; voltageDv: number; state: number }[] = [];
  private session:
    | { startS: number; arcS: number; peakDa: number; sumDa: number; grantId?: Uint8Array }
    | undefined;

  constructor(private readonly config: VirtualChipOptions) {
    this.chipId = config.chipId;
    this.machineKind = config.machineKind;
    this.publicKey = getPublicKey(config.secretKey);
    this.bootClockMs = config.clock.now();
    this.skewMs = config.skewMs ?? 0;
    this.driftPpm = config.driftPpm ?? 0;
    this.lastSecond = Math.floor(this.bootClockMs / 1000);
    let h = 0;
    for (let i = 0; i < config.chipId.length; i++) h = (h * 31 + config.chipId.charCodeAt(i)) >>> 0;
    this.phase = h;
    this.options = {
      telemetryIntervalS: config.telemetryIntervalS ?? 10,
      heartbeatIntervalS: config.heartbeatIntervalS ?? 60,
      locationIntervalS: config.locationIntervalS ?? 60,
      timeSyncIntervalS: config.timeSyncIntervalS ?? 3600,
    };
    this.arc = new ArcSignal(arcProfile(config.machineKind), config.random.fork('arc'));
    this.positionSignal = new PositionSignal(
      config.position,
      config.positionMode ?? 'gnss',
      config.random.fork('gnss'),
    );
    this.bootEpoch = config.bootEpoch ?? 1;
    this.machine = this.boot();
  }

  private boot(restore?: ReturnType<ChipMachine['snapshot']>): ChipMachine {
    const config = this.config;
    const random = config.random.fork(`nonces-${this.bootEpoch}`);
    return new ChipMachine({
      chipId: config.chipId,
      secretKey: config.secretKey,
      platformKeys: config.platformKeys,
      bootEpoch: this.bootEpoch,
      now: () => this.localClock(),
      random: (n) => random.bytes(n),
      bufferCapacity: config.bufferCapacity ?? 1024,
      ...(config.ackTimeoutMs === undefined ? {} : { ackTimeoutMs: config.ackTimeoutMs }),
      birth: {
        firmware: 'weldcode-sim 0.0.0',
        hardware: 'virtual',
        sensors: 0b1_1011_0011,
        relay: 1,
        bufferCapacity: config.bufferCapacity ?? 1024,
        machineKind: MACHINE_KINDS[config.machineKind],
      },
      ...(restore === undefined ? {} : { restore }),
    });
  }

  /**
   * Power fails with no backup cell: the chip reboots with the next boot epoch, its unacknowledged
   * records, nonces and lock state restored from flash (`ChipMachine.snapshot`), the relay open and
   * no grant. The transport must reconnect (call {@link VirtualChip.linkUp} again).
   */
  reboot(): void {
    const snapshot = this.machine.snapshot();
    this.machine.disconnect();
    this.bootEpoch++;
    this.session = undefined;
    this.machine = this.boot(snapshot);
  }

  /** The chip's own clock: simulated time plus boot skew plus crystal drift. */
  localClock(): number {
    const t = this.config.clock.now();
    return t + this.skewMs + Math.round(((t - this.bootClockMs) * this.driftPpm) / 1e6);
  }

  /** True while mains reach the torch: relay closed, or bypassed by a tamperer. */
  get energised(): boolean {
    return this.mainsOn && (this.machine.relayClosed || this.misbehaviour.relayBypassed);
  }

  /** A proof-of-possession registration request, as the installer's tool submits it (WC-PROTO-024). */
  registration(machineSerial: string, installerId: string): RegisterRequest {
    return signRegisterRequest(
      {
        chipId: this.chipId,
        publicKey: this.publicKey,
        machineSerial,
        machineKind: MACHINE_KINDS[this.machineKind],
        installerId,
        nonce: this.config.random.fork('register').bytes(16),
      },
      this.config.secretKey,
    );
  }

  /** A connection to the platform is up: start the handshake. */
  linkUp(): void {
    if (this.removed) return;
    this.handshakeSince = this.config.clock.now();
    this.emit(this.machine.connect());
  }

  /** The connection dropped: records stay buffered for the backfill. */
  linkDown(): void {
    this.machine.disconnect();
  }

  /** One envelope from the platform. */
  deliver(bytes: Uint8Array): void {
    if (this.removed) return;
    this.stats.received++;
    if (this.misbehaviour.ignoresAcks && this.isAck(bytes)) return;
    this.emit(this.machine.receive(bytes));
  }

  /** One envelope relayed by a phone over BLE (only signed directives are accepted). */
  relayed(bytes: Uint8Array): ChipOutput {
    const out = this.machine.receiveRelayed(bytes);
    this.emit(out);
    return out;
  }

  private isAck(bytes: Uint8Array): boolean {
    try {
      const kind = decodeEnvelope(bytes).body.kind;
      return kind === 'ack' || kind === 'alarmAck';
    } catch {
      return false;
    }
  }

  /** The worker asks for a grant with the chip's button (the phone path goes through the platform). */
  requestUnlock(workerId: string, requestId: Uint8Array): void {
    this.emit(this.machine.unlockRequest({ source: 1, workerId, requestId }));
  }

  /** Runs the hardware up to the current simulated second: samples, records, heartbeats, expiry. */
  advance(): void {
    const nowS = Math.floor(this.config.clock.now() / 1000);
    while (this.lastSecond < nowS) {
      this.lastSecond++;
      this.second(this.lastSecond);
    }
  }

  private second(s: number): void {
    if (this.removed) return;
    // a hello or challenge lost on the way (broker restart, dropped packet): start over
    if (
      this.machine.status === 'handshaking' &&
      this.config.clock.now() - this.handshakeSince >= HANDSHAKE_TIMEOUT_MS
    ) {
      this.linkUp();
    }
    const wasClosed = this.machine.relayClosed;
    this.emit(this.machine.tick());
    if (wasClosed && !this.machine.relayClosed) this.endSession();
    const sample = this.arc.sample(this.energised, this.working);
    this.trackArc(sample.currentDa, s);
    this.emit(this.machine.observeArc(sample.currentDa));
    const state = (this.mainsOn ? 1 : 0) | (this.energised ? 2 : 0);
    this.samples.push({ currentDa: sample.currentDa, voltageDv: sample.voltageDv, state });
    const { telemetryIntervalS, heartbeatIntervalS, locationIntervalS, timeSyncIntervalS } = this.options;
    const phase = this.phase;
    if (this.samples.length >= telemetryIntervalS || this.samples.length >= 16) this.telemetry();
    if ((s + phase) % locationIntervalS === 0) this.location();
    if ((s + phase) % heartbeatIntervalS === 0) this.emit(this.machine.heartbeat({ rssiDbm: -80 }));
    if ((s + phase) % timeSyncIntervalS === 0) this.emit(this.machine.requestTimeSync());
  }

  private trackArc(currentDa: number, s: number): void {
    const burning = currentDa > 50;
    if (!burning) return;
    if (!this.machine.relayClosed) this.stats.bypassArcSeconds++;
    this.stats.arcSeconds++;
    this.session ??= { startS: s, arcS: 0, peakDa: 0, sumDa: 0, grantId: this.machine.grant?.grantId };
    this.session.arcS++;
    this.session.sumDa += currentDa;
    this.session.peakDa = Math.max(this.session.peakDa, currentDa);
  }

  private endSession(): void {
    const session = this.session;
    this.session = undefined;
    if (session === undefined) return;
    const endS = Math.floor(this.localClock() / 1000);
    this.record({
      kind: 'arcSession',
      value: {
        startS: session.startS,
        endS,
        arcS: session.arcS,
        peakCurrentDa: session.peakDa,
        meanCurrentDa: Math.round(session.sumDa / Math.max(1, session.arcS)),
        ...(session.grantId ? { grantId: session.grantId } : {}),
        workerId: this.workerId,
      },
    });
  }

  private telemetry(): void {
    const samples = this.samples;
    this.samples = [];
    let states = 0;
    samples.forEach((sample, i) => {
      states |= sample.state << (2 * i);
    });
    this.record({
      kind: 'telemetry',
      value: {
        startS: Math.floor(this.localClock() / 1000) - samples.length + 1,
        intervalMs: 1000,
        currentDa: deltaEncode(samples.map((x) => x.currentDa)),
        voltageDv: deltaEncode(samples.map((x) => x.voltageDv)),
        states: states >>> 0,
      },
    });
  }

  private location(): void {
    const fix = this.positionSignal.fix();
    this.record({
      kind: 'location',
      value: {
        timeS: Math.floor(this.localClock() / 1000),
        latE7: fix.latE7,
        lonE7: fix.lonE7,
        accuracyM: fix.accuracyM,
        source: fix.source,
        ...(fix.cells ? { cells: fix.cells } : {}),
      },
    });
  }

  private alarm(kind: number, value = 0): void {
    this.record({ kind: 'alarm', value: { kind, timeS: Math.floor(this.localClock() / 1000), value } });
  }

  private record(body: Parameters<ChipMachine['record']>[0]): void {
    this.emit(this.machine.record(body));
  }

  private emit(out: ChipOutput): void {
    if (out.error) this.stats.refused++;
    if (out.directive) {
      this.outcomes.push(out.directive);
      if (out.directive.action === 'grant') {
        if (out.directive.ok) this.stats.grantsAccepted++;
        else this.stats.grantsRejected++;
      }
    }
    if (this.removed) return;
    for (const bytes of out.send) {
      this.stats.sent++;
      this.transmit(bytes);
    }
  }

  // ---- misbehaviour and physical events

  /**
   * The welder pulls or releases the torch trigger (a conformance rig's control hook): pulling
   * strikes an arc in the next second when the machine is energised, instead of waiting out a pause.
   */
  pullTrigger(pulled: boolean): void {
    this.working = pulled;
    if (pulled) this.arc.strike();
  }

  /** Someone wires around the relay: arcs flow without a grant (ALARM_KIND_ARC_WITHOUT_GRANT). */
  bypassRelay(on = true): void {
    this.misbehaviour.relayBypassed = on;
  }

  /** The enclosure switch opens (ALARM_KIND_ENCLOSURE_OPENED). */
  openEnclosure(): void {
    this.enclosureOpen = true;
    this.alarm(AlarmKind.ALARM_KIND_ENCLOSURE_OPENED);
  }

  /** The chip is pulled out: its last breath is a CHIP_REMOVED alarm, then silence. */
  removeChip(): void {
    this.alarm(AlarmKind.ALARM_KIND_CHIP_REMOVED);
    this.removed = true;
    this.machine.disconnect();
  }

  /** Mains fail: the machine stops, the chip runs on its backup cell and reports it. */
  cutPower(): void {
    this.mainsOn = false;
    this.alarm(AlarmKind.ALARM_KIND_MAIN_POWER_LOST);
  }

  restorePower(): void {
    this.mainsOn = true;
  }

  /** The machine is carried to another place (mobile welding, 流动作业). */
  moveTo(point: GeoPoint): void {
    this.positionSignal.moveTo(point);
    this.location();
  }

  /** Emits an event record the platform logs (e.g. the worker starts or stops). */
  event(kind: keyof typeof EventKind): void {
    this.record({
      kind: 'event',
      value: { kind: EventKind[kind], timeS: Math.floor(this.localClock() / 1000) },
    });
  }
}
