import {
  directiveEnvelope,
  type IngestedRecord,
  PlatformMachine,
  type PlatformOutput,
  proto,
  type RegisterRequest,
  verifyRegisterRequest,
} from '@weldcode/protocol';
import type { QrVerifier } from '@weldcode/qr';
import type { SeededRandom } from '../random';
import { distanceMetres, type GeoPoint } from '../signals/position-signal';
import type { SimClock } from '../sim-clock';
import type { AlertKind, RefusalReason } from './reason-codes';
import { decideUnlock, type SiteRecord, type UnlockApplication, type UnlockDecision } from './unlock-policy';

const AlarmKind = proto.v1.AlarmKind;
const EventKind = proto.v1.EventKind;

/** An alert the harness raised. */
export interface HarnessAlert {
  kind: AlertKind;
  chipId: string;
  atMs: number;
  /** Raised from backfilled records: compliance only, never real time (WC-PROTO-038). */
  historical: boolean;
}

/** A refusal the harness answered. */
export interface HarnessRefusal {
  reason: RefusalReason;
  machineId?: number;
  workerId?: number;
  atMs: number;
}

/** A registered machine as the harness knows it. */
export interface HarnessMachine {
  machineId: number;
  chipId: string;
  site: SiteRecord;
}

/** Options of {@link PlatformHarness}. */
export interface PlatformHarnessOptions {
  secretKey: Uint8Array;
  clock: SimClock;
  random: SeededRandom;
  verifier: QrVerifier;
  /** Sends an envelope to a chip's connection (set by the transport binding). */
  send?: (connection: string, chipId: string, bytes: Uint8Array) => void;
}

const ALARM_ALERTS: Partial<Record<number, AlertKind>> = {
  [AlarmKind.ALARM_KIND_ARC_WITHOUT_GRANT]: 'BYPASS',
  [AlarmKind.ALARM_KIND_RELAY_BYPASSED]: 'BYPASS',
  [AlarmKind.ALARM_KIND_ENCLOSURE_OPENED]: 'ENCLOSURE_OPENED',
  [AlarmKind.ALARM_KIND_CHIP_REMOVED]: 'CHIP_REMOVED',
  [AlarmKind.ALARM_KIND_MAIN_POWER_LOST]: 'POWER_CUT',
};

const MACHINE_ALERTS: Partial<Record<string, AlertKind>> = {
  'duplicate-session': 'CLONED_CHIP',
  'bad-signature': 'CLONED_CHIP',
  'unknown-chip': 'UNKNOWN_CHIP',
  'stale-epoch': 'STALE_EPOCH',
  'log-tamper': 'LOG_TAMPER',
  'log-gap': 'LOG_GAP',
};

/**
 * A minimal district platform built from {@link PlatformMachine}: registration, ingest with acks
 * after "durable" storage (an in-memory array), alerts from alarms and positions, and the unlock
 * decision. It stands in for the reference server until that exists, and the conformance runner
 * can reuse it. Transport-free; {@link bindMqttHarness} and {@link MemoryNetwork} connect it.
 *
 * @example
 * ```ts
 * import { PlatformHarness } from '@weldcode/simulator';
 *
 * const harness = new PlatformHarness({ secretKey, clock, random, verifier });
 * harness.registerMachine(chip.registration('SN-1', 'installer-7'), { machineId: 1, site });
 * ```
 */
export class PlatformHarness {
  readonly machine: PlatformMachine;
  readonly records: IngestedRecord[] = [];
  readonly alerts: HarnessAlert[] = [];
  readonly refusals: HarnessRefusal[] = [];
  readonly grants: { machineId: number; workerId: number; atMs: number }[] = [];
  send: (connection: string, chipId: string, bytes: Uint8Array) => void;
  /** Messages received, for settling a real transport. */
  received = 0;
  private readonly keys = new Map<string, Uint8Array>();
  private readonly machines = new Map<number, HarnessMachine>();
  private readonly byChip = new Map<string, HarnessMachine>();
  private readonly fixes = new Map<string, GeoPoint & { accuracyM: number }>();
  private readonly tamperedChips = new Set<string>();
  private readonly connectionOf = new Map<string, string>();
  private grantCounter = 0;

  constructor(private readonly options: PlatformHarnessOptions) {
    const random = options.random.fork('platform');
    this.machine = new PlatformMachine({
      secretKey: options.secretKey,
      lookupChip: (id) => this.keys.get(id),
      now: () => options.clock.now(),
      random: (n) => random.bytes(n),
    });
    this.send = options.send ?? (() => {});
  }

  get publicKey(): Uint8Array {
    return this.machine.publicKey;
  }

  /** Registers a chip from its signed request (WC-PROTO-024); false if the proof fails. */
  registerMachine(request: RegisterRequest, machine: Omit<HarnessMachine, 'chipId'>): boolean {
    if (!verifyRegisterRequest(request) || request.chipId === undefined || request.publicKey === undefined)
      return false;
    this.keys.set(request.chipId, request.publicKey);
    const entry = { ...machine, chipId: request.chipId };
    this.machines.set(machine.machineId, entry);
    this.byChip.set(request.chipId, entry);
    return true;
  }

  private alert(kind: AlertKind, chipId: string, historical = false): void {
    this.alerts.push({ kind, chipId, atMs: this.options.clock.now(), historical });
  }

