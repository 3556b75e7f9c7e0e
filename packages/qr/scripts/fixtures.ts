/**
 * Seeded keys and sample payloads shared by the vector generator, the tests, the benchmarks and
 * the example. Every key is SHA-256 of a label, so vectors are reproducible byte for byte.
 */
import { getPublicKey, sha256 } from '@weldcode/crypto';
import type {
  HotWorkPermit,
  MachinePlate,
  RevocationList,
  TrustedKey,
  TrustList,
  WorkerCredential,
} from '../src/index';
import { hashIdNumber } from '../src/index';

export interface FixtureKey {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** A test key: secret = SHA-256("weldcode-qr-vectors/" + label). Never use outside tests. */
export function seededKey(label: string): FixtureKey {
  const secretKey = sha256(new TextEncoder().encode(`weldcode-qr-vectors/${label}`));
  return { secretKey, publicKey: getPublicKey(secretKey) };
}

export const KEYS = {
  city: seededKey('root/shanghai-2026'),
  city2: seededKey('root/shanghai-2027'),
  fengxian: seededKey('issuer/310120/2026'),
  fengxian2027: seededKey('issuer/310120/2027'),
  shEmCa: seededKey('issuer/310000/em-ca'),
  minhang: seededKey('issuer/310112/2026'),
  rogue: seededKey('rogue/not-listed'),
} as const;

/** 2026-06-01 10:00 Asia/Shanghai: "now" of the vectors. */
export const NOW = Date.UTC(2026, 5, 1, 2, 0, 0) / 1000;
export const HOUR = 3600;
export const DAY = 86_400;
const Y2026 = Date.UTC(2025, 11, 31, 16, 0, 0) / 1000; // 2026-01-01 00:00 Shanghai
const Y2027 = Date.UTC(2026, 11, 31, 16, 0, 0) / 1000;

export const FENGXIAN = 310120;
export const MINHANG = 310112;
export const SH_EM_CA = 310000;

export function trustedKeys(): TrustedKey[] {
  return [
    {
      publicKey: KEYS.fengxian.publicKey,
      issuer: FENGXIAN,
      kinds: ['plate', 'credential', 'permit', 'revocation'],
      notBefore: Y2026,
      notAfter: Y2027 - 1,
      district: FENGXIAN,
      name: '奉贤区焊接监管平台 2026',
    },
    {
      publicKey: KEYS.fengxian2027.publicKey,
      issuer: FENGXIAN,
      kinds: ['plate', 'credential', 'permit', 'revocation'],
      notBefore: Y2027 - 31 * DAY,
      notAfter: Y2027 + 365 * DAY,
      district: FENGXIAN,
    },
    {
      publicKey: KEYS.shEmCa.publicKey,
      issuer: SH_EM_CA,
      kinds: ['credential'],
      notBefore: Y2026,
      notAfter: Y2027 + 365 * DAY,
      name: '上海市应急管理局 特种作业证',
    },
    {
      publicKey: KEYS.minhang.publicKey,
      issuer: MINHANG,
      kinds: ['plate', 'revocation'],
      notBefore: Y2026,
      notAfter: Y2027 - 1,
      district: MINHANG,
    },
  ];
}

export function trustList(number: number, overrides: Partial<TrustList> = {}): TrustList {
  return {
    kind: 'trust-list',
    number,
    issuedAt: NOW - DAY,
    nextUpdate: NOW + DAY,
    expiresAt: NOW + 30 * DAY,
    keys: trustedKeys(),
    ...overrides,
  };
}

export const PLATE: MachinePlate = {
  kind: 'plate',
  machineId: 1_200_345,
  chipId: 88_000_123,
  district: FENGXIAN,
  issuedOn: '2026-03-01',
  plateSeq: 2,
};

export const SECOND_PLATE: MachinePlate = {
  ...PLATE,
  machineId: 1_200_346,
  chipId: 88_000_124,
  plateSeq: 1,
};

export const ID_SALT = Uint8Array.of(0x5a, 0x17, 0xc3, 0x09);
export const ID_NUMBER = '31012019800101123X';

export const CREDENTIAL: WorkerCredential = {
  kind: 'credential',
  workerId: 352_001,
  maskedName: '张*明',
  idHash: hashIdNumber(ID_NUMBER, ID_SALT),
  issuedAt: NOW - 30 * DAY,
  certificates: [
    {
      type: 'em-welding',
      number: '',
      authority: SH_EM_CA,
      validFrom: '2024-05-01',
      validTo: '2030-04-30',
      nextReview: '2027-05-01',
    },
    {
      type: 'construction-welder',
      number: '沪A042024000123',
      authority: SH_EM_CA,
      validFrom: '2025-01-10',
      validTo: '2027-01-09',
      nextReview: '2026-12-10',
    },
  ],
};

export const SECOND_CREDENTIAL: WorkerCredential = {
  kind: 'credential',
  workerId: 352_002,
  maskedName: '王*',
  idHash: hashIdNumber('310120199203154417', Uint8Array.of(1, 2, 3, 4)),
  issuedAt: NOW - 10 * DAY,
  certificates: [
    {
      type: 'special-equipment-welding',
      number: 'TS310120250007',
      authority: 310120,
      validFrom: '2025-06-01',
      validTo: '2029-05-31',
    },
  ],
};

/** A regular hexagon of about 120 m radius around a point, in GCJ-02 as drawn on a Chinese map. */
export function hexagon(lat: number, lon: number, radiusM = 120): Array<[number, number]> {
  const vertices: Array<[number, number]> = [];
  for (let i = 0; i < 6; i += 1) {
    const angle = (Math.PI / 3) * i;
    const dLat = (radiusM * Math.cos(angle)) / 111_320;
    const dLon = (radiusM * Math.sin(angle)) / (111_320 * Math.cos((lat * Math.PI) / 180));
    vertices.push([Math.round((lat + dLat) * 1e5) / 1e5, Math.round((lon + dLon) * 1e5) / 1e5]);
  }
  return vertices;
}

export function permit(credentialHashes: Uint8Array[], plateHashes: Uint8Array[]): HotWorkPermit {
  return {
    kind: 'permit',
    permitId: 9_001_234,
    siteId: 77_001,
    zone: { shape: 'polygon', datum: 'gcj02', vertices: hexagon(30.91234, 121.47456) },
    start: NOW - 2 * HOUR,
    durationMinutes: 480,
    level: 'level-1',
    workKind: 'construction-site',
    fireWatcherId: 352_010,
    credentialHashes,
    plateHashes,
  };
}

export function revocationList(number: number, overrides: Partial<RevocationList> = {}): RevocationList {
  return {
    kind: 'revocation',
    issuer: FENGXIAN,
    number,
    issuedAt: NOW - HOUR,
    nextUpdate: NOW + DAY,
    revoked: [
      { kind: 'plate', id: PLATE.machineId, before: PLATE.plateSeq },
      { kind: 'plate', id: 1_200_999 },
      { kind: 'credential', id: 352_099 },
      { kind: 'permit', id: 9_000_666 },
    ],
    ...overrides,
  };
}
