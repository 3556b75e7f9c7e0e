import { generateKeyPairSync } from 'node:crypto';
import { idNumberCheckDigit } from '@weldcode/credentials';
import type { SignedDirective } from '@weldcode/protocol';
import type { FastifyInstance } from 'fastify';
import {
  type ChipGateway,
  createServer,
  type DurableRecordEvent,
  PlatformEvents,
  type Storage,
} from '../../../src/index';
import { authenticateInjects, tokenFor } from '../../support/app';
import { type Backend, freshStorage } from '../../support/backends';

let serial = 0;

/** A valid 18-character ID number (GB 11643 check digit), unique per call. */
export function validIdNumber(): string {
  serial += 1;
  const first17 = `31012019850101${String(serial % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckDigit(first17)}`;
}

function chipKey(): string {
  const der = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32).toString('base64url');
}

/** The ChipGateway seam in memory: chips are online unless taken offline; deliveries are kept. */
export class MemoryGateway implements ChipGateway {
  readonly offline = new Set<string>();
  readonly delivered: { chipId: string; directive: SignedDirective }[] = [];

  isOnline(chipId: string): boolean {
    return !this.offline.has(chipId);
  }

  async deliver(chipId: string, directive: SignedDirective): Promise<boolean> {
    if (!this.isOnline(chipId)) return false;
    this.delivered.push({ chipId, directive });
    return true;
  }
}

/** A clock tests move by hand. */
export class TestClock {
  constructor(public ms: number) {}
  set(iso: string): void {
    this.ms = Date.parse(iso);
  }
  readonly now = () => this.ms;
}

/** A server on fresh storage with an in-memory gateway, a bus and a hand-moved clock. */
export async function testPlatform(backend: Backend, startIso = '2026-06-01T07:00:00+08:00') {
  const fresh = await freshStorage(backend);
  const events = new PlatformEvents();
  const gateway = new MemoryGateway();
  const clock = new TestClock(Date.parse(startIso));
  const app = await createServer({
    storage: fresh.storage,
    logger: process.env.WELDCODE_TEST_LOG ? { level: 'error' } : false,
    docs: false,
    events,
    chipGateway: gateway,
    clock: clock.now,
    codes: { lists: { issuerId: 310120, district: 310120, name: '奉贤区码平台' } },
  });
  // Every route needs credentials: the tests act as the platform administrator.
  const admin = await fresh.storage.access.users.create({
    username: 'decisions-admin',
    displayName: '扫码测试管理员',
    role: 'city-admin',
  });
  authenticateInjects(app, await tokenFor(fresh.storage, admin.id));
  return {
    app,
    storage: fresh.storage,
    events,
    gateway,
    clock,
    registry: new Registry(fresh.storage, app),
    close: async () => {
      await app.close();
      await fresh.close();
    },
  };
}

/** A location record as ingest emits it on the bus. */
export function locationRecord(
  chipId: string,
  lat: number,
  lon: number,
  accuracyM: number,
  atMs: number,
): DurableRecordEvent {
  return {
    chipId,
    epoch: 1,
    seq: ++serial,
    historical: false,
    receivedMs: atMs,
    body: {
      kind: 'location',
      value: {
        timeS: Math.floor(atMs / 1000),
        latE7: Math.round(lat * 1e7),
        lonE7: Math.round(lon * 1e7),
        accuracyM,
      },
    },
  } as DurableRecordEvent;
}

type Sector = 'industry-trade' | 'construction-site' | 'mall-market' | 'hospital';

/** Builds registry records through storage and codes through the HTTP API. */
export class Registry {
  private base?: Promise<{ townId: string; ownerId: string }>;

  constructor(
    readonly storage: Storage,
    readonly app: FastifyInstance,
  ) {}

  /** City 310000 → district 310120 → one town with one enterprise. */
  town(): Promise<{ townId: string; ownerId: string }> {
    this.base ??= (async () => {
      const city = await this.storage.areas.create({ level: 'city', name: '上海市', code: '310000' });
      const district = await this.storage.areas.create({
        level: 'district',
        parentId: city.id,
        name: '奉贤区',
        code: '310120',
      });
      const town = await this.storage.areas.create({ level: 'town', parentId: district.id, name: '南桥镇' });
      serial += 1;
      const owner = await this.storage.owners.create({
        kind: 'enterprise',
        name: `奉贤金属制品厂${serial}`,
        creditCode: `91310120MA1H${String(serial).padStart(6, '0')}`,
        townId: town.id,
      });
      return { townId: town.id, ownerId: owner.id };
    })();
    return this.base;
  }

  async site(name: string, sector: Sector, lat: number, lon: number, datum: 'wgs84' | 'gcj02' = 'wgs84') {
    const { townId, ownerId } = await this.town();
    return this.storage.sites.create({
      ownerId,
      townId,
      name,
      sector,
      location: { latitude: lat, longitude: lon, datum },
    });
  }

