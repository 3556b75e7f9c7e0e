import type { Api } from './api';
import { idNumber, publicKey } from './identity';

/** What the end-to-end tests look for: two towns of one district, with different inventories. */
export interface SeededDistrict {
  cityId: string;
  districtId: string;
  towns: {
    id: string;
    name: string;
    machineIds: string[];
    serials: string[];
    siteIds: string[];
    chipIds: string[];
  }[];
  permitId: string;
  password: string;
  townOfficer: string;
  districtOfficer: string;
}

const TOWNS = [
  { name: '南桥镇', machines: 3, retrofitted: 2, at: [121.47, 30.92] },
  { name: '庄行镇', machines: 2, retrofitted: 1, at: [121.39, 30.89] },
] as const;

/** Seeds a city → 奉贤区 → two towns, owners, sites, machines, chips, a permit and two officers. */
export async function seedDistrict(admin: Api, runId: string): Promise<SeededDistrict> {
  const password = 'console-e2e-password';
  const city = await admin.post('/v1/areas', { level: 'city', name: '上海市' });
  const district = await admin.post('/v1/areas', { level: 'district', parentId: city.id, name: '奉贤区' });
  const towns: SeededDistrict['towns'] = [];
  let serial = 0;
  for (const [townIndex, plan] of TOWNS.entries()) {
    const town = await admin.post('/v1/areas', { level: 'town', parentId: district.id, name: plan.name });
    const owner = await admin.post('/v1/owners', {
      kind: 'individual',
      name: `${plan.name}焊接加工户`,
      idNumber: idNumber(townIndex + 1),
      townId: town.id,
    });
    const site = await admin.post('/v1/sites', {
      ownerId: owner.id,
      townId: town.id,
      name: `${plan.name}金属加工厂`,
      sector: 'industry-trade',
      location: { longitude: plan.at[0], latitude: plan.at[1], datum: 'wgs84' },
    });
    const entry = {
      id: town.id,
      name: plan.name,
      machineIds: [] as string[],
      serials: [] as string[],
      siteIds: [site.id],
      chipIds: [] as string[],
    };
    for (let index = 0; index < plan.machines; index += 1) {
      serial += 1;
      const serialNo = `E2E-${runId}-${serial}`;
      const machine = await admin.post('/v1/machines', {
        ownerId: owner.id,
        siteId: site.id,
        brand: '时代',
        model: 'ZX7-400',
        serial: serialNo,
        kind: 'arc',
      });
      if (index < plan.retrofitted) {
        const chipId = `chip-${runId}-${serial}`;
        await admin.post('/v1/chips', { id: chipId, publicKey: publicKey() });
        await admin.post('/v1/retrofits', { chipId, machineId: machine.id, installer: '安装队' });
        entry.chipIds.push(chipId);
      }
      entry.machineIds.push(machine.id);
      entry.serials.push(serialNo);
    }
    towns.push(entry);
  }
  const first = towns[0]!;
  const welder = await admin.post('/v1/workers', { name: '张焊工', idNumber: idNumber(101) });
  const watcher = await admin.post('/v1/workers', { name: '李监护', idNumber: idNumber(102) });
  const [lon, lat] = TOWNS[0].at;
  const startsAt = new Date(Date.now() + 3_600_000).toISOString();
  const permit = await admin.post('/v1/permits', {
    siteId: first.siteIds[0],
    level: 'level-2',
    workKind: 'ordinary',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 4 * 3_600_000).toISOString(),
    zone: {
      datum: 'wgs84',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [lon - 0.001, lat - 0.001],
            [lon + 0.001, lat - 0.001],
            [lon + 0.001, lat + 0.001],
            [lon - 0.001, lat + 0.001],
            [lon - 0.001, lat - 0.001],
          ],
        ],
      },
    },
    fireWatcherId: watcher.id,
    machineIds: [first.machineIds[0]],
    workerIds: [welder.id],
    applicant: '王经理',
  });
  const townOfficer = `town-${runId}`;
  const districtOfficer = `district-${runId}`;
  await admin.post('/v1/users', {
    username: townOfficer,
    displayName: '南桥镇安监员',
    role: 'town-officer',
    areaId: first.id,
    password,
  });
  await admin.post('/v1/users', {
    username: districtOfficer,
    displayName: '奉贤区安监员',
    role: 'district-officer',
    areaId: district.id,
    password,
  });
  return {
    cityId: city.id,
    districtId: district.id,
    towns,
    permitId: permit.id,
    password,
    townOfficer,
    districtOfficer,
  };
}
