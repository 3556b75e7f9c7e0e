import { getPublicKey, sha256 } from '@weldcode/crypto';
import { ChipMachine, type EnvelopeBody, type IngestedRecord, PlatformMachine } from '@weldcode/protocol';
import type { FastifyInstance } from 'fastify';
import {
  createServer,
  MonitoringEngine,
  type MonitoringPolicy,
  PlatformEvents,
  type Storage,
} from '../../../src/index';
import { authenticateAsPlatformAdmin } from '../../support/app';
import { type Backend, freshStorage } from '../../support/backends';
import { chipPublicKey, idNumber, registryBase } from '../../support/fixtures';

/** 2026-07-01T02:00:00Z: a Wednesday, 10:00 in Shanghai. */
export const T0 = Date.UTC(2026, 6, 1, 2, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** The site's registered position (WGS-84). */
export const SITE = { lon: 121.47, lat: 30.92 };

let chipSerial = 0;

/**
 * A server on a fresh database with monitoring on a bus the test drives: the same seam ingest and
 * decisions use (`PlatformEvents`), with a clock the test moves.
 */
export async function monitoringWorld(backend: Backend, policy: Partial<MonitoringPolicy> = {}) {
  const fresh = await freshStorage(backend);
  const storage: Storage = fresh.storage;
  const clock = { now: T0 };
  const events = new PlatformEvents();
  const engine = new MonitoringEngine({ storage, policy, clock: () => clock.now });
  engine.attach(events);
  await engine.start(false);
  const app: FastifyInstance = await createServer({
    storage,
    events,
    monitoring: engine,
    clock: () => clock.now,
    logger: process.env.DEBUG_LOG ? { level: 'error' } : false,
    docs: false,
  });
  await authenticateAsPlatformAdmin(app, storage);
  const base = await registryBase(storage, 'hospital');
  const site = await storage.sites.create({
    ownerId: base.owner.id,
    townId: base.town.id,
    name: '门诊楼工地',
    sector: 'hospital',
    location: { longitude: SITE.lon, latitude: SITE.lat, datum: 'wgs84' },
  });

  /** A registered, retrofitted machine at the site (or at `siteId`), with its chip id. */
  async function machine(siteId: string = site.id) {
    chipSerial += 1;
    const m = await storage.machines.create({
      ownerId: base.owner.id,
      siteId,
      brand: '时代',
      model: 'ZX7-400',
      serial: `SN-${process.pid}-${chipSerial}-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'arc',
    });
    const chipId = `WC-${chipSerial}-${Math.random().toString(36).slice(2, 8)}`;
    await storage.chips.create({ id: chipId, publicKey: chipPublicKey() });
    await storage.chips.retrofit({ chipId, machineId: m.id, installer: 'inst-1' });
    return { machineId: m.id, chipId };
  }

  /** A worker employed by the site's owner, with one certificate expiring on `expiresOn`. */
  async function worker(expiresOn: string) {
    const w = await storage.workers.create({ name: '张三', idNumber: idNumber(), employerId: base.owner.id });
    const c = await storage.certificates.create(w.id, {
      type: 'em-welding',
      number: `T${Math.random().toString().slice(2, 14)}`,
      issuer: '上海市应急管理局',
      issuedOn: '2020-01-01',
      expiresOn,
    });
    return { workerId: w.id, certificateId: c.id };
  }

  let seq = 0;
  /** Emits a durable record, as ingest does after the write committed. */
  function record(chipId: string, body: EnvelopeBody, historical = false, epoch = 1): IngestedRecord {
    seq += 1;
    const r: IngestedRecord = { chipId, epoch, seq, body, historical, receivedMs: clock.now };
    events.emit('record', r);
    return r;
  }

  const alerts = async (query = '') => {
    await engine.idle();
    const response = await app.inject({ method: 'GET', url: `/v1/alerts?limit=500${query}` });
    return (response.json() as { items: Record<string, unknown>[] }).items;
  };

  return {
    storage,
    app,
    events,
    engine,
    clock,
    base,
    site,
    machine,
    worker,
    record,
    alerts,
    close: async () => {
      await app.close();
      await fresh.close();
    },
  };
}

export type MonitoringWorld = Awaited<ReturnType<typeof monitoringWorld>>;

/** Telemetry of `currents` (0.1 A, absolute; delta-encoded here as on the wire) at `startS`. */
export function telemetry(startS: number, currents: number[], relayClosed = true): EnvelopeBody {
  let states = 0;
  currents.forEach((_, i) => {
    states |= (relayClosed ? 0b11 : 0b01) << (2 * i);
  });
  const deltas = currents.map((c, i) => (i === 0 ? c : c - (currents[i - 1] as number)));
  return { kind: 'telemetry', value: { startS, intervalMs: 1000, currentDa: deltas, states: states >>> 0 } };
}

/**
 * A protocol chip and the platform's protocol machine wired back to back; what the platform
 * machine outputs is emitted on the bus exactly as ingest does (records once durable, alerts,
 * transient messages). Used where the record's `historical` flag must be the protocol's own.
 */
export class ChipLink {
  readonly platform: PlatformMachine;
  readonly chip: ChipMachine;
  up = true;
  private readonly chipKey = sha256(new TextEncoder().encode(`chip/${Math.random()}`));

  constructor(
    readonly chipId: string,
    private readonly events: PlatformEvents,
    private readonly clock: { now: number },
  ) {
    const platformKey = sha256(new TextEncoder().encode('platform'));
    const chipPublic = getPublicKey(this.chipKey);
    let counter = 0;
    const random = (length: number) => {
      const out = new Uint8Array(length);
      for (let at = 0; at < length; at += 32) {
        out.set(
          sha256(new TextEncoder().encode(`r/${counter++}`)).subarray(0, Math.min(32, length - at)),
          at,
        );
      }
      return out;
    };
    this.platform = new PlatformMachine({
      secretKey: platformKey,
      lookupChip: (id) => (id === chipId ? chipPublic : undefined),
      now: () => this.clock.now,
      random,
    });
    this.chip = new ChipMachine({
      chipId,
      secretKey: this.chipKey,
      platformKeys: [getPublicKey(platformKey)],
      bootEpoch: 1,
      now: () => this.clock.now,
      random,
    });
  }

  /** Delivers chip output to the platform and the replies back, emitting on the bus. */
  deliver(fromChip: Uint8Array[], connection = 'c1'): void {
    let queue = fromChip;
    while (queue.length > 0) {
      const replies: Uint8Array[] = [];
      for (const bytes of queue) {
        if (!this.up) continue;
        const out = this.platform.receive(connection, bytes);
        for (const r of out.records) this.events.emit('record', r);
        for (const a of out.alerts) this.events.emit('chip-alert', { ...a, receivedMs: this.clock.now });
        for (const m of out.messages) this.events.emit('message', { ...m, receivedMs: this.clock.now });
        replies.push(...out.send);
        for (const acks of this.platform.confirmDurable(out.records)) replies.push(...acks.send);
      }
      queue = [];
      for (const reply of replies) queue.push(...this.chip.receive(reply).send);
    }
  }

  connect(connection = 'c1'): void {
    this.deliver(this.chip.connect().send, connection);
  }

  /** The connection dropped: both sides notice. */
  drop(connection = 'c1'): void {
    this.chip.disconnect();
    this.platform.disconnect(connection);
  }
}
