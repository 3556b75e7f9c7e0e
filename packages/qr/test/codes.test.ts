import { deflateRawSync } from 'node:zlib';
import { loadVectors } from '@weldcode/conformance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL,
  KEYS,
  NOW,
  PLATE,
  permit,
  SECOND_CREDENTIAL,
  SECOND_PLATE,
  trustList,
} from '../scripts/fixtures';
import type { VerifyCase } from '../scripts/vector-runner';
import {
  bindingHash,
  encodeText,
  equalIdHash,
  hashIdNumber,
  inspectCode,
  issueCode,
  maskName,
  QrVerifier,
  REASON_CODES,
  REASON_MESSAGES,
  signPayload,
} from '../src/index';
import { errorCode } from './support/error-code';

const fx = KEYS.fengxian.secretKey;
const vectors = loadVectors('qr') as unknown as VerifyCase[];
const inputOf = (id: string) => vectors.find((vector) => vector.id === id)?.input;

function verifier(now = NOW): QrVerifier {
  const result = new QrVerifier({ roots: [KEYS.city.publicKey], clock: () => now });
  result.loadTrustList(signPayload(trustList(7), KEYS.city.secretKey));
  return result;
}

describe('issuing', () => {
  it('WC-QR-001: issuing the fixture payloads reproduces the committed vectors byte for byte', () => {
    expect(issueCode(PLATE, fx).text).toBe(inputOf('qr-plate-valid'));
    expect(issueCode(CREDENTIAL, fx).text).toBe(inputOf('qr-credential-two-certificates'));
    const plates = [issueCode(PLATE, fx), issueCode(SECOND_PLATE, fx)].map((code) => code.bindingHash);
    const credentials = [issueCode(CREDENTIAL, fx), issueCode(SECOND_CREDENTIAL, KEYS.shEmCa.secretKey)].map(
      (code) => code.bindingHash,
    );
    expect(issueCode(permit(credentials, plates), fx).text).toBe(inputOf('qr-permit-hexagon'));
  });

  it('WC-QR-053: the binding hash is SHA-256 of the COSE bytes, the same for text and URL forms', () => {
    const plate = issueCode(PLATE, fx);
    expect(plate.bindingHash).toEqual(bindingHash(plate.bytes));
    expect(plate.bindingHash).toHaveLength(8);
    expect(inspectCode(plate.text).bytes).toEqual(plate.bytes);
  });

  it('WC-QR-026: issuing refuses payloads outside the schema with ERR_QR_SCHEMA', () => {
    const bad = [
      { ...PLATE, machineId: -1 },
      { ...PLATE, district: 1_000_000 },
      { ...PLATE, issuedOn: '2026-02-30' },
      { ...PLATE, chipKeyHash: new Uint8Array(7) },
      { ...CREDENTIAL, certificates: [] },
      { ...CREDENTIAL, idHash: new Uint8Array(15) },
      { ...CREDENTIAL, maskedName: '张'.repeat(9) },
      { ...CREDENTIAL, certificates: [{ ...CREDENTIAL.certificates[0]!, type: 'driver' as never }] },
      { ...permit([new Uint8Array(8)], []), level: 'level-9' as never },
      { ...permit([], []) },
      { ...permit([new Uint8Array(8)], []), zone: { shape: 'polygon', datum: 'wgs84', vertices: [[1, 1]] } },
      {
        ...permit([new Uint8Array(8)], []),
        zone: { shape: 'circle', datum: 'utm', lat: 1, lon: 1, radiusM: 5 },
      },
      {
        ...permit([new Uint8Array(8)], []),
        zone: { shape: 'circle', datum: 'wgs84', lat: 91, lon: 1, radiusM: 5 },
      },
    ];
    for (const payload of bad) expect(errorCode(() => issueCode(payload as never, fx))).toBe('ERR_QR_SCHEMA');
  });

  it('WC-QR-055: only the 7-day wire limit is a schema rule; per-level limits are the platform’s', () => {
    const base = permit([new Uint8Array(8)], []);
    expect(errorCode(() => issueCode({ ...base, durationMinutes: 10_081 }, fx))).toBe('ERR_QR_SCHEMA');
    const longSpecial = issueCode({ ...base, level: 'special', durationMinutes: 24 * 60 }, fx);
    const result = verifier().verify(longSpecial.text);
    expect(result.valid).toBe(true);
  });

  it('WC-QR-016: deflate makes none of the payloads shorter, so codes are not compressed', () => {
    for (const code of [issueCode(PLATE, fx), issueCode(CREDENTIAL, fx), issueCode(SECOND_CREDENTIAL, fx)]) {
      const payload = inspectCode(code.bytes).payload;
      expect(deflateRawSync(payload, { level: 9 }).length).toBeGreaterThanOrEqual(payload.length);
    }
  });

  it('WC-QR-019: plate 112 bytes / version-10-H text, credential and permit within 194 bytes', () => {
    const plate = issueCode(PLATE, fx);
    expect(plate.bytes.length).toBeLessThanOrEqual(113);
    expect(plate.text.length).toBeLessThanOrEqual(174);
    const credential = issueCode(CREDENTIAL, fx);
    expect(credential.bytes.length).toBeLessThanOrEqual(194);
    const permitCode = issueCode(
      permit([credential.bindingHash, credential.bindingHash], [plate.bindingHash, plate.bindingHash]),
      fx,
    );
    expect(permitCode.bytes.length).toBeLessThanOrEqual(194);
    expect(permitCode.text.length).toBeLessThanOrEqual(296);
  });
});

