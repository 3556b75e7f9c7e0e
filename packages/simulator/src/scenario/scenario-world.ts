import { getPublicKey, sha256 } from '@weldcode/crypto';
import { hashIdNumber, type IssuedCode, issueCode, maskName, QrVerifier, signPayload } from '@weldcode/qr';
import { VirtualChip, type VirtualChipOptions } from '../chip/virtual-chip';
import { PlatformHarness } from '../harness/platform-harness';
import { type SeededRandom, seededRandom } from '../random';
import { offsetMetres } from '../signals/position-signal';
import { SimClock } from '../sim-clock';
import { SimulatorError } from '../simulator-error';
import type { Scenario, ScenarioMachine, ScenarioSite } from './scenario-types';

const DAY = 86_400;

/** Everything a scenario instantiates: keys, codes, chips and the platform harness. */
export interface ScenarioWorld {
  scenario: Scenario;
  clock: SimClock;
  random: SeededRandom;
  startMs: number;
  rootPublicKey: Uint8Array;
  trustList: Uint8Array;
  harness: PlatformHarness;
  chips: Map<number, VirtualChip>;
  plates: Map<number, IssuedCode>;
  credentials: Map<number, IssuedCode>;
  permits: Map<number, IssuedCode>;
  sites: Map<number, ScenarioSite>;
  machines: Map<number, ScenarioMachine>;
  /** Unix ms of a local "HH:MM" on the scenario's day. */
  timeOf(hhmm: string): number;
  chipIdOf(machineId: number): string;
  machineOfChip(chipId: string): number | undefined;
}

function key(seed: number, label: string): Uint8Array {
  return sha256(new TextEncoder().encode(`weldcode-sim/${seed}/${label}`));
}

/** Unix ms of a local "HH:MM" on the scenario's day. */
export function scenarioTimeOf(scenario: Scenario): (hhmm: string) => number {
  const startMs = Date.parse(scenario.start);
  const offset = localOffsetMin(scenario.start);
  const dayStartMs = startMs - ((((startMs / 60_000 + offset) % 1440) + 1440) % 1440) * 60_000;
  return (hhmm: string) => dayStartMs + minutesOf(hhmm) * 60_000;
}

/**
 * The virtual chip of a scenario machine, the same whoever runs the scenario: its id
 * (`WC-<district>-<machine>`), key, place at the site and clock faults all follow from the seed.
 * `platformKey` is the directive key of the platform it will talk to.
 */
export function scenarioChip(
  scenario: Scenario,
  machine: ScenarioMachine,
  site: ScenarioSite,
  with_: {
    clock: SimClock;
    random: SeededRandom;
    platformKey: Uint8Array;
    chip?: Pick<
      VirtualChipOptions,
      'ackTimeoutMs' | 'telemetryIntervalS' | 'locationIntervalS' | 'timeSyncIntervalS'
    >;
  },
): VirtualChip {
  const { random } = with_;
  return new VirtualChip({
    chipId: `WC-${scenario.district}-${String(machine.id).padStart(6, '0')}`,
    secretKey: key(scenario.seed, `chip-${machine.id}`),
    platformKeys: [with_.platformKey],
    machineKind: machine.kind,
    clock: with_.clock,
    random: random.fork(`chip-${machine.id}`),
    position: offsetMetres(site.centre, random.fork(`place-${machine.id}`).normal(0, site.radiusM / 4), 0),
    positionMode: machine.positionMode ?? 'gnss',
    driftPpm: machine.driftPpm ?? 0,
    skewMs: machine.skewMs ?? 0,
    ...with_.chip,
  });
}

