import {
  explainVerdict,
  hashIdNumber,
  type Verdict,
  verifyWorker,
  type WorkerCredential,
} from '@weldcode/credentials';
import { generateKeyPair, getPublicKey, sha256 } from '@weldcode/crypto';
import { convertPosition, createFence } from '@weldcode/geofence';
import { ChipMachine, PlatformMachine } from '@weldcode/protocol';
import { issueCode, type MachinePlate, QrVerifier, REASON_MESSAGES, signPayload } from '@weldcode/qr';

/** One step of the walkthrough and what it showed. */
export interface DemoStep {
  title: string;
  ok: boolean;
  lines: string[];
}

const DAY = 86_400;
const DISTRICT = 310120;
const CHIP_ID = 'WC-310120-000123';
const ID_NUMBER = '11010519491231002X';
const SALT = '5765c3a9a1d7e0b24f3c8e19d06b7a42';
const seed = (label: string) => sha256(new TextEncoder().encode(`weldcode-demo/${label}`));

/** The city signs a trust list naming the district platform; the district issues a plate. */
function coding(nowS: number) {
  const city = generateKeyPair();
  const district = generateKeyPair();
  const trustList = signPayload(
    {
      kind: 'trust-list',
      number: 1,
      issuedAt: nowS - DAY,
      nextUpdate: nowS + DAY,
      expiresAt: nowS + 30 * DAY,
      keys: [
        {
          publicKey: district.publicKey,
          issuer: DISTRICT,
          kinds: ['plate', 'credential', 'permit', 'revocation'],
          notBefore: nowS - 365 * DAY,
          notAfter: nowS + 365 * DAY,
          district: DISTRICT,
          name: '奉贤区焊接监管平台',
        },
      ],
    },
    city.secretKey,
  );
  const plate: MachinePlate = {
    kind: 'plate',
    machineId: 1_200_345,
    chipId: 88_000_123,
    district: DISTRICT,
    issuedOn: new Date((nowS + 8 * 3600) * 1000).toISOString().slice(0, 10),
    plateSeq: 1,
  };
  // The district publishes its revocation list: another machine's old plate was revoked.
  const revocations = signPayload(
    {
      kind: 'revocation',
      issuer: DISTRICT,
      number: 1,
      issuedAt: nowS - 3600,
      nextUpdate: nowS + DAY,
      revoked: [{ kind: 'plate', id: 1_100_001 }],
    },
    district.secretKey,
  );
  return { city, trustList, revocations, plate: issueCode(plate, district.secretKey) };
}

function scanPlate(nowS: number): DemoStep {
  const { city, trustList, revocations, plate } = coding(nowS);
  const phone = new QrVerifier({ roots: [city.publicKey], clock: () => nowS });
  const loaded = phone.loadTrustList(trustList);
  const revocationLoaded = phone.loadRevocationList(revocations);
  const result = phone.verify(plate.text, { expectKind: 'plate' });
  const message = REASON_MESSAGES[result.reason];
  return {
    title: '赋码 plate scanned and verified offline (以码管机)',
    ok: loaded.reason === 'OK' && revocationLoaded.reason === 'OK' && result.valid && result.reason === 'OK',
    lines: [
      `plate ${plate.text.slice(0, 32)}… (${plate.bytes.length} bytes signed)`,
      `trust list ${loaded.reason}, revocation list ${revocationLoaded.reason}; plate ${result.valid ? 'VALID' : 'INVALID'} ${result.reason}: ${message.zh} / ${message.en}`,
    ],
  };
}

function certificateCheck(
  nowS: number,
  workKind: 'crowded-place' | 'special-equipment',
): { step: DemoStep; verdict: Verdict } {
  const day = (offsetDays: number) =>
    new Date((nowS + offsetDays * DAY + 8 * 3600) * 1000).toISOString().slice(0, 10);
  const credential: WorkerCredential = {
    workerId: 'w-0042',
    maskedName: '张*',
    idHash: hashIdNumber(ID_NUMBER, SALT),
    certificates: [
      {
        type: 'em-welding',
        number: 'T11010519491231002X',
        authority: '上海市应急管理局',
        validFrom: day(-400),
        validTo: day(1700),
        nextReviewDate: day(700),
      },
    ],
  };
  const verdict = verifyWorker({
    workKind,
    at: nowS * 1000,
    credential,
    presented: { idNumber: ID_NUMBER },
    idSalt: SALT,
  });
  const expected = workKind === 'crowded-place' ? 'accept' : 'reject';
  return {
    verdict,
    step: {
      title: `certificate checked for ${workKind} work (以码管人): ${verdict.decision}`,
      ok: verdict.decision === expected,
      lines: [...explainVerdict(verdict, 'zh'), ...explainVerdict(verdict, 'en')],
    },
  };
}

