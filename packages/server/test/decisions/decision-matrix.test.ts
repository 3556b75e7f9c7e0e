import { convertPosition } from '@weldcode/geofence';
import { proto, verifyDirective } from '@weldcode/protocol';
import { issueCode } from '@weldcode/qr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanDecision, ScanDecisionEvent } from '../../src/index';
import { BACKENDS } from '../support/backends';
import { fix, locationRecord, offset, testPlatform } from './support/world';

const CENTRE = { lat: 30.9181, lon: 121.4741 };
/** A second site whose permit zone was drawn on an Amap (GCJ-02) screen. */
const SITE_B = { lat: 30.9302, lon: 121.459 };
const at = (hhmm: string) => `2026-06-01T${hhmm}:00+08:00`;

type World = Awaited<ReturnType<typeof build>>;

async function build(backend: (typeof BACKENDS)[number]) {
  const p = await testPlatform(backend, '2026-04-01T09:00:00+08:00');
  const { registry } = p;
  const site = await registry.site('厂房A', 'industry-trade', CENTRE.lat, CENTRE.lon);
  const siteB = await registry.site('3号楼', 'construction-site', SITE_B.lat, SITE_B.lon);
  const m1 = await registry.machine(site.id);
  const m2 = await registry.machine(site.id);
  const m3 = await registry.machine(site.id);
  const m4 = await registry.machine(siteB.id);
  const em = { type: 'em-welding' as const, validFrom: '2024-03-01', validTo: '2030-02-28' };
  const w1 = await registry.worker('张建国', [em]);
  const w2 = await registry.worker('李明', [em]);
  const w3 = await registry.worker('刘洋', [
    { type: 'special-equipment-welding', validFrom: '2024-01-01', validTo: '2028-01-01' },
  ]);
  const w5 = await registry.worker('赵磊', []);
  const watcher = await registry.worker('周监护', [em]);
  const credentials: Record<string, string> = {};
  for (const [name, w] of Object.entries({ w1, w2, w3, watcher, w6: await registry.worker('孙超', [em]) })) {
    credentials[name] = (await registry.credential(w.worker.id, w.idNumber)).text;
  }
  // w5's 复审 fell due on 2026-05-01, after the credential was issued and before the workday.
  await p.storage.certificates.create(w5.worker.id, {
    type: 'em-welding',
    number: `AJ-${w5.worker.codeNo}`,
    issuer: '310000',
    issuedOn: '2023-05-01',
    expiresOn: '2029-04-30',
    reviewDueOn: '2026-05-01',
  });
  credentials.w5 = (await registry.credential(w5.worker.id, w5.idNumber)).text;
  /** An approved ordinary permit at site A, 07:30-16:30, 150 m around the centre. */
  const siteAPermit = (machineIds: string[], workerIds: string[], code = true) =>
    registry.permit({
      siteId: site.id,
      workKind: 'ordinary',
      level: 'level-2',
      centre: CENTRE,
      radiusM: 150,
      startsAt: at('07:30'),
      endsAt: at('16:30'),
      machineIds,
      workerIds,
      fireWatcherId: watcher.worker.id,
      code,
    });
  const p1 = await siteAPermit([m1.machine.id, m3.machine.id], [w1.worker.id, w3.worker.id, w5.worker.id]);
  const p3 = await siteAPermit([m2.machine.id], [w1.worker.id]);
  await p.storage.permits.decide(p3.permit.id, { decision: 'revoke', by: 'approver' });
  const gcj = convertPosition({ ...SITE_B, datum: 'wgs84' }, 'gcj02');
  const p2 = await registry.permit({
    siteId: siteB.id,
    workKind: 'ordinary',
    level: 'level-1',
    centre: { lat: gcj.lat, lon: gcj.lon, datum: 'gcj02' },
    radiusM: 100,
    startsAt: at('08:00'),
    endsAt: at('16:00'),
    machineIds: [m4.machine.id],
    workerIds: [w1.worker.id, w2.worker.id],
    fireWatcherId: watcher.worker.id,
    code: false,
  });
  const w6 = await p.storage.workers.list({ limit: 500 });
  const w6Id = w6.items.find((w) => w.name === '孙超')?.id as string;
  // w6 is covered by a permit in the registry only: the app sends no permit code.
  await siteAPermit([m1.machine.id], [w6Id], false);
  return {
    p,
    machines: { m1, m2, m3, m4 },
    credentials,
    permits: { p1: p1.code?.text as string, p3: p3.code?.text as string },
    p2,
  };
}

interface Case {
  name: string;
  time?: string;
  machine?: 'm1' | 'm2' | 'm3' | 'm4';
  plate?: (w: World) => string;
  worker?: string | null;
  permit?: 'p1' | 'p3' | null;
  phone?: { lat: number; lon: number; datum?: 'wgs84' | 'gcj02' };
  watcher?: { lat: number; lon: number } | null;
  relay?: boolean;
  before?: (w: World) => Promise<void> | void;
  after?: (w: World) => Promise<void> | void;
  /** 'accepted', or the first reason. */
  expect: string;
  detail?: string;
  includes?: string[];
}

