import { idNumberCheckDigit } from '@weldcode/credentials';
import type { Principal } from '../../../src/access/roles';
import type { ResourceKind } from '../../../src/access/scope';
import { CodeService } from '../../../src/codes/code-service';
import type { Storage } from '../../../src/index';
import { tokenFor } from '../../support/app';
import { chipPublicKey, idNumber } from '../../support/fixtures';

const HOUR = 3_600_000;

/** Every record of one town, of both an industry owner (A) and a crowded-place owner (H). */
export interface TownWorld {
  town: string;
  ownerA: string;
  ownerH: string;
  siteA: string;
  siteH: string;
  machineA: string;
  machineH: string;
  chipA: string;
  /** The credential issued for worker A (an issued code is in scope with its subject). */
  credentialA: string;
  workerA: string;
  watcherA: string;
  workerH: string;
  watcherH: string;
  crowdedPlace: string;
  specialPeriod: string;
  permitA: string;
  permitH: string;
  training: string;
  inspection: string;
  officer: string;
  alertA: string;
  alertH: string;
  arcA: string;
  findingA: string;
}

/** The records of a town world by resource kind (what a route may name). */
export function recordsOf(w: TownWorld): Record<ResourceKind, string[]> {
  return {
    area: [w.town],
    owner: [w.ownerA, w.ownerH],
    site: [w.siteA, w.siteH],
    machine: [w.machineA, w.machineH],
    chip: [w.chipA],
    worker: [w.workerA, w.watcherA, w.workerH, w.watcherH],
    permit: [w.permitA, w.permitH],
    'crowded-place': [w.crowdedPlace],
    'special-period': [w.specialPeriod],
    user: [w.officer],
    training: [w.training],
    inspection: [w.inspection],
    alert: [w.alertA, w.alertH],
    'arc-session': [w.arcA],
    'compliance-finding': [w.findingA],
    code: [w.credentialA],
  };
}

let counter = 0;

