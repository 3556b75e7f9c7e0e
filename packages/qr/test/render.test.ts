import { loadVectorFiles } from '@weldcode/conformance';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL, KEYS, PLATE, permit } from '../scripts/fixtures';
import type { VerifyCase } from '../scripts/vector-runner';
import {
  issueCode,
  labelSheets,
  normaliseScan,
  renderPng,
  renderSvg,
  symbolInfo,
  toUrlForm,
} from '../src/index';
import { errorCodeAsync } from './support/error-code';

const fx = KEYS.fengxian.secretKey;

function readPng(png: Uint8Array): string | undefined {
  const image = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('rendering', () => {
  const plate = issueCode(PLATE, fx);
  const credential = issueCode(CREDENTIAL, fx);
  const permitCode = issueCode(
    permit([credential.bindingHash, credential.bindingHash], [plate.bindingHash, plate.bindingHash]),
    fx,
  );

  it('WC-QR-100: plates default to ECC H and fit version 10; credentials and permits default to ECC Q within version 12', () => {
    expect(symbolInfo(plate.text)).toEqual({ version: 10, ecc: 'H', modules: 57 });
    const cred = symbolInfo(credential.text);
    expect(cred.ecc).toBe('Q');
    expect(cred.version).toBeLessThanOrEqual(12);
    const perm = symbolInfo(permitCode.text);
    expect(perm.ecc).toBe('Q');
    expect(perm.version).toBeLessThanOrEqual(12);
  });

  it('WC-QR-019: the QR holds one alphanumeric segment; lower-case text is refused', async () => {
    expect(await errorCodeAsync(() => symbolInfo(plate.text.toLowerCase()))).toBe('ERR_QR_RENDER');
    expect(await errorCodeAsync(() => renderSvg('not a code'))).toBe('ERR_QR_RENDER');
    expect(symbolInfo('HELLO', { ecc: 'L' }).version).toBe(1);
  });

  it('WC-QR-101: the quiet zone is at least 4 modules', async () => {
    expect(await errorCodeAsync(() => renderPng(plate.text, { margin: 2 }))).toBe('ERR_QR_RENDER');
    const image = PNG.sync.read(Buffer.from(await renderPng(plate.text, { scale: 2 })));
    expect(image.width).toBe((57 + 8) * 2);
    for (let x = 0; x < image.width; x += 1) {
      for (let y = 0; y < 8; y += 1) expect(image.data[(y * image.width + x) * 4]).toBe(255);
    }
    expect(await renderSvg(plate.text)).toContain('viewBox="0 0 65 65"');
  });

  it('WC-QR-025: every valid code of the vectors renders to PNG and reads back with jsQR unchanged', async () => {
    const file = loadVectorFiles({ area: 'qr' }).find((candidate) => candidate.path === 'qr/codes.json');
    const inputs = ((file?.cases ?? []) as VerifyCase[]).map((c) => normaliseScan(c.input ?? ''));
    expect(inputs.length).toBeGreaterThan(5);
    for (const text of new Set(inputs)) expect(readPng(await renderPng(text, { scale: 4 }))).toBe(text);
  });

  it('WC-QR-024: the URL form renders in alphanumeric mode and reads back', async () => {
    const url = toUrlForm(plate.bytes, 'HTTPS://QR.FX.SH.GOV.CN/C/');
    expect(readPng(await renderPng(url, { ecc: 'H', scale: 4 }))).toBe(url);
    expect(symbolInfo(url, { ecc: 'H' }).version).toBeLessThanOrEqual(12);
  });

  it('prints A4 label sheets, 12 labels a page, with escaped titles', async () => {
    const labels = Array.from({ length: 13 }, (_, i) => ({
      text: plate.text,
      title: `FX-<${1_200_345 + i}>`,
      footer: '举报电话 12345',
    }));
    const pages = await labelSheets(labels);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.match(/<svg /g)).toHaveLength(13);
    expect(pages[0]).toContain('width="210mm" height="297mm"');
    expect(pages[0]).toContain('FX-&#60;1200345&#62;');
    expect(pages[1]?.match(/<svg /g)).toHaveLength(2);
    expect(await errorCodeAsync(() => labelSheets([]))).toBe('ERR_QR_RENDER');
  });
});
