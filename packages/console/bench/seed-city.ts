import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

/** The city: 50 districts, 2,000 towns, 300,000 machines. */
export const CITY = { districts: 50, townsPerDistrict: 40, machinesPerTown: 150, sitesPerTown: 5 } as const;

const SECTORS = ['industry-trade', 'construction-site', 'hazardous-chemicals', 'shipping', 'mall-market'];

/**
 * Writes the city straight into a migrated SQLite database in one transaction: going through the
 * API would take the benchmark's whole budget to seed. Returns the ids the benchmark logs in with.
 * The columns are the registry's (migrations 1–2); a schema change shows up here as an SQL error.
 */
export function seedCity(file: string): {
  cityId: string;
  districtId: string;
  townId: string;
  machines: number;
} {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = Date.now();
  const area = db.prepare(
    'INSERT INTO areas (id, level, parent_id, name, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const owner = db.prepare(
    "INSERT INTO owners (id, kind, name, credit_code, town_id, created_at) VALUES (?, 'enterprise', ?, ?, ?, ?)",
  );
  const site = db.prepare(
    `INSERT INTO sites (id, owner_id, town_id, name, sector, longitude, latitude, datum, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'wgs84', ?)`,
  );
  const machine = db.prepare(
    `INSERT INTO machines (id, owner_id, site_id, brand, model, serial, kind, status, plate_id, created_at, code_no)
     VALUES (?, ?, ?, '时代', 'ZX7-400', ?, 'arc', ?, ?, ?, ?)`,
  );
  const chip = db.prepare(
    "INSERT INTO chips (id, public_key, status, machine_id, created_at, code_no) VALUES (?, ?, 'active', ?, ?, ?)",
  );
  let machineNo = 0;
  let chipNo = 0;
  const seed = db.transaction(() => {
    area.run('city-bench', 'city', null, '基准市', now);
    for (let d = 0; d < CITY.districts; d += 1) {
      const districtId = `d${d}`;
      area.run(districtId, 'district', 'city-bench', `第${d + 1}区`, now);
      for (let t = 0; t < CITY.townsPerDistrict; t += 1) {
        const townId = `${districtId}t${t}`;
        area.run(townId, 'town', districtId, `第${d + 1}区第${t + 1}镇`, now);
        for (let s = 0; s < CITY.sitesPerTown; s += 1) {
          const ownerId = `${townId}o${s}`;
          const creditCode = `91310000${String(d * 1000 + t * 10 + s).padStart(10, '0')}`;
          owner.run(ownerId, `企业${ownerId}`, creditCode, townId, now);
          const siteId = `${townId}s${s}`;
          const lon = 120.9 + (d % 10) * 0.1 + (t % 8) * 0.012 + s * 0.002;
          const lat = 30.7 + Math.floor(d / 10) * 0.1 + Math.floor(t / 8) * 0.018;
          site.run(siteId, ownerId, townId, `场所${siteId}`, SECTORS[s % SECTORS.length], lon, lat, now);
          for (let m = 0; m < CITY.machinesPerTown / CITY.sitesPerTown; m += 1) {
            machineNo += 1;
            const id = `m${machineNo}`;
            // About 60 % chipped and coded, so progress sits between the two targets.
            const chipped = machineNo % 5 < 3;
            machine.run(
              id,
              ownerId,
              siteId,
              `SN${machineNo}`,
              chipped ? 'retrofitted' : 'registered',
              chipped ? `plate-${machineNo}` : null,
              now,
              65535 + machineNo,
            );
            if (chipped) {
              chipNo += 1;
              chip.run(`c${machineNo}`, randomBytes(32), id, now, 65535 + chipNo);
            }
          }
        }
      }
    }
    db.prepare("UPDATE counters SET value = ? WHERE name = 'machines'").run(65535 + machineNo);
    db.prepare("UPDATE counters SET value = ? WHERE name = 'chips'").run(65535 + chipNo);
  });
  seed();
  db.close();
  return { cityId: 'city-bench', districtId: 'd0', townId: 'd0t0', machines: machineNo };
}
