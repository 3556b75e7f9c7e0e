import { generateKeyPairSync } from 'node:crypto';
import type { Storage } from '../../src/index';

let serial = 0;

/** A fresh Ed25519 public key, base64url (what a chip reports at manufacture). */
export function chipPublicKey(): string {
  const der = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32).toString('base64url');
}

/** A syntactically valid 18-character ID number, unique per call. */
export function idNumber(): string {
  serial += 1;
  return `3101201990${String(serial).padStart(7, '0')}X`;
}

/** City → district → town, an enterprise in the town and one of its sites. */
export async function registryBase(
  storage: Storage,
  sector: 'industry-trade' | 'hospital' = 'industry-trade',
) {
  const city = await storage.areas.create({ level: 'city', name: '上海市', code: '310000' });
  const district = await storage.areas.create({ level: 'district', parentId: city.id, name: '奉贤区' });
  const town = await storage.areas.create({ level: 'town', parentId: district.id, name: '青村镇' });
  serial += 1;
  const owner = await storage.owners.create({
    kind: 'enterprise',
    name: `上海某某机械有限公司${serial}`,
    creditCode: `91310120MA1H${String(serial).padStart(6, '0')}`,
    townId: town.id,
  });
  const site = await storage.sites.create({ ownerId: owner.id, townId: town.id, name: '一号车间', sector });
  return { city, district, town, owner, site };
}
