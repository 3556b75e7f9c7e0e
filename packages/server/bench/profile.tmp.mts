import { existsSync } from 'node:fs';
import { openStorage } from '../src/index';
import { populate } from './rollup-city';

const dir = '/tmp/rollup-prof2';
const fresh = !existsSync(`${dir}/weldcode.sqlite`);
const storage = await openStorage({ dataDir: dir });
if (fresh) {
  const ids = await populate(storage);
  console.log(JSON.stringify(ids));
}
const db = storage.access.db;
const [city] = await db.query("SELECT id FROM areas WHERE level='city'");
const { areaTree, inventorySnapshot } = await import('../src/supervision/inventory');
const tree = await areaTree(db, String(city!.id));
for (let i = 0; i < 2; i++) {
  let t = performance.now();
  const r = await inventorySnapshot(db, tree.area, undefined, '2026-01-01');
  console.log('snapshot', r.sites.length, r.owners.length, (performance.now() - t).toFixed(0), 'ms');
  t = performance.now();
  await storage.supervision.progress(String(city!.id));
  console.log('progress', (performance.now() - t).toFixed(0));
  t = performance.now();
  await storage.supervision.annex1(String(city!.id));
  console.log('annex1', (performance.now() - t).toFixed(0));
}
await storage.close();
