import { idNumberCheckDigit } from '@weldcode/credentials';
import type { VirtualChip, VirtualChipOptions } from '../chip/virtual-chip';
import { type SeededRandom, seededRandom } from '../random';
import type { Scenario, ScenarioCertificate, ScenarioSite } from '../scenario/scenario-types';
import { scenarioChip, scenarioTimeOf } from '../scenario/scenario-world';
import { SimClock } from '../sim-clock';
import { SimulatorError } from '../simulator-error';
import { PlatformClient, type PlatformEndpoint } from './platform-client';

const DAY_MS = 86_400_000;

/** Scenario sector labels (the policy's Chinese names) → the platform's sector ids (spec/server.md). */
const SECTORS: Readonly<Record<string, string>> = {
  工贸: 'industry-trade',
  危化: 'hazardous-chemicals',
  施工工地: 'construction-site',
  科研机构: 'research-institution',
  船舶: 'shipping',
  电力: 'electric-power',
  航空航天: 'aerospace',
  医院: 'hospital',
  养老院: 'elderly-care',
  '商场/市场': 'mall-market',
  '商场（市场）': 'mall-market',
  宾馆饭店: 'hotel-restaurant',
  休闲娱乐: 'entertainment',
  休闲娱乐场所: 'entertainment',
  其他人员密集场所: 'other-crowded-place',
};
const CROWDED = new Set(['hospital', 'elderly-care', 'mall-market', 'hotel-restaurant', 'entertainment']);
const BRANDS: Readonly<Record<string, string>> = {
  arc: 'ZX7-400',
  'mig-mag': 'NBC-350',
  tig: 'WS-250',
  'plasma-cutting': 'LGK-100',
  'gas-cutting': 'G01-30',
  other: 'X-1',
};

/** Options of {@link provisionScenario}. */
export interface ProvisionOptions {
  /**
   * The virtual chips' timing. Defaults for a run against a platform: `ackTimeoutMs` 60 s of
   * simulated time (a run lets traffic through once per clock step; a record not acknowledged
   * within a minute of the burst is sent again, as a backfill), telemetry every 16 s (the most
   * samples one record holds) and
   * a location fix every 5 min, which keeps a ten-hour day to a few thousand records per chip;
   * clocks are set at each handshake only (a time sync answered a burst later would measure a
   * round trip of minutes).
   */
  chip?: Pick<
    VirtualChipOptions,
    'ackTimeoutMs' | 'telemetryIntervalS' | 'locationIntervalS' | 'timeSyncIntervalS'
  >;
}

const REMOTE_CHIP = {
  ackTimeoutMs: 60_000,
  telemetryIntervalS: 16,
  locationIntervalS: 300,
  // set at every handshake; a sync answered a burst later would measure a round trip of minutes
  timeSyncIntervalS: 86_400,
};

/** What {@link provisionScenario} created on the platform, and what the run needs of it. */
export interface ProvisionedWorld {
  scenario: Scenario;
  /** The simulated clock the chips run on, at the scenario's start. */
  clock: SimClock;
  random: SeededRandom;
  startMs: number;
  /** The platform instant the codes were issued at (before the day; see {@link provisioningTime}). */
  provisionedAtMs: number;
  /** Unix ms of a local "HH:MM" on the scenario's day. */
  timeOf(hhmm: string): number;
  /** Scenario id (or town name) → the platform's record id. */
  ids: {
    city: string;
    district: string;
    towns: Map<string, string>;
    owners: Map<number, string>;
    sites: Map<number, string>;
    crowdedPlaces: Map<number, string>;
    machines: Map<number, string>;
    workers: Map<number, string>;
    permits: Map<number, string>;
  };
  /** Text forms of the codes the platform issued, by scenario id. */
  codes: { plates: Map<number, string>; credentials: Map<number, string>; permits: Map<number, string> };
  /** The platform's public keys (`GET /v1/platform`) and its signed trust list (`GET /v1/trust-list`). */
  keys: { directive: Uint8Array; root: Uint8Array; issuer: Uint8Array };
  trustList: Uint8Array;
  /** One virtual chip per scenario machine, pinned to the platform's directive key. */
  chips: Map<number, VirtualChip>;
  /** Codes the platform refused to issue (e.g. a credential for a worker with no usable certificate). */
  notIssued: string[];
  /** The scenario machine of a platform machine id. */
  machineOf(machineId: string | null | undefined): number | undefined;
  /** The scenario worker of a platform worker id. */
  workerOf(workerId: string | null | undefined): number | undefined;
}