async function townWorld(
  storage: Storage,
  townId: string,
  tag: string,
  inspectorId: string,
): Promise<TownWorld> {
  counter += 1;
  const owner = (name: string) =>
    storage.owners.create({
      kind: 'enterprise',
      name: `${tag}${name}`,
      creditCode: `91310120MA1W${String(counter).padStart(4, '0')}${name === 'A' ? '0A' : '0H'}`,
      townId,
    });
  const ownerA = await owner('A');
  const ownerH = await owner('H');
  const location = { longitude: 121.47 + counter / 1000, latitude: 30.91, datum: 'gcj02' as const };
  const siteA = await storage.sites.create({
    ownerId: ownerA.id,
    townId,
    name: `${tag}车间`,
    sector: 'industry-trade',
    location,
  });
  const siteH = await storage.sites.create({
    ownerId: ownerH.id,
    townId,
    name: `${tag}医院`,
    sector: 'hospital',
    location,
  });
  const machine = (ownerId: string, siteId: string) =>
    storage.machines.create({
      ownerId,
      siteId,
      brand: '上海电焊机',
      model: 'ZX7-400',
      serial: `${tag}-${siteId}`,
      kind: 'arc',
    });
  const machineA = await machine(ownerA.id, siteA.id);
  const machineH = await machine(ownerH.id, siteH.id);
  const chipA = await storage.chips.create({ id: `chip-${tag}-${counter}`, publicKey: chipPublicKey() });
  await storage.chips.retrofit({ chipId: chipA.id, machineId: machineA.id, installer: 'fixture' });
  const worker = (name: string, employerId: string, id = idNumber()) =>
    storage.workers.create({ name: `${tag}${name}`, idNumber: id, employerId });
  // A valid GB 11643 number: a credential is only issued for one.
  const first17 = `31012019900101${String(counter % 1000).padStart(3, '0')}`;
  const workerAIdNumber = `${first17}${idNumberCheckDigit(first17)}`;
  const workerA = await worker('焊工A', ownerA.id, workerAIdNumber);
  const watcherA = await worker('监护A', ownerA.id);
  const workerH = await worker('焊工H', ownerH.id);
  const watcherH = await worker('监护H', ownerH.id);
  await storage.certificates.create(workerA.id, {
    type: 'em-welding',
    number: `T${counter}${tag.length}${Date.now() % 100000}`,
    issuer: '上海市应急管理局',
    issuedOn: '2024-01-01',
    expiresOn: '2030-01-01',
  });
  // A credential (人员码) for worker A: issued codes are scoped by their subject. (A credential, not a
  // plate: a plate would change the 赋码 counts the supervision tests expect.)
  const credentialA = await new CodeService(storage).issueCredential(workerA.id, workerAIdNumber, 'fixture');
  const crowdedPlace = await storage.crowdedPlaces.create({
    siteId: siteH.id,
    name: `${tag}门诊楼`,
    openingHours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '17:00' }],
  });
  const specialPeriod = await storage.specialPeriods.create({
    areaId: townId,
    name: `${tag}进博会`,
    startsAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    endsAt: new Date(Date.now() + 48 * HOUR).toISOString(),
  });
  const permit = async (siteId: string, machineId: string, workerId: string, watcherId: string) => {
    const created = await storage.permits.create({
      siteId,
      level: 'level-2',
      workKind: 'ordinary',
      startsAt: new Date(Date.now() - HOUR).toISOString(),
      endsAt: new Date(Date.now() + 8 * HOUR).toISOString(),
      zone: { datum: 'gcj02', geometry: { type: 'Point', coordinates: [121.47, 30.91] }, radiusM: 30 },
      fireWatcherId: watcherId,
      machineIds: [machineId],
      workerIds: [workerId],
      applicant: `${tag}申请人`,
    });
    await storage.permits.decide(created.id, { decision: 'approve', by: 'fixture' });
    return created;
  };
  const permitA = await permit(siteA.id, machineA.id, workerA.id, watcherA.id);
  const permitH = await permit(siteH.id, machineH.id, workerH.id, watcherH.id);
  const training = await storage.supervision.trainings.record(
    {
      ownerId: ownerA.id,
      heldOn: '2025-11-01',
      trainer: '安全技术服务团队',
      topic: '扫码开机操作',
      attendees: [{ kind: 'worker', workerId: workerA.id }],
    },
    'fixture',
  );
  const { inspection } = await storage.supervision.inspections.sync(
    `insp-${tag}-${counter}-0000`,
    {
      townId,
      visitedAt: new Date().toISOString(),
      siteId: siteA.id,
      machineId: machineA.id,
      findings: { certified: true, chipped: true, coded: false },
    },
    inspectorId,
  );
  const officer = await storage.access.users.create({
    username: `officer-${tag}-${counter}`,
    displayName: `${tag}街镇安全办`,
    role: 'town-officer',
    areaId: townId,
  });
  const context = async (machineId: string, sector: string, siteId: string) => {
    const [row] = await storage.access.db.query(
      'SELECT t.parent_id AS district_id, d.parent_id AS city_id FROM areas t JOIN areas d ON d.id = t.parent_id WHERE t.id = ?',
      [townId],
    );
    return {
      chipId: null,
      machineId,
      siteId,
      townId,
      districtId: String(row?.district_id),
      cityId: String(row?.city_id),
      sector,
      sitePosition: null,
    };
  };
  const alert = async (
    kind: 'ENCLOSURE_OPENED' | 'CROWDED_PLACE_OPEN',
    machineId: string,
    sector: string,
    siteId: string,
  ) => {
    const raised = await storage.monitoring.alerts.raise({
      kind,
      severity: 'high',
      subjectType: 'machine',
      subjectId: machineId,
      context: await context(machineId, sector, siteId),
      source: 'message',
      atMs: Date.now() - 3 * HOUR,
      details: {},
    });
    return String(raised.alertId);
  };
  const alertA = await alert('ENCLOSURE_OPENED', machineA.id, 'industry-trade', siteA.id);
  const alertH = await alert('CROWDED_PLACE_OPEN', machineH.id, 'hospital', siteH.id);
  const arcA = `arc-${tag}-${counter}`;
  await storage.access.db.execute(
    `INSERT INTO arc_sessions (id, chip_id, machine_id, site_id, town_id, worker_id, state, historical, started_at,
       ended_at, last_sample_at, arc_ms, samples, peak_current_da, mean_current_da, end_reason)
     VALUES (?, ?, ?, ?, ?, NULL, 'closed', 0, ?, ?, ?, 60000, 60, 1500, 1200, 'arc-off')`,
    [
      arcA,
      chipA.id,
      machineA.id,
      siteA.id,
      townId,
      Date.now() - HOUR,
      Date.now() - HOUR + 60000,
      Date.now() - HOUR + 60000,
    ],
  );
  const findingA = `fnd-${tag}-${counter}`;
  await storage.access.db.execute(
    `INSERT INTO compliance_findings (id, kind, severity, chip_id, boot_epoch, seq, machine_id, worker_id, site_id,
       town_id, district_id, sector, occurred_at, recorded_at, details)
     VALUES (?, 'BYPASS', 'critical', ?, 1, ?, ?, NULL, ?, ?, NULL, 'industry-trade', ?, ?, '{}')`,
    [findingA, chipA.id, counter, machineA.id, siteA.id, townId, Date.now() - HOUR, Date.now()],
  );
  return {
    alertA,
    alertH,
    arcA,
    findingA,
    town: townId,
    ownerA: ownerA.id,
    ownerH: ownerH.id,
    siteA: siteA.id,
    siteH: siteH.id,
    machineA: machineA.id,
    machineH: machineH.id,
    chipA: chipA.id,
    credentialA: credentialA.id,
    workerA: workerA.id,
    watcherA: watcherA.id,
    workerH: workerH.id,
    watcherH: watcherH.id,
    crowdedPlace: crowdedPlace.id,
    specialPeriod: specialPeriod.id,
    permitA: permitA.id,
    permitH: permitH.id,
    training: training.id,
    inspection: inspection.id,
    officer: officer.id,
  };
}