  /** One uplink on a connection (an MQTT chip topic or a TCP socket). */
  receive(connection: string, chipId: string, bytes: Uint8Array): void {
    this.received++;
    this.connectionOf.set(chipId, connection);
    const out = this.machine.receive(connection, bytes);
    for (const reply of out.send) this.send(connection, chipId, reply);
    this.ingest(out);
    for (const acks of this.machine.confirmDurable(out.records)) {
      const to = this.connectionOf.get(acks.chipId) ?? connection;
      for (const ack of acks.send) this.send(to, acks.chipId, ack);
    }
  }

  /** The connection closed or the chip's Last Will arrived. */
  disconnected(connection: string, chipId: string, lastWill: boolean): void {
    this.machine.disconnect(connection);
    if (lastWill) this.alert('CHIP_OFFLINE', chipId);
  }

  private ingest(out: PlatformOutput): void {
    for (const alert of out.alerts) {
      const kind = MACHINE_ALERTS[alert.kind];
      if (kind) this.alert(kind, alert.chipId);
    }
    for (const record of out.records) {
      this.records.push(record);
      this.evaluate(record);
    }
  }

  private evaluate(record: IngestedRecord): void {
    const { body, chipId, historical } = record;
    if (body.kind === 'alarm') {
      const kind = ALARM_ALERTS[body.value.kind ?? 0];
      if (kind) this.alert(kind, chipId, historical);
      if (kind === 'ENCLOSURE_OPENED' || kind === 'CHIP_REMOVED' || kind === 'BYPASS')
        this.tamperedChips.add(chipId);
    } else if (body.kind === 'event' && body.value.kind === EventKind.EVENT_KIND_GRANT_REJECTED) {
      this.alert('GRANT_REJECTED', chipId, historical);
    } else if (body.kind === 'location') {
      const fix = {
        lat: (body.value.latE7 ?? 0) / 1e7,
        lon: (body.value.lonE7 ?? 0) / 1e7,
        accuracyM: body.value.accuracyM ?? 0,
      };
      if (!historical) this.fixes.set(chipId, fix);
      const site = this.byChip.get(chipId)?.site;
      // a cell fix is too coarse to accuse anyone of leaving the site
      if (site && fix.accuracyM < 200 && distanceMetres(site.centre, fix) > site.radiusM + fix.accuracyM) {
        const already = this.alerts.some((a) => a.kind === 'MOBILE_WELDING' && a.chipId === chipId);
        if (!already) this.alert('MOBILE_WELDING', chipId, historical);
      }
    }
  }

  /**
   * Decides a worker's unlock application (扫码开机); on approval signs a grant, sends it to the
   * chip if it is online, and returns the signed directive envelope for a BLE relay.
   */
  requestUnlock(app: UnlockApplication): UnlockDecision & { relay?: Uint8Array; chipId?: string } {
    const nowMs = this.options.clock.now();
    const nowS = Math.floor(nowMs / 1000);
    const decision = decideUnlock(app, {
      verifier: this.options.verifier,
      nowS,
      siteOf: (id) => this.machines.get(id)?.site,
      tampered: (id) => this.tamperedChips.has(this.machines.get(id)?.chipId ?? ''),
      chipFix: (id) => this.fixes.get(this.machines.get(id)?.chipId ?? ''),
    });
    if (!decision.granted) {
      this.refusals.push({
        reason: decision.reason,
        machineId: decision.machineId,
        workerId: decision.workerId,
        atMs: nowMs,
      });
      return decision;
    }
    const entry = this.machines.get(decision.machineId) as HarnessMachine;
    for (const warning of decision.warnings)
      if (warning === 'CERTIFICATE_EXPIRING') this.alert('CERTIFICATE_EXPIRING', entry.chipId);
    this.grants.push({ machineId: decision.machineId, workerId: decision.workerId, atMs: nowMs });
    const grantId = this.options.random.fork(`grant-${++this.grantCounter}`).bytes(16);
    const directive = {
      grant: {
        grantId,
        workerId: String(decision.workerId),
        permitId: String(decision.permitId),
        notBeforeS: nowS,
        notAfterS: decision.notAfterS,
        maxDurationS: Math.min(14_400, decision.notAfterS - nowS),
      },
    };
    const signed = this.machine.signDirective(entry.chipId, directive);
    const relay = directiveEnvelope(signed);
    if (this.machine.isOnline(entry.chipId)) {
      const connection = this.connectionOf.get(entry.chipId) ?? entry.chipId;
      this.send(connection, entry.chipId, this.machine.sendSignedDirective(entry.chipId, signed));
    }
    return { ...decision, relay, chipId: entry.chipId };
  }

  /** Revokes or locks a machine (signed directive, sent if online). */
  directive(chipId: string, directive: Parameters<PlatformMachine['sendDirective']>[1]): Uint8Array {
    const signed = this.machine.signDirective(chipId, directive);
    if (this.machine.isOnline(chipId)) {
      this.send(
        this.connectionOf.get(chipId) ?? chipId,
        chipId,
        this.machine.sendSignedDirective(chipId, signed),
      );
    }
    return directiveEnvelope(signed);
  }

  /** Last fix reported by a chip. */
  fixOf(chipId: string): (GeoPoint & { accuracyM: number }) | undefined {
    return this.fixes.get(chipId);
  }
}
