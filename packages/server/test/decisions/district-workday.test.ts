import { readFileSync } from 'node:fs';
import { QrVerifier } from '@weldcode/qr';
import { decideUnlock, REFUSAL_REASONS as SIMULATOR_REASONS, type SiteRecord } from '@weldcode/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSAL_REASONS } from '../../src/index';
import { BACKENDS } from '../support/backends';
import { fix, locationRecord, offset, testPlatform } from './support/world';

/** The simulator's district scenario: its scripted scans and the refusals it expects (WC-SIM-040). */
const scenario = JSON.parse(
  readFileSync(new URL('../../../simulator/scenarios/district-workday.json', import.meta.url), 'utf8'),
) as {
  start: string;
  sites: {
    id: number;
    centre: { lat: number; lon: number };
    radiusM: number;
    openingHours?: [string, string];
  }[];
  machines: { id: number; site: number; kind: string; positionMode: string }[];
  workers: {
    id: number;
    name: string;
    certificates: { type: string; validFrom: string; validTo: string }[];
  }[];
  permits: {
    id: number;
    site: number;
    workKind: string;
    level: string;
    zone: { lat: number; lon: number; radiusM: number };
    start: string;
    durationMinutes: number;
    workers: number[];
    machines: number[];
    fireWatcher: number;
  }[];
  events: {
    at: string;
    type: string;
    worker?: number;
    machine?: number;
    permit?: number;
    phoneOffsetM?: [number, number];
    fireWatcherAbsent?: boolean;
    viaBle?: boolean;
  }[];
  expect: { refusals: { reason: string; worker?: number; machine: number }[]; grants: number };
};

const DAY = scenario.start.slice(0, 10);
const at = (hhmm: string) => `${DAY}T${hhmm}:00+08:00`;
const ACCURACY: Record<string, number> = { gnss: 5, indoor: 25, cell: 300 };
const SECTORS: Record<number, 'industry-trade' | 'construction-site' | 'mall-market'> = {
  11: 'industry-trade',
  21: 'construction-site',
  31: 'mall-market',
  41: 'industry-trade',
};

it('WC-SRV-090: the server refuses with exactly the simulator’s reason codes, in its order', () => {
  expect([...REFUSAL_REASONS]).toEqual([...SIMULATOR_REASONS]);
});