describe('privacy helpers', () => {
  it('WC-QR-042: the id hash is salted, never contains the number, and matches the ID card', () => {
    const idHash = hashIdNumber('31012019800101123x', Uint8Array.of(9, 9, 9, 9));
    expect(idHash).toHaveLength(16);
    expect(equalIdHash(idHash, '31012019800101123X')).toBe(true);
    expect(equalIdHash(idHash, '310120198001011231')).toBe(false);
    expect(equalIdHash(idHash, 'not an id')).toBe(false);
    expect(hashIdNumber('31012019800101123X')).not.toEqual(hashIdNumber('31012019800101123X'));
    const code = issueCode(CREDENTIAL, fx);
    expect(new TextDecoder('latin1').decode(code.bytes)).not.toContain('310120198001011');
    expect(errorCode(() => hashIdNumber('1234'))).toBe('ERR_QR_SCHEMA');
  });

  it('WC-QR-041: masked names keep at most the first and last character', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('王五')).toBe('王*');
    expect(maskName('欧阳建华')).toBe('欧**华');
    expect(maskName('李')).toBe('李*');
    expect(errorCode(() => maskName('  '))).toBe('ERR_QR_SCHEMA');
  });

  it('WC-QR-043: the em-welding certificate number that embeds the ID number travels as empty text', () => {
    const payload = inspectCode(issueCode(CREDENTIAL, fx).text).payloadValue;
    expect(payload.kind === 'credential' && payload.certificates[0]?.number).toBe('');
  });
});

describe('verification never throws', () => {
  it('WC-QR-092: every reason code has a Chinese and an English message', () => {
    for (const reason of REASON_CODES) {
      expect(REASON_MESSAGES[reason].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(REASON_MESSAGES[reason].en).toMatch(/^[A-Z][\x20-\x7e]+$/);
    }
    expect(Object.keys(REASON_MESSAGES).sort()).toEqual([...REASON_CODES].sort());
  });

  it('WC-QR-091: fuzzed text, Base45 and COSE bytes give a closed-list reason, never an exception', () => {
    const v = verifier();
    const plate = issueCode(PLATE, fx).bytes;
    const reasons = new Set<string>(REASON_CODES);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.uint8Array({ maxLength: 150 }).map((bytes) => encodeText(bytes)),
          fc.tuple(fc.nat({ max: plate.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, xor]) => {
            const copy = plate.slice();
            copy[at] = (copy[at] as number) ^ xor;
            return encodeText(copy);
          }),
          fc.nat({ max: plate.length }).map((cut) => encodeText(plate.slice(0, cut))),
        ),
        (scanned) => {
          const result = v.verify(scanned);
          expect(reasons.has(result.reason)).toBe(true);
          if (result.valid) expect(result.payload).toBeDefined();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('WC-QR-093: a tampered byte anywhere in a valid plate never verifies', () => {
    const v = verifier();
    const plate = issueCode(PLATE, fx).bytes;
    for (let at = 0; at < plate.length; at += 1) {
      const copy = plate.slice();
      copy[at] = (copy[at] as number) ^ 0x40;
      expect(v.verifyBytes(copy).valid, `byte ${at}`).toBe(false);
    }
  });
});

describe('calendar days', () => {
  it('WC-QR-026: day numbers agree with Date for every day from 1970 to 2200, and invalid dates are schema errors', async () => {
    const { dateOf, dayNumber } = await import('../src/payloads/calendar');
    const wrong: number[] = [];
    for (let day = 0; day < 84_000; day += 1) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dateOf(day) !== iso || dayNumber(iso, 'd') !== day) wrong.push(day);
    }
    expect(wrong).toEqual([]);
    for (const bad of ['2026-02-29', '2024-13-01', '2024-04-31', '1969-12-31', '2024-1-01', '20240101']) {
      expect(errorCode(() => dayNumber(bad, 'd'))).toBe('ERR_QR_SCHEMA');
    }
    expect(dayNumber('2024-02-29', 'd')).toBe(19_782);
  });
});