/**
 * Two cities. 上海市 (C1) has districts D1 (towns T1, T2) and D2 (town T3); C2 has D3 (town
 * T4). Every town holds a full {@link TownWorld}.
 */
export interface World {
  areas: { c1: string; c2: string; d1: string; d2: string; d3: string };
  towns: { t1: TownWorld; t2: TownWorld; t3: TownWorld; t4: TownWorld };
  inspector: string;
}

export async function buildWorld(storage: Storage): Promise<World> {
  const area = (level: 'city' | 'district' | 'town', name: string, parentId?: string, code?: string) =>
    storage.areas.create({
      level,
      name,
      ...(parentId === undefined ? {} : { parentId }),
      ...(code === undefined ? {} : { code }),
    });
  const c1 = await area('city', '上海市');
  const c2 = await area('city', '外市');
  const d1 = await area('district', '奉贤区', c1.id, '310120');
  const d2 = await area('district', '金山区', c1.id, '310116');
  const d3 = await area('district', '外区', c2.id, '320102');
  const inspector = await storage.access.users.create({
    username: `fixture-inspector-${counter}`,
    displayName: '检查员',
    role: 'inspector',
    areaId: c1.id,
  });
  const town = async (name: string, parent: string, tag: string) =>
    townWorld(storage, (await area('town', name, parent)).id, tag, inspector.id);
  return {
    areas: { c1: c1.id, c2: c2.id, d1: d1.id, d2: d2.id, d3: d3.id },
    towns: {
      t1: await town('青村镇', d1.id, 'T1'),
      t2: await town('南桥镇', d1.id, 'T2'),
      t3: await town('朱泾镇', d2.id, 'T3'),
      t4: await town('外镇', d3.id, 'T4'),
    },
    inspector: inspector.id,
  };
}

/** A signed-in user of the world: its token, scope, and the records it must and must not reach. */
export interface Caller {
  name: string;
  token: string;
  principal: Principal;
  /** Records the caller may reach, by kind (used to show the guard is not simply closed). */
  own: Partial<Record<ResourceKind, string>>;
  /** Records outside the caller's scope, by kind: no route may read or change them for it. */
  foreign: Record<ResourceKind, string[]>;
  /**
   * Foreign ids the caller's own records name (a town's parent district, the site of a worker's
   * permit): they may appear in its responses, though the records themselves stay unreadable.
   */
  referenced: string[];
}

function merge(...sets: Record<ResourceKind, string[]>[]): Record<ResourceKind, string[]> {
  const out = {} as Record<ResourceKind, string[]>;
  for (const set of sets) {
    for (const [kind, ids] of Object.entries(set) as [ResourceKind, string[]][])
      out[kind] = [...(out[kind] ?? []), ...ids];
  }
  return out;
}

/** Only the A-owner (industry) records of a town. */
function industryOf(w: TownWorld): Record<ResourceKind, string[]> {
  return {
    area: [],
    owner: [w.ownerA],
    site: [w.siteA],
    machine: [w.machineA],
    chip: [w.chipA],
    worker: [w.workerA, w.watcherA],
    permit: [w.permitA],
    'crowded-place': [],
    'special-period': [],
    user: [],
    training: [w.training],
    inspection: [w.inspection],
    alert: [w.alertA],
    'arc-session': [w.arcA],
    'compliance-finding': [w.findingA],
    code: [w.credentialA],
  };
}

function onlyH(w: TownWorld): Record<ResourceKind, string[]> {
  return {
    area: [],
    owner: [w.ownerH],
    site: [w.siteH],
    machine: [w.machineH],
    chip: [],
    worker: [w.workerH, w.watcherH],
    permit: [w.permitH],
    'crowded-place': [w.crowdedPlace],
    'special-period': [],
    user: [],
    training: [],
    inspection: [],
    alert: [w.alertH],
    'arc-session': [],
    'compliance-finding': [],
    code: [],
  };
}