/**
 * The platform instant to issue a scenario's codes at: before its day, while every certified
 * worker still held a valid certificate (a platform issues a credential only then, WC-SRV-082),
 * so that an expired certificate is refused at the scan, as the scenario expects.
 *
 * @example
 * ```ts
 * import { provisioningTime } from '@weldcode/simulator';
 *
 * const at = provisioningTime(scenario); // start a test clock here, then provision
 * ```
 */
export function provisioningTime(scenario: Scenario): number {
  const startMs = Date.parse(scenario.start);
  let at = startMs - DAY_MS;
  for (const worker of scenario.workers) {
    if (worker.certificates.length === 0) continue;
    const lastDay = Math.max(...worker.certificates.map((c) => Date.parse(`${c.validTo}T00:00:00Z`)));
    at = Math.min(at, lastDay - 2 * DAY_MS);
  }
  return at;
}

/** A valid 18-character ID number (GB 11643 check digit) for a scenario worker. */
function idNumberOf(index: number): string {
  const first17 = `31012019800101${String(index % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckDigit(first17)}`;
}

/** A 统一社会信用代码 of the right shape for a scenario enterprise (no check character is enforced). */
function creditCodeOf(district: number, id: number): string {
  return `91${district}MA${String(id).padStart(8, '0')}`.slice(0, 18);
}

function certificateInput(c: ScenarioCertificate, idNumber: string, district: number, n: number) {
  return {
    type: c.type,
    // an 特种作业操作证 number is the holder's ID number with a T (the code blanks it, WC-QR-043)
    number:
      c.type === 'em-welding'
        ? `T${idNumber}`
        : `${c.type === 'construction-welder' ? 'JZ' : 'TS'}${district}${n}`,
    issuer: String(district),
    issuedOn: c.validFrom,
    expiresOn: c.validTo,
    // the scenario's welders passed their last 复审: the next one falls due with the expiry
    ...(c.type === 'em-welding' ? { reviewDueOn: c.validTo } : {}),
  };
}

function sectorOf(label: string, site: ScenarioSite): string {
  const sector = SECTORS[label] ?? 'industry-trade';
  // opening hours make a site a crowded place (WC-SRV-039)
  return site.openingHours !== undefined && !CROWDED.has(sector) ? 'other-crowded-place' : sector;
}

function b64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64url'));
}

async function testClockOf(client: PlatformClient): Promise<number | undefined> {
  try {
    return (await client.get<{ ms: number }>('/v1/test/clock')).ms;
  } catch (error) {
    if (error instanceof SimulatorError && error.details.status === 404) return undefined;
    throw error;
  }
}

/**
 * Creates everything a scenario needs on a running weldcode platform through its HTTP API (as its
 * administrator): city, district and towns; enterprises, sites with their sectors, crowded places
 * with opening hours; machines, the chips with the virtual chips' own public keys and the
 * retrofits; workers, certificates and credentials; permits, their approval and codes; plates.
 * With a test clock behind {@link provisioningTime}, it first moves the clock there (spec/simulator.md
 * WC-SIM-070).
 *
 * @example
 * ```ts
 * import { provisionScenario } from '@weldcode/simulator';
 *
 * const world = await provisionScenario(scenario, { baseUrl: 'http://127.0.0.1:8080', token });
 * console.log(world.codes.plates.get(101)); // the plate the platform signed for machine 101
 * ```
 */