  /** A machine retrofitted with a fresh chip, and its plate. */
  async machine(siteId: string, kind: 'arc' | 'mig-mag' | 'tig' | 'plasma-cutting' = 'arc') {
    const { ownerId } = await this.town();
    serial += 1;
    const machine = await this.storage.machines.create({
      ownerId,
      siteId,
      brand: '瑞凌',
      model: 'ZX7-400',
      serial: `SN-${serial}`,
      kind,
    });
    const chipId = `WC-${serial}`;
    await this.storage.chips.create({ id: chipId, publicKey: chipKey() });
    await this.storage.chips.retrofit({ chipId, machineId: machine.id, installer: 'installer-7' });
    const plate = await this.post(`/v1/machines/${machine.id}/plate`, { by: 'operator' });
    return { machine, chipId, plate: plate as { id: string; text: string } };
  }

  /** A worker with certificates; the credential is issued when one qualifies. */
  async worker(
    name: string,
    certificates: {
      type: 'em-welding' | 'construction-welder' | 'special-equipment-welding';
      validFrom: string;
      validTo: string;
    }[],
  ) {
    const idNumber = validIdNumber();
    const worker = await this.storage.workers.create({ name, idNumber });
    for (const cert of certificates) {
      await this.storage.certificates.create(worker.id, {
        type: cert.type,
        number: cert.type === 'em-welding' ? `T${idNumber}` : `JZ${serial}${cert.type.length}`,
        issuer: '310000',
        issuedOn: cert.validFrom,
        expiresOn: cert.validTo,
        // The scenario's welders passed their last 复审: the next one falls due with the expiry.
        ...(cert.type === 'em-welding' ? { reviewDueOn: cert.validTo } : {}),
      });
    }
    return { worker, idNumber };
  }

  async credential(workerId: string, idNumber: string) {
    return (await this.post(`/v1/workers/${workerId}/credential`, { by: 'operator', idNumber })) as {
      id: string;
      text: string;
    };
  }

  /** An approved permit with a circular zone, and its code. */
  async permit(input: {
    siteId: string;
    workKind: 'ordinary' | 'crowded-place' | 'construction-site' | 'special-equipment';
    level: 'special' | 'level-1' | 'level-2';
    centre: { lat: number; lon: number; datum?: 'wgs84' | 'gcj02' };
    radiusM: number;
    startsAt: string;
    endsAt: string;
    machineIds: string[];
    workerIds: string[];
    fireWatcherId: string;
    code?: boolean;
  }) {
    const permit = await this.storage.permits.create({
      siteId: input.siteId,
      level: input.level,
      workKind: input.workKind,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      zone: {
        datum: input.centre.datum ?? 'wgs84',
        geometry: { type: 'Point', coordinates: [input.centre.lon, input.centre.lat] },
        radiusM: input.radiusM,
      },
      fireWatcherId: input.fireWatcherId,
      machineIds: input.machineIds,
      workerIds: input.workerIds,
      applicant: 'safety officer',
    });
    await this.storage.permits.decide(permit.id, { decision: 'approve', by: 'approver' });
    if (input.code === false) return { permit, code: undefined };
    const code = (await this.post(`/v1/permits/${permit.id}/code`, { by: 'operator' })) as {
      id: string;
      text: string;
    };
    return { permit, code };
  }

  async post(url: string, payload: unknown): Promise<unknown> {
    const response = await this.app.inject({ method: 'POST', url, payload: payload as object });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  }
}

/** A point `north` and `east` metres from `lat, lon`. */
export function offset(lat: number, lon: number, north: number, east: number): { lat: number; lon: number } {
  const r = 6_371_008.8;
  return {
    lat: lat + (north / r) * (180 / Math.PI),
    lon: lon + (east / (r * Math.cos((lat * Math.PI) / 180))) * (180 / Math.PI),
  };
}

/** A phone fix in the scan request's form. */
export function fix(
  p: { lat: number; lon: number },
  accuracyM = 10,
  datum: 'wgs84' | 'gcj02' | 'bd09' = 'wgs84',
) {
  return { latitude: p.lat, longitude: p.lon, datum, accuracyM };
}

/**
 * One job on a workday: a site at `centre`, a retrofitted machine with its plate, a welder with
 * an em-welding certificate and credential, a fire watcher, and an approved ordinary permit from
 * 07:30 to 16:30 on 2026-06-01 (150 m circle) with its code.
 */
export async function oneJob(registry: Registry, centre = { lat: 30.9181, lon: 121.4741 }) {
  const site = await registry.site('厂房A', 'industry-trade', centre.lat, centre.lon);
  const machine = await registry.machine(site.id);
  const em = { type: 'em-welding' as const, validFrom: '2024-03-01', validTo: '2030-02-28' };
  const welder = await registry.worker('张建国', [em]);
  const watcher = await registry.worker('周监护', [em]);
  const credential = await registry.credential(welder.worker.id, welder.idNumber);
  const { code } = await registry.permit({
    siteId: site.id,
    workKind: 'ordinary',
    level: 'level-2',
    centre,
    radiusM: 150,
    startsAt: '2026-06-01T07:30:00+08:00',
    endsAt: '2026-06-01T16:30:00+08:00',
    machineIds: [machine.machine.id],
    workerIds: [welder.worker.id],
    fireWatcherId: watcher.worker.id,
  });
  return { site, machine, welder, watcher, credential, permitCode: code as { id: string; text: string } };
}