describe.each(BACKENDS)('district-workday scenario replayed through POST /v1/scans ($name)', (backend) => {
  let platform: Awaited<ReturnType<typeof testPlatform>>;
  const plates = new Map<number, { text: string; chipId: string; machineId: string }>();
  const credentials = new Map<number, string>();
  const permitCodes = new Map<number, string>();
  const siteRecords = new Map<number, SiteRecord>();
  const byCodeNo = new Map<number, number>();
  const fixes = new Map<number, { lat: number; lon: number; accuracyM: number }>();

  beforeAll(async () => {
    platform = await testPlatform(backend);
    const { registry, clock, storage } = platform;
    // Credentials were issued weeks before the workday, while every certificate was still valid.
    clock.set('2026-04-01T09:00:00+08:00');
    const siteIds = new Map<number, string>();
    for (const site of scenario.sites) {
      const created = await registry.site(
        `site-${site.id}`,
        SECTORS[site.id] ?? 'industry-trade',
        site.centre.lat,
        site.centre.lon,
      );
      siteIds.set(site.id, created.id);
      if (site.openingHours) {
        await storage.crowdedPlaces.create({
          siteId: created.id,
          name: '商场B1',
          openingHours: [
            { days: [1, 2, 3, 4, 5, 6, 7], opens: site.openingHours[0], closes: site.openingHours[1] },
          ],
        });
      }
    }
    for (const m of scenario.machines) {
      const made = await registry.machine(siteIds.get(m.site) as string);
      plates.set(m.id, { text: made.plate.text, chipId: made.chipId, machineId: made.machine.id });
      byCodeNo.set(made.machine.codeNo, m.id);
      const site = scenario.sites.find((s) => s.id === m.site);
      if (site === undefined) throw new Error('scenario site');
      siteRecords.set(made.machine.codeNo, {
        siteId: site.id,
        centre: site.centre,
        radiusM: site.radiusM,
        ...(site.openingHours
          ? {
              openingHours: site.openingHours.map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3))) as [
                number,
                number,
              ],
            }
          : {}),
      });
      fixes.set(made.machine.codeNo, { ...site.centre, accuracyM: ACCURACY[m.positionMode] ?? 10 });
    }
    const workerIds = new Map<number, string>();
    for (const w of scenario.workers) {
      const { worker, idNumber } = await registry.worker(w.name, w.certificates as never);
      workerIds.set(w.id, worker.id);
      if (w.certificates.length > 0)
        credentials.set(w.id, (await registry.credential(worker.id, idNumber)).text);
    }
    for (const p of scenario.permits) {
      const startsAt = at(p.start);
      const { code } = await registry.permit({
        siteId: siteIds.get(p.site) as string,
        workKind: p.workKind as never,
        level: p.level as never,
        centre: p.zone,
        radiusM: p.zone.radiusM,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + p.durationMinutes * 60_000).toISOString(),
        machineIds: p.machines.map((id) => plates.get(id)?.machineId as string),
        workerIds: p.workers.filter((id) => workerIds.has(id)).map((id) => workerIds.get(id) as string),
        fireWatcherId: workerIds.get(p.fireWatcher) as string,
      });
      permitCodes.set(p.id, code?.text as string);
    }
  });

  afterAll(() => platform.close());

  it('WC-SRV-091 WC-SRV-092 WC-SRV-096: every scripted scan gets the expected first reason, as the simulator’s policy decides it', async () => {
    const { app, clock, gateway } = platform;
    const refusals: { reason: string; worker?: number; machine: number }[] = [];
    let grants = 0;
    const scans = scenario.events.filter((e) => e.type === 'scan').sort((a, b) => a.at.localeCompare(b.at));
    for (const scan of scans) {
      clock.set(at(scan.at));
      const machine = plates.get(scan.machine as number);
      if (machine === undefined) throw new Error('scenario machine');
      const codeNo = [...byCodeNo].find(([, id]) => id === scan.machine)?.[0] ?? 0;
      const site = siteRecords.get(codeNo) as SiteRecord;
      const chipFix = fixes.get(codeNo) as { lat: number; lon: number; accuracyM: number };
      // Ingest reports the chip's live fix on the bus, as a chip sends one every few minutes.
      platform.events.emit(
        'record',
        locationRecord(machine.chipId, chipFix.lat, chipFix.lon, chipFix.accuracyM, clock.ms),
      );
      const [north, east] = scan.phoneOffsetM ?? [3, 2];
      const phone = offset(site.centre.lat, site.centre.lon, north, east);
      const watcher = offset(phone.lat, phone.lon, 5, 5);
      if (scan.viaBle) gateway.offline.add(machine.chipId);
      const credential = credentials.get(scan.worker as number);
      const permit = scan.permit === undefined ? undefined : permitCodes.get(scan.permit);
      const response = await app.inject({
        method: 'POST',
        url: '/v1/scans',
        payload: {
          plate: machine.text,
          ...(credential ? { credential } : {}),
          ...(permit ? { permit } : {}),
          phone: fix(phone),
          ...(scan.fireWatcherAbsent ? {} : { fireWatcher: fix(watcher) }),
          ...(scan.viaBle ? { relay: true } : {}),
        },
      });
      gateway.offline.delete(machine.chipId);
      expect(response.statusCode).toBe(200);
      const decision = response.json();
      // The simulator's reference policy, on the same codes, lists and chip fixes.
      const verifier = new QrVerifier({
        roots: [platform.storage.keys.root.publicKey],
        clock: () => Math.floor(clock.ms / 1000),
      });
      verifier.loadTrustList(new Uint8Array((await app.inject({ url: '/v1/trust-list' })).rawPayload));
      verifier.loadRevocationList(new Uint8Array((await app.inject({ url: '/v1/revocations' })).rawPayload));
      const simulated = decideUnlock(
        {
          plateText: machine.text,
          ...(credential ? { credentialText: credential } : {}),
          ...(permit ? { permitText: permit } : {}),
          phone,
          ...(scan.fireWatcherAbsent ? {} : { fireWatcher: watcher }),
        },
        {
          verifier,
          nowS: Math.floor(clock.ms / 1000),
          siteOf: (codeNo) => siteRecords.get(codeNo),
          tampered: () => false,
          chipFix: (n) => fixes.get(n),
        },
      );
      const label = `${scan.at} worker ${scan.worker} machine ${scan.machine}`;
      expect(decision.accepted, label).toBe(simulated.granted);
      if (!simulated.granted) expect(decision.reasons[0], label).toBe(simulated.reason);
      if (decision.accepted) {
        grants += 1;
        expect(decision.grant.delivered, label).toBe(!scan.viaBle);
      } else {
        refusals.push({ reason: decision.reasons[0], worker: scan.worker, machine: scan.machine as number });
      }
    }
    expect(grants).toBe(scenario.expect.grants);
    const key = (r: { reason: string; machine: number }) => `${r.reason}@${r.machine}`;
    expect(refusals.map(key).sort()).toEqual(scenario.expect.refusals.map(key).sort());
  });

  it('WC-SRV-097: every decision is in the audit log with its reasons', async () => {
    const page = await platform.storage.audit.list({ action: 'scan-to-start', limit: 100 });
    const scans = scenario.events.filter((e) => e.type === 'scan');
    expect(page.items).toHaveLength(scans.length);
    expect(
      page.items
        .filter((e) => e.outcome === 'refused')
        .map((e) => e.reasons[0])
        .sort(),
    ).toEqual(scenario.expect.refusals.map((r) => r.reason).sort());
  });
});
