import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair } from '@weldcode/crypto';
import {
  issueCode,
  type MachinePlate,
  QrVerifier,
  REASON_MESSAGES,
  renderPng,
  signPayload,
  symbolInfo,
  type VerificationResult,
} from '@weldcode/qr';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** What the round trip did, step by step. */
export interface RoundtripReport {
  text: string;
  bytes: number;
  qr: string;
  pngPath: string;
  trustListPath: string;
  readBack: string;
  result: VerificationResult;
}

const DAY = 86_400;

/**
 * 1. the city (root) and the Fengxian platform (issuer) have keys; the city signs a trust list;
 * 2. the platform issues a machine plate; 3. it is rendered to PNG (ECC H);
 * 4. an inspector's phone, offline, reads the PNG back with jsQR and verifies the plate against
 *    the trust list it cached earlier.
 */
export async function plateRoundtrip(
  outDir: string,
  now = Math.floor(Date.now() / 1000),
): Promise<RoundtripReport> {
  mkdirSync(outDir, { recursive: true });
  const city = generateKeyPair();
  const fengxian = generateKeyPair();

  // The city publishes a trust list; the phone downloaded it yesterday and cached it.
  const trustList = signPayload(
    {
      kind: 'trust-list',
      number: 1,
      issuedAt: now - DAY,
      nextUpdate: now + DAY,
      expiresAt: now + 30 * DAY,
      keys: [
        {
          publicKey: fengxian.publicKey,
          issuer: 310120,
          kinds: ['plate', 'credential', 'permit', 'revocation'],
          notBefore: now - 365 * DAY,
          notAfter: now + 365 * DAY,
          district: 310120,
          name: '奉贤区焊接监管平台',
        },
      ],
    },
    city.secretKey,
  );
  const trustListPath = join(outDir, 'trust-list.cose');
  writeFileSync(trustListPath, trustList);

  // The district platform issues the plate of a freshly chipped machine.
  const plate: MachinePlate = {
    kind: 'plate',
    machineId: 1_200_345,
    chipId: 88_000_123,
    district: 310120,
    issuedOn: new Date((now + 8 * 3600) * 1000).toISOString().slice(0, 10),
    plateSeq: 1,
  };
  const code = issueCode(plate, fengxian.secretKey);
  const pngPath = join(outDir, 'plate.png');
  writeFileSync(pngPath, await renderPng(code.text, { scale: 6 }));

  // On the phone: decode the image, then verify offline against the cached trust list.
  const image = PNG.sync.read(readFileSync(pngPath));
  const readBack = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? '';
  const phone = new QrVerifier({ roots: [city.publicKey], clock: () => now });
  phone.loadTrustList(readFileSync(trustListPath));
  const result = phone.verify(readBack, { expectKind: 'plate' });
  const symbol = symbolInfo(code.text);
  return {
    text: code.text,
    bytes: code.bytes.length,
    qr: `version ${symbol.version} at ECC ${symbol.ecc} (${symbol.modules}×${symbol.modules})`,
    pngPath,
    trustListPath,
    readBack,
    result,
  };
}

/** One line a person reads. */
export function summary(report: RoundtripReport): string {
  const { result } = report;
  const message = REASON_MESSAGES[result.reason];
  return [
    `issued   ${report.text.slice(0, 40)}… (${report.bytes} bytes, QR ${report.qr})`,
    `rendered ${report.pngPath}`,
    `read     ${report.readBack === report.text ? 'the same text back from the PNG' : 'DIFFERENT text back from the PNG'}`,
    `verified ${result.valid ? 'VALID' : 'INVALID'} ${result.reason}: ${message.zh} / ${message.en}`,
  ].join('\n');
}