/** One caller per role, each scoped inside C1 / D1 / T1, with what lies outside its scope. */
export async function callers(storage: Storage, world: World): Promise<Caller[]> {
  const { t1, t2, t3, t4 } = world.towns;
  const { c1, c2, d1, d2, d3 } = world.areas;
  const all = (w: TownWorld) => recordsOf(w);
  const areas = (...ids: string[]) => merge({ area: ids } as Record<ResourceKind, string[]>);
  const users = storage.access.users;
  const make = async (
    name: string,
    input: Omit<Parameters<typeof users.create>[0], 'username' | 'displayName'>,
    own: Caller['own'],
    foreign: Record<ResourceKind, string[]>,
    referenced: string[],
  ): Promise<Caller> => {
    const user = await users.create({ ...input, username: `${name}-${counter}`, displayName: name });
    const principal = (await users.principal(user.id)) as Principal;
    const mine = new Set(Object.values(own));
    for (const kind of Object.keys(foreign) as ResourceKind[])
      foreign[kind] = foreign[kind].filter((id) => !mine.has(id));
    return { name, token: await tokenFor(storage, user.id), principal, own, foreign, referenced };
  };
  const t1Own = {
    area: t1.town,
    owner: t1.ownerA,
    site: t1.siteA,
    machine: t1.machineA,
    chip: t1.chipA,
    worker: t1.workerA,
    permit: t1.permitA,
    'crowded-place': t1.crowdedPlace,
    'special-period': t1.specialPeriod,
    user: t1.officer,
    training: t1.training,
    inspection: t1.inspection,
    alert: t1.alertA,
    'arc-session': t1.arcA,
    'compliance-finding': t1.findingA,
    code: t1.credentialA,
  };
  const outsideT1 = merge(all(t2), all(t3), all(t4), areas(c1, c2, d1, d2, d3));
  const ancestorsOfT1 = [c1, d1];
  return [
    await make('city-admin', { role: 'city-admin', areaId: c1 }, t1Own, merge(all(t4), areas(c2, d3)), []),
    await make(
      'district-officer',
      { role: 'district-officer', areaId: d1 },
      t1Own,
      merge(all(t3), all(t4), areas(c1, c2, d2, d3)),
      [c1],
    ),
    await make('town-officer', { role: 'town-officer', areaId: t1.town }, t1Own, outsideT1, ancestorsOfT1),
    await make(
      'sector-officer',
      { role: 'sector-officer', areaId: d1, sector: 'fire-rescue' },
      {
        ...t1Own,
        owner: t1.ownerH,
        site: t1.siteH,
        machine: t1.machineH,
        worker: t1.workerH,
        permit: t1.permitH,
        chip: undefined as never,
        training: undefined as never,
        inspection: undefined as never,
        alert: t1.alertH,
        'arc-session': undefined as never,
        'compliance-finding': undefined as never,
        code: undefined as never,
      },
      merge(industryOf(t1), industryOf(t2), all(t3), all(t4), areas(c1, c2, d2, d3)),
      [c1],
    ),
    await make(
      'enterprise-manager',
      { role: 'enterprise-manager', ownerId: t1.ownerA },
      { ...t1Own, 'crowded-place': undefined as never },
      merge(onlyH(t1), outsideT1),
      ancestorsOfT1,
    ),
    await make(
      'enterprise-approver',
      { role: 'enterprise-approver', ownerId: t1.ownerA },
      { ...t1Own, 'crowded-place': undefined as never },
      merge(onlyH(t1), outsideT1),
      ancestorsOfT1,
    ),
    await make('installer', { role: 'installer', areaId: t1.town }, t1Own, outsideT1, ancestorsOfT1),
    await make('inspector', { role: 'inspector', areaId: t1.town }, t1Own, outsideT1, ancestorsOfT1),
    await make(
      'worker',
      { role: 'worker', workerId: t1.workerA },
      { worker: t1.workerA, permit: t1.permitA },
      merge(onlyH(t1), industryOf(t1), outsideT1, areas(t1.town)),
      // Its own worker record names its employer; its permit names the site, machine and watcher.
      [t1.ownerA, t1.siteA, t1.machineA, t1.watcherA],
    ),
    await make('chip', { role: 'chip', chipId: t1.chipA }, { chip: t1.chipA }, merge(all(t1), outsideT1), [
      t1.machineA,
    ]),
  ];
}