const east = (m: number) => offset(CENTRE.lat, CENTRE.lon, 0, m);

/** The decision matrix: one row per check, each with its refusing input (accepting ones too). */
const CASES: Case[] = [
  { name: 'every check passes', expect: 'accepted' },
  {
    name: 'a plate signed by an unknown key',
    plate: (w) =>
      issueCode(
        {
          kind: 'plate',
          machineId: w.machines.m1.machine.codeNo,
          chipId: 1,
          district: 310120,
          issuedOn: '2026-04-01',
          plateSeq: 1,
        },
        new Uint8Array(32).fill(7),
      ).text,
    expect: 'PLATE_INVALID',
    detail: 'UNKNOWN_KID',
  },
  { name: 'text that is no code', plate: () => 'HELLO', expect: 'PLATE_INVALID', detail: 'BAD_PREFIX' },
  {
    name: 'a credential shown as the plate',
    plate: (w) => w.credentials.w1 as string,
    expect: 'PLATE_INVALID',
    detail: 'WRONG_KIND',
  },
  {
    name: 'an offline chip and no relay',
    machine: 'm3',
    before: (w) => void w.p.gateway.offline.add(w.machines.m3.chipId),
    expect: 'MACHINE_UNKNOWN',
    detail: 'CHIP_UNREACHABLE',
  },
  { name: 'an offline chip reached through the phone', machine: 'm3', relay: true, expect: 'accepted' },
  {
    name: 'a chip that reported its enclosure opened',
    before: (w) => {
      w.p.events.emit('record', {
        chipId: w.machines.m1.chipId,
        epoch: 1,
        seq: 99,
        historical: false,
        receivedMs: w.p.clock.ms,
        body: { kind: 'alarm', value: { kind: proto.v1.AlarmKind.ALARM_KIND_ENCLOSURE_OPENED } },
      } as never);
    },
    after: (w) => w.p.app.platform.scans.chips.clearTamper(w.machines.m1.chipId),
    expect: 'MACHINE_TAMPERED',
    detail: 'enclosure-opened',
  },
  { name: 'the same machine once an inspector cleared it', expect: 'accepted' },
  { name: 'no credential', worker: null, expect: 'UNLICENSED_WORKER' },
  { name: 'a credential of a worker the permit does not cover', worker: 'w2', expect: 'NOT_ON_PERMIT' },
  { name: 'a certificate the work kind does not accept', worker: 'w3', expect: 'WRONG_CERTIFICATE_TYPE' },
  {
    name: 'a certificate whose review fell due after the credential was issued',
    worker: 'w5',
    expect: 'CERTIFICATE_EXPIRED',
    detail: 'review-overdue',
  },
  { name: 'no permit code and no covering permit', worker: 'w2', permit: null, expect: 'NO_PERMIT' },
  { name: 'no permit code but a covering approved permit', worker: 'w6', permit: null, expect: 'accepted' },
  {
    name: 'a revoked permit',
    machine: 'm2',
    permit: 'p3',
    expect: 'PERMIT_INVALID',
    detail: 'PERMIT_REVOKED',
  },
  { name: 'a scan 400 m from the chip', phone: east(400), expect: 'REMOTE_SCAN', includes: ['OUTSIDE_ZONE'] },
  {
    name: 'a phone 180 m east, outside the zone',
    phone: east(180),
    expect: 'OUTSIDE_ZONE',
    detail: 'PHONE_OUTSIDE_ZONE',
  },
  {
    name: 'no fire watcher checked in',
    watcher: null,
    expect: 'FIRE_WATCHER_ABSENT',
    detail: 'NOT_CHECKED_IN',
  },
  {
    name: 'a fire watcher 300 m away',
    watcher: east(300),
    expect: 'FIRE_WATCHER_ABSENT',
    detail: 'WATCHER_OUTSIDE_ZONE',
  },
  {
    name: 'a GCJ-02 zone and a WGS-84 phone at the same place (datums converted)',
    machine: 'm4',
    permit: null,
    phone: SITE_B,
    watcher: SITE_B,
    expect: 'accepted',
  },
  {
    name: 'WGS-84 numbers sent as GCJ-02 (about 500 m off)',
    machine: 'm4',
    permit: null,
    phone: { ...SITE_B, datum: 'gcj02' },
    watcher: SITE_B,
    expect: 'REMOTE_SCAN',
    includes: ['OUTSIDE_ZONE'],
  },
  // Later in the day last: the platform re-signs its lists as time passes, and a clock that
  // ran backwards would make its own verifier report CLOCK_SUSPECT.
  {
    name: 'during a special period',
    time: '12:30',
    before: async (w) => {
      const towns = await w.p.storage.areas.list({ level: 'town', limit: 5 });
      await w.p.storage.specialPeriods.create({
        areaId: towns.items[0]?.id as string,
        name: '进博会',
        startsAt: at('12:00'),
        endsAt: at('13:00'),
      });
    },
    expect: 'OUTSIDE_WINDOW',
    detail: 'SPECIAL_PERIOD',
  },
  { name: 'after the permit window', time: '17:00', expect: 'OUTSIDE_WINDOW', detail: 'EXPIRED' },
];

