/** The benchmark city: 50 districts × 40 towns × 15 owners × 2 sites × 5 machines = 300,000 machines. */
import type { Storage } from '../src/index';

export const DISTRICTS = 50;
export const TOWNS_PER_DISTRICT = 40;
export const OWNERS_PER_TOWN = 15;
export const SITES_PER_OWNER = 2;
export const MACHINES_PER_SITE = 5;
const WORKERS_PER_OWNER = 5;
const SECTOR_IDS = [
  'industry-trade',
  'hazardous-chemicals',
  'construction-site',
  'hospital',
  'mall-market',
  'shipping',
];

type Row = (string | number | null)[];

/** Inserts rows in multi-row statements inside one transaction (fast on both engines). */
async function insertAll(storage: Storage, table: string, columns: string[], rows: Row[]): Promise<void> {
  const db = storage.access.db;
  const chunk = Math.floor(4000 / columns.length);
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      await tx.execute(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => tuple).join(', ')}`,
        part.flat(),
      );
    }
  });
}

/** Builds the city and returns its id and one district's and one town's. */
export async function populate(storage: Storage): Promise<{ city: string; district: string; town: string }> {
  const now = Date.now();
  let seq = 0;
  const id = (prefix: string) => `${prefix}_${(++seq).toString(36).padStart(9, '0')}`;
  const areas: Row[] = [];
  const owners: Row[] = [];
  const sites: Row[] = [];
  const machines: Row[] = [];
  const workers: Row[] = [];
  const certificates: Row[] = [];
  const trainings: Row[] = [];
  const attendees: Row[] = [];
  const city = id('area');
  areas.push([city, 'city', null, '上海市', now]);
  let firstDistrict = '';
  let firstTown = '';
  let codeNo = 65536;
  for (let d = 0; d < DISTRICTS; d++) {
    const district = id('area');
    firstDistrict ||= district;
    areas.push([district, 'district', city, `区${d}`, now]);
    for (let t = 0; t < TOWNS_PER_DISTRICT; t++) {
      const town = id('area');
      firstTown ||= town;
      areas.push([town, 'town', district, `区${d}镇${t}`, now]);
      for (let o = 0; o < OWNERS_PER_TOWN; o++) {
        const owner = id('own');
        owners.push([
          owner,
          'enterprise',
          `企业${seq}`,
          `91310120MA${seq.toString().padStart(8, '0')}`,
          town,
          now,
        ]);
        for (let s = 0; s < SITES_PER_OWNER; s++) {
          const site = id('site');
          sites.push([
            site,
            owner,
            town,
            `场所${seq}`,
            SECTOR_IDS[(o + s) % SECTOR_IDS.length] as string,
            now,
          ]);
          for (let m = 0; m < MACHINES_PER_SITE; m++) {
            const n = machines.length;
            const retrofitted = n % 10 < 6;
            machines.push([
              id('mch'),
              owner,
              site,
              '上海电焊机',
              'ZX7-400',
              `SN${n}`,
              'arc',
              retrofitted ? 'retrofitted' : 'registered',
              retrofitted && n % 10 < 5 ? `plate-${n}` : null,
              codeNo++,
              now,
            ]);
          }
        }
        const training = id('trn');
        trainings.push([training, owner, town, '2025-11-01', '技术服务团队', '扫码开机', 'bench', now]);
        for (let w = 0; w < WORKERS_PER_OWNER; w++) {
          const worker = id('wkr');
          const n = workers.length;
          workers.push([worker, `焊工${n}`, `hash-${n}`, '310***********123X', owner, codeNo++, now]);
          if (n % 5 < 4) {
            certificates.push([
              id('cert'),
              worker,
              'em-welding',
              `C${n}`,
              '应急管理局',
              '2024-01-01',
              '2030-01-01',
              now,
            ]);
          }
          if (n % 2 === 0) attendees.push([training, w, 'worker', worker, `焊工${n}`]);
        }
      }
    }
  }
  await insertAll(storage, 'areas', ['id', 'level', 'parent_id', 'name', 'created_at'], areas);
  await insertAll(storage, 'owners', ['id', 'kind', 'name', 'credit_code', 'town_id', 'created_at'], owners);
  await insertAll(storage, 'sites', ['id', 'owner_id', 'town_id', 'name', 'sector', 'created_at'], sites);
  await insertAll(
    storage,
    'machines',
    [
      'id',
      'owner_id',
      'site_id',
      'brand',
      'model',
      'serial',
      'kind',
      'status',
      'plate_id',
      'code_no',
      'created_at',
    ],
    machines,
  );
  await insertAll(
    storage,
    'workers',
    ['id', 'name', 'id_number_hash', 'id_number_masked', 'employer_id', 'code_no', 'created_at'],
    workers,
  );
  await insertAll(
    storage,
    'certificates',
    ['id', 'worker_id', 'type', 'number', 'issuer', 'issued_on', 'expires_on', 'created_at'],
    certificates,
  );
  await insertAll(
    storage,
    'trainings',
    ['id', 'owner_id', 'town_id', 'held_on', 'trainer', 'topic', 'recorded_by', 'created_at'],
    trainings,
  );
  await insertAll(
    storage,
    'training_attendees',
    ['training_id', 'position', 'kind', 'worker_id', 'name'],
    attendees,
  );
  const db = storage.access.db;
  if (storage.dialect === 'postgres') await db.execute('ANALYZE');
  else await db.execute('ANALYZE');
  console.log(
    `${storage.dialect}: ${areas.length} areas, ${owners.length} owners, ${sites.length} sites, ${machines.length} machines, ${workers.length} workers`,
  );
  return { city, district: firstDistrict, town: firstTown };
}