function zoneCheck(): DemoStep {
  // The permit zone was drawn on an Amap (GCJ-02) web map; the phone reports WGS-84.
  const centre = convertPosition({ lon: 121.4737, lat: 30.9178, datum: 'wgs84' }, 'gcj02');
  const d = 0.0008;
  const zone = createFence({
    id: 'permit-2026-0815',
    datum: 'gcj02',
    kind: 'allowed',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [centre.lon - d, centre.lat - d],
          [centre.lon + d, centre.lat - d],
          [centre.lon + d, centre.lat + d],
          [centre.lon - d, centre.lat + d],
          [centre.lon - d, centre.lat - d],
        ],
      ],
    },
  });
  const phone = zone.decide({ lon: 121.4738, lat: 30.9179, datum: 'wgs84', accuracy: 8 });
  const unconverted = zone.locate({ lon: 121.4738, lat: 30.9179, datum: 'gcj02' });
  return {
    title: `phone inside the permit zone (GCJ-02 fence, WGS-84 fix): ${phone.decision}`,
    ok: phone.decision === 'inside' && unconverted === 'outside',
    lines: [
      `signed distance to the boundary ${phone.signedDistance.toFixed(1)} m at ±8 m accuracy`,
      `the same fix read as GCJ-02 without conversion would be ${unconverted}: datums matter`,
    ],
  };
}

function pump(chip: ChipMachine, platform: PlatformMachine, fromChip: Uint8Array[]): number {
  let records = 0;
  let up = fromChip;
  while (up.length > 0) {
    const down: Uint8Array[] = [];
    for (const bytes of up) {
      const out = platform.receive(CHIP_ID, bytes);
      down.push(...out.send);
      records += out.records.length;
      for (const acks of platform.confirmDurable(out.records)) down.push(...acks.send);
    }
    up = down.flatMap((bytes) => chip.receive(bytes).send);
  }
  return records;
}

function unlock(nowS: number): DemoStep {
  const platformSecret = seed('platform');
  const chipSecret = seed('chip');
  const now = () => nowS * 1000;
  const platform = new PlatformMachine({
    secretKey: platformSecret,
    lookupChip: (id) => (id === CHIP_ID ? getPublicKey(chipSecret) : undefined),
    now,
  });
  const chip = new ChipMachine({
    chipId: CHIP_ID,
    secretKey: chipSecret,
    platformKeys: [platform.publicKey],
    bootEpoch: 1,
    now,
    birth: { firmware: 'wc-fw 1.4.2', relay: 1, bufferCapacity: 1024, machineKind: 1 },
  });
  pump(chip, platform, chip.connect().send);
  const online = chip.status === 'online';
  const relayBefore = chip.relayClosed;
  const grant = platform.sendDirective(CHIP_ID, {
    grant: {
      grantId: seed('grant').slice(0, 16),
      workerId: 'w-0042',
      permitId: 'permit-2026-0815',
      notBeforeS: nowS,
      notAfterS: nowS + 3600,
      maxDurationS: 3600,
    },
  });
  pump(chip, platform, chip.receive(grant).send);
  const telemetry = {
    kind: 'telemetry' as const,
    value: { startS: nowS, currentDa: [1500, 3, -2, 1], voltageDv: [245, 1, 0, -1], states: 0b1111 },
  };
  const stored = pump(chip, platform, chip.record(telemetry).send);
  return {
    title: '扫码开机 signed grant reaches the chip; the relay closes (以芯管机)',
    ok: online && !relayBefore && chip.relayClosed && stored > 0 && chip.buffer.records.length === 0,
    lines: [
      `chip ${CHIP_ID}: challenge-response handshake ${online ? 'done' : 'FAILED'}, relay open before the grant`,
      `grant signed by the platform (Ed25519) and verified by the chip: relay ${chip.relayClosed ? 'closed' : 'still open'}`,
      `telemetry: ${stored} record(s) stored by the platform and acknowledged; chip buffer ${chip.buffer.records.length === 0 ? 'empty' : 'not empty'}`,
    ],
  };
}

/**
 * The scan-to-start story end to end, in one process: plate verified offline, certificate checked
 * for the work kind (accepted, then refused for special-equipment work), phone inside the permit
 * zone, signed grant closing the chip's relay, telemetry stored and acknowledged.
 */
export function scanToStart(nowS = Math.floor(Date.now() / 1000)): DemoStep[] {
  return [
    scanPlate(nowS),
    certificateCheck(nowS, 'crowded-place').step,
    certificateCheck(nowS, 'special-equipment').step,
    zoneCheck(),
    unlock(nowS),
  ];
}