describe.each(BACKENDS)('scan-to-start decision matrix ($name)', (backend) => {
  let w: World;
  const decisions: ScanDecisionEvent[] = [];

  beforeAll(async () => {
    w = await build(backend);
    w.p.events.on('scan-decision', (event) => decisions.push(event));
  });
  afterAll(() => w.p.close());

  it.each(CASES)('WC-SRV-093 WC-SRV-094 WC-SRV-095: $name → $expect', async (c) => {
    w.p.clock.set(at(c.time ?? '08:00'));
    await c.before?.(w);
    const machine = w.machines[c.machine ?? 'm1'];
    const centre = c.machine === 'm4' ? SITE_B : CENTRE;
    w.p.events.emit('record', locationRecord(machine.chipId, centre.lat, centre.lon, 5, w.p.clock.ms));
    const credential = c.worker === null ? undefined : w.credentials[c.worker ?? 'w1'];
    const permit = c.permit === null ? undefined : w.permits[c.permit ?? 'p1'];
    const phone = c.phone ?? offset(centre.lat, centre.lon, 3, 2);
    const watcher = c.watcher === null ? undefined : (c.watcher ?? offset(centre.lat, centre.lon, 8, 7));
    const response = await w.p.app.inject({
      method: 'POST',
      url: '/v1/scans',
      payload: {
        plate: c.plate?.(w) ?? machine.plate.text,
        ...(credential ? { credential } : {}),
        ...(permit ? { permit } : {}),
        phone: fix(phone, 10, c.phone?.datum ?? 'wgs84'),
        ...(watcher ? { fireWatcher: fix(watcher) } : {}),
        ...(c.relay ? { relay: true } : {}),
      },
    });
    await c.after?.(w);
    expect(response.statusCode).toBe(200);
    const decision = response.json() as ScanDecision;
    if (c.expect === 'accepted') {
      expect(decision.reasons, JSON.stringify(decision.refusals)).toEqual([]);
      expect(decision.accepted).toBe(true);
      const grant = decision.grant;
      if (grant === null) throw new Error('no grant');
      expect(grant.delivered).toBe(!c.relay);
      const signed = {
        directive: Buffer.from(grant.signed.directive, 'base64url'),
        keyId: Buffer.from(grant.signed.keyId, 'base64url'),
        signature: Buffer.from(grant.signed.signature, 'base64url'),
      };
      const directive = verifyDirective(signed, [w.p.storage.keys.directive.publicKey]);
      expect(directive.chipId).toBe(machine.chipId);
      expect(directive.grant?.workerId).toBe(decision.workerId);
    } else {
      expect(decision.accepted).toBe(false);
      expect(decision.grant).toBeNull();
      expect(decision.reasons[0], JSON.stringify(decision.refusals)).toBe(c.expect);
      for (const reason of c.includes ?? []) expect(decision.reasons).toContain(reason);
      if (c.detail)
        expect(decision.refusals.map((r) => r.detail)).toContainEqual(expect.stringContaining(c.detail));
      for (const refusal of decision.refusals)
        expect(refusal.message.zh.length * refusal.message.en.length).toBeGreaterThan(0);
    }
    const event = decisions.at(-1);
    expect(event?.decisionId).toBe(decision.decisionId);
    expect(event?.reasons).toEqual(decision.reasons);
  });

  it('WC-SRV-097: the audit log holds every decision of the matrix', async () => {
    const page = await w.p.storage.audit.list({ action: 'scan-to-start', limit: 100 });
    expect(page.items.map((e) => e.details.decisionId)).toEqual(decisions.map((d) => d.decisionId));
    expect(page.items.map((e) => e.reasons)).toEqual(decisions.map((d) => [...d.reasons]));
  });

  it('WC-SRV-098: a chip’s last fix survives a restart of the view (storage fallback)', async () => {
    await w.p.app.platform.scans.chips.flush();
    const stored = await w.p.storage.chipState.get(w.machines.m1.chipId);
    expect(stored.fix).toMatchObject({
      lat: expect.closeTo(CENTRE.lat, 6),
      lon: expect.closeTo(CENTRE.lon, 6),
      accuracyM: 5,
    });
    expect(stored.tamper).toBeUndefined();
  });
});