/** The scenario's UTC offset in minutes, from its start's `+08:00`. */
export function localOffsetMin(start: string): number {
  const m = /([+-])(\d\d):(\d\d)$/.exec(start);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Minutes since midnight of a local "HH:MM". */
export function minutesOf(hhmm: string): number {
  const m = /^(\d\d):(\d\d)$/.exec(hhmm);
  if (!m) throw new SimulatorError('ERR_SIM_SCENARIO_INVALID', `time ${hhmm} is not HH:MM`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function need<T>(map: Map<number, T>, id: number, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new SimulatorError('ERR_SIM_UNKNOWN_REFERENCE', `unknown ${what} ${id}`);
  return value;
}

/**
 * Builds a scenario's world from its seed: the city root and district issuer keys, a trust list,
 * plates, credentials and permits signed with @weldcode/qr, one {@link VirtualChip} per machine
 * registered with the {@link PlatformHarness} by its proof-of-possession request.
 */
export function buildWorld(scenario: Scenario): ScenarioWorld {
  const startMs = Date.parse(scenario.start);
  if (Number.isNaN(startMs))
    throw new SimulatorError('ERR_SIM_SCENARIO_INVALID', `bad start ${scenario.start}`);
  const offset = localOffsetMin(scenario.start);
  const timeOf = scenarioTimeOf(scenario);
  const clock = new SimClock(startMs);
  const random = seededRandom(scenario.seed);
  const nowS = () => Math.floor(clock.now() / 1000);
  const root = key(scenario.seed, 'city-root');
  const issuer = key(scenario.seed, 'district-issuer');
  const platformKey = key(scenario.seed, 'platform');
  const t0 = Math.floor(startMs / 1000);
  const trustList = signPayload(
    {
      kind: 'trust-list',
      number: 1,
      issuedAt: t0 - DAY,
      nextUpdate: t0 + 7 * DAY,
      expiresAt: t0 + 30 * DAY,
      keys: [
        {
          publicKey: getPublicKey(issuer),
          issuer: scenario.district,
          kinds: ['plate', 'credential', 'permit', 'revocation'],
          notBefore: t0 - 365 * DAY,
          notAfter: t0 + 365 * DAY,
          district: scenario.district,
        },
      ],
    },
    root,
  );
  const verifier = new QrVerifier({ roots: [getPublicKey(root)], clock: nowS });
  verifier.loadTrustList(trustList);
  const harness = new PlatformHarness({ secretKey: platformKey, clock, random, verifier });
  const sites = new Map(scenario.sites.map((s) => [s.id, s]));
  const machines = new Map(scenario.machines.map((m) => [m.id, m]));
  const chips = new Map<number, VirtualChip>();
  const plates = new Map<number, IssuedCode>();
  const issuedOn = scenario.start.slice(0, 10);
  for (const m of scenario.machines) {
    const site = need(sites, m.site, 'site');
    const chip = scenarioChip(scenario, m, site, { clock, random, platformKey: getPublicKey(platformKey) });
    chips.set(m.id, chip);
    const open = site.openingHours;
    harness.registerMachine(chip.registration(`SN-${m.id}`, 'installer-1'), {
      machineId: m.id,
      site: {
        siteId: site.id,
        centre: site.centre,
        radiusM: site.radiusM,
        utcOffsetMin: offset,
        ...(open ? { openingHours: [minutesOf(open[0]), minutesOf(open[1])] as [number, number] } : {}),
      },
    });
    plates.set(
      m.id,
      issueCode(
        { kind: 'plate', machineId: m.id, chipId: m.id, district: scenario.district, issuedOn, plateSeq: 1 },
        issuer,
      ),
    );
  }
  const credentials = new Map<number, IssuedCode>();
  for (const w of scenario.workers) {
    if (w.certificates.length === 0) continue;
    const credential = issueCode(
      {
        kind: 'credential',
        workerId: w.id,
        maskedName: maskName(w.name),
        idHash: hashIdNumber(
          `31012019800101${String(w.id).padStart(4, '0')}`,
          key(scenario.seed, 'id-salt').slice(0, 4),
        ),
        issuedAt: t0 - 30 * DAY,
        certificates: w.certificates.map((c, i) => ({
          type: c.type,
          number: `T${w.id}${i}`,
          authority: scenario.district,
          validFrom: c.validFrom,
          validTo: c.validTo,
        })),
      },
      issuer,
    );
    credentials.set(w.id, credential);
  }
  const permits = new Map<number, IssuedCode>();
  for (const p of scenario.permits) {
    need(sites, p.site, 'site');
    const credentialHashes = p.workers.flatMap((id) => {
      const c = credentials.get(id);
      return c ? [c.bindingHash] : [];
    });
    if (credentialHashes.length === 0) credentialHashes.push(new Uint8Array(8));
    permits.set(
      p.id,
      issueCode(
        {
          kind: 'permit',
          permitId: p.id,
          siteId: p.site,
          zone: {
            shape: 'circle',
            datum: 'wgs84',
            lat: p.zone.lat,
            lon: p.zone.lon,
            radiusM: p.zone.radiusM,
          },
          start: Math.floor(timeOf(p.start) / 1000),
          durationMinutes: p.durationMinutes,
          level: p.level,
          workKind: p.workKind,
          fireWatcherId: p.fireWatcher,
          credentialHashes,
          plateHashes: p.machines.map((id) => need(plates, id, 'machine').bindingHash),
        },
        issuer,
      ),
    );
  }
  const chipIds = new Map([...chips].map(([id, chip]) => [chip.chipId, id]));
  return {
    scenario,
    clock,
    random,
    startMs,
    rootPublicKey: getPublicKey(root),
    trustList,
    harness,
    chips,
    plates,
    credentials,
    permits,
    sites,
    machines,
    timeOf,
    chipIdOf: (id) => need(chips, id, 'machine').chipId,
    machineOfChip: (chipId) => chipIds.get(chipId),
  };
}