export async function provisionScenario(
  scenario: Scenario,
  platform: PlatformEndpoint,
  options: ProvisionOptions = {},
): Promise<ProvisionedWorld> {
  const client = new PlatformClient(platform);
  const startMs = Date.parse(scenario.start);
  if (Number.isNaN(startMs))
    throw new SimulatorError('ERR_SIM_SCENARIO_INVALID', `bad start ${scenario.start}`);
  const wanted = provisioningTime(scenario);
  const platformNow = await testClockOf(client);
  if (platformNow !== undefined && platformNow < wanted)
    await client.put('/v1/test/clock', { at: new Date(wanted).toISOString() });
  const provisionedAtMs = Math.max(platformNow ?? Date.now(), wanted);

  const published = await client.get<{
    keys: Record<'directive' | 'root' | 'issuer', { publicKey: string }>;
  }>('/v1/platform');
  const keys = {
    directive: b64(published.keys.directive.publicKey),
    root: b64(published.keys.root.publicKey),
    issuer: b64(published.keys.issuer.publicKey),
  };
  const district = String(scenario.district);
  const city = await client.post<{ id: string }>('/v1/areas', {
    level: 'city',
    name: `${district.slice(0, 2)}0000`,
    code: `${district.slice(0, 2)}0000`,
  });
  const districtArea = await client.post<{ id: string }>('/v1/areas', {
    level: 'district',
    parentId: city.id,
    name: district,
    code: district,
  });
  const towns = new Map<string, string>();
  const townOf = async (site: ScenarioSite) => {
    const name = site.town ?? `${district}-town`;
    let id = towns.get(name);
    if (id === undefined) {
      id = (
        await client.post<{ id: string }>('/v1/areas', { level: 'town', parentId: districtArea.id, name })
      ).id;
      towns.set(name, id);
    }
    return id;
  };

  const owners = new Map<number, string>();
  const sites = new Map<number, string>();
  const crowdedPlaces = new Map<number, string>();
  for (const site of scenario.sites) {
    const enterprise = scenario.enterprises.find((e) => e.id === site.enterprise);
    if (enterprise === undefined)
      throw new SimulatorError('ERR_SIM_UNKNOWN_REFERENCE', `unknown enterprise ${site.enterprise}`);
    const townId = await townOf(site);
    let ownerId = owners.get(enterprise.id);
    if (ownerId === undefined) {
      ownerId = (
        await client.post<{ id: string }>('/v1/owners', {
          kind: 'enterprise',
          name: enterprise.name,
          creditCode: creditCodeOf(scenario.district, enterprise.id),
          townId,
        })
      ).id;
      owners.set(enterprise.id, ownerId);
    }
    const created = await client.post<{ id: string }>('/v1/sites', {
      ownerId,
      townId,
      name: site.name,
      sector: sectorOf(enterprise.sector, site),
      location: { latitude: site.centre.lat, longitude: site.centre.lon, datum: 'wgs84' },
    });
    sites.set(site.id, created.id);
    if (site.openingHours !== undefined) {
      const [opens, closes] = site.openingHours;
      const place = await client.post<{ id: string }>('/v1/crowded-places', {
        siteId: created.id,
        name: site.name,
        openingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens, closes }],
      });
      crowdedPlaces.set(site.id, place.id);
    }
  }

  const clock = new SimClock(startMs);
  const random = seededRandom(scenario.seed);
  const chips = new Map<number, VirtualChip>();
  const machines = new Map<number, string>();
  const plates = new Map<number, string>();
  for (const m of scenario.machines) {
    const site = scenario.sites.find((s) => s.id === m.site);
    const siteId = sites.get(m.site);
    if (site === undefined || siteId === undefined)
      throw new SimulatorError('ERR_SIM_UNKNOWN_REFERENCE', `unknown site ${m.site}`);
    const chip = scenarioChip(scenario, m, site, {
      clock,
      random,
      platformKey: keys.directive,
      chip: { ...REMOTE_CHIP, ...options.chip },
    });
    chips.set(m.id, chip);
    const machine = await client.post<{ id: string }>('/v1/machines', {
      ownerId: owners.get(site.enterprise),
      siteId,
      brand: '瑞凌',
      model: BRANDS[m.kind] ?? 'X-1',
      serial: `SN-${scenario.district}-${m.id}`,
      kind: m.kind,
    });
    machines.set(m.id, machine.id);
    await client.post('/v1/chips', {
      id: chip.chipId,
      publicKey: Buffer.from(chip.publicKey).toString('base64url'),
    });
    await client.post('/v1/retrofits', {
      chipId: chip.chipId,
      machineId: machine.id,
      installer: 'installer-1',
    });
    plates.set(
      m.id,
      (await client.post<{ text: string }>(`/v1/machines/${machine.id}/plate`, { by: 'installer-1' })).text,
    );
  }

  const workers = new Map<number, string>();
  const credentials = new Map<number, string>();
  const notIssued: string[] = [];
  for (const [index, w] of scenario.workers.entries()) {
    const idNumber = idNumberOf(index + 1);
    const employer = scenario.permits.find((p) => p.workers.includes(w.id) || p.fireWatcher === w.id);
    const employerSite = scenario.sites.find((s) => s.id === employer?.site);
    const employerId = employerSite === undefined ? undefined : owners.get(employerSite.enterprise);
    const worker = await client.post<{ id: string }>('/v1/workers', {
      name: w.name,
      idNumber,
      ...(employerId === undefined ? {} : { employerId }),
    });
    workers.set(w.id, worker.id);
    for (const [n, c] of w.certificates.entries())
      await client.post(
        `/v1/workers/${worker.id}/certificates`,
        certificateInput(c, idNumber, scenario.district, w.id * 10 + n),
      );
    if (w.certificates.length === 0) continue;
    try {
      const issued = await client.post<{ text: string }>(`/v1/workers/${worker.id}/credential`, {
        by: 'operator',
        idNumber,
      });
      credentials.set(w.id, issued.text);
    } catch (error) {
      if (!(error instanceof SimulatorError) || error.code !== 'ERR_SIM_PLATFORM') throw error;
      notIssued.push(`credential of worker ${w.id}: ${error.message}`);
    }
  }

  const timeOf = scenarioTimeOf(scenario);
  const permits = new Map<number, string>();
  const permitCodes = new Map<number, string>();
  for (const p of scenario.permits) {
    const startsAt = timeOf(p.start);
    const permit = await client.post<{ id: string }>('/v1/permits', {
      siteId: sites.get(p.site),
      level: p.level,
      workKind: p.workKind,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + p.durationMinutes * 60_000).toISOString(),
      zone: {
        datum: 'wgs84',
        geometry: { type: 'Point', coordinates: [p.zone.lon, p.zone.lat] },
        radiusM: p.zone.radiusM,
      },
      fireWatcherId: workers.get(p.fireWatcher),
      machineIds: p.machines.map((id) => machines.get(id)),
      workerIds: p.workers.map((id) => workers.get(id)),
      applicant: 'safety officer',
    });
    permits.set(p.id, permit.id);
    await client.post(`/v1/permits/${permit.id}/decision`, { decision: 'approve', by: 'approver' });
    try {
      permitCodes.set(
        p.id,
        (await client.post<{ text: string }>(`/v1/permits/${permit.id}/code`, { by: 'operator' })).text,
      );
    } catch (error) {
      if (!(error instanceof SimulatorError) || error.code !== 'ERR_SIM_PLATFORM') throw error;
      notIssued.push(`code of permit ${p.id}: ${error.message}`);
    }
  }

  const trustList = new Uint8Array(
    await (await fetch(`${platform.baseUrl.replace(/\/+$/, '')}/v1/trust-list`)).arrayBuffer(),
  );
  const byMachine = new Map([...machines].map(([id, platformId]) => [platformId, id]));
  const byWorker = new Map([...workers].map(([id, platformId]) => [platformId, id]));
  return {
    scenario,
    clock,
    random,
    startMs,
    provisionedAtMs,
    timeOf,
    ids: {
      city: city.id,
      district: districtArea.id,
      towns,
      owners,
      sites,
      crowdedPlaces,
      machines,
      workers,
      permits,
    },
    codes: { plates, credentials, permits: permitCodes },
    keys,
    trustList,
    chips,
    notIssued,
    machineOf: (id) => (id == null ? undefined : byMachine.get(id)),
    workerOf: (id) => (id == null ? undefined : byWorker.get(id)),
  };
}
