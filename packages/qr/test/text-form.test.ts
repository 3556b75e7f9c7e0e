import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE45_ALPHABET, decodeBase45, encodeBase45 } from '../src/text/base45';
import { decodeText, encodeText, encodeUrl, normaliseScan } from '../src/text/text-form';
import { errorCode } from './support/error-code';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('Base45 (RFC 9285)', () => {
  it.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
  ])('WC-QR-017: encodes the RFC 9285 example %s as %s and back', (input, encoded) => {
    expect(encodeBase45(ascii(input))).toBe(encoded);
    expect(new TextDecoder().decode(decodeBase45(encoded))).toBe(input);
  });

  it('WC-QR-018: rejects a dangling character, a foreign character and an overflowing group', () => {
    expect(errorCode(() => decodeBase45('BB8B'))).toBe('ERR_QR_BASE45_LENGTH');
    expect(errorCode(() => decodeBase45('BB#'))).toBe('ERR_QR_BASE45_CHAR');
    expect(errorCode(() => decodeBase45('bb8'))).toBe('ERR_QR_BASE45_CHAR');
    expect(errorCode(() => decodeBase45('GGW'))).toBe('ERR_QR_BASE45_OVERFLOW');
    expect(errorCode(() => decodeBase45(':::'))).toBe('ERR_QR_BASE45_OVERFLOW');
    expect(errorCode(() => decodeBase45('::'))).toBe('ERR_QR_BASE45_OVERFLOW');
    expect(errorCode(() => decodeBase45('FGW'))).toBeUndefined();
  });

  it('WC-QR-021: a Base45 string never ends in a space, so trimming is lossless', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), (bytes) => {
        const text = encodeBase45(bytes);
        expect(text.endsWith(' ')).toBe(false);
        expect(decodeBase45(text)).toEqual(Uint8Array.from(bytes));
      }),
    );
  });

  it('fuzz: any string decodes or throws a typed Base45 error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.string({ unit: fc.constantFrom(...BASE45_ALPHABET), maxLength: 30 }),
        ),
        (text) => {
          const code = errorCode(() => decodeBase45(text));
          if (code !== undefined) expect(code).toMatch(/^ERR_QR_BASE45_/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('text form and scanner normalisation', () => {
  const bytes = Uint8Array.from([0xd2, 0x84, 0x00, 0xff, 0x10, 0x20]);
  const text = encodeText(bytes);

  it('WC-QR-017: the text form is WC1: followed by Base45, and other prefixes or versions are refused', () => {
    expect(text.startsWith('WC1:')).toBe(true);
    expect(decodeText(text)).toEqual(bytes);
    expect(errorCode(() => decodeText(`HC1:${text.slice(4)}`))).toBe('ERR_QR_BAD_PREFIX');
    expect(errorCode(() => decodeText(`WC2:${text.slice(4)}`))).toBe('ERR_QR_BAD_PREFIX');
    expect(errorCode(() => decodeText(''))).toBe('ERR_QR_BAD_PREFIX');
  });

  it('WC-QR-019: the text form uses only QR alphanumeric-mode characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), (data) => {
        expect(encodeText(data)).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
      }),
    );
  });

  it('WC-QR-020: full-width characters from a Chinese IME are folded to ASCII', () => {
    const fullWidth = text.replace('WC1:', 'ＷＣ１：');
    expect(decodeText(fullWidth)).toEqual(bytes);
    expect(normaliseScan('A\u3000B')).toBe('A B');
  });

  it('WC-QR-021: surrounding white space, line breaks and zero-width characters are removed', () => {
    const mangled = `  \n${text.slice(0, 6)}\r\n${text.slice(6, 9)}\u200B${text.slice(9)}\t \n`;
    expect(decodeText(mangled)).toEqual(bytes);
  });

  it('WC-QR-022: lower-cased scans are upper-cased', () => {
    expect(decodeText(text.toLowerCase())).toEqual(bytes);
  });

  it('WC-QR-023: no percent-decoding or plus-to-space repair of the text form', () => {
    const withPercent = encodeText(ascii('Hello!!'));
    expect(withPercent).toContain('%');
    expect(decodeText(withPercent)).toEqual(ascii('Hello!!'));
    // What a camera app that "URL-decodes" scans would hand over: never repaired into the original.
    const urlDecoded = withPercent.replace('%69', 'i');
    expect(decodeText(urlDecoded)).not.toEqual(ascii('Hello!!'));
    expect(decodeText(`WC1:${encodeBase45(Uint8Array.of(0x00, 0x2b, 0x2b))}`)).toEqual(
      Uint8Array.of(0x00, 0x2b, 0x2b),
    );
  });

  it('WC-QR-024: the URL form stays upper case and escapes only space and %', () => {
    const data = ascii('Hello!!');
    const url = encodeUrl(data, 'HTTPS://QR.FX.SH.GOV.CN/C/');
    expect(url).toBe('HTTPS://QR.FX.SH.GOV.CN/C/WC1:%2569%20VD92EX0');
    expect(url).toMatch(/^[0-9A-Z$%*+\-./:]*$/);
    for (const base of [
      'https://qr.example.cn/',
      'HTTPS://QR.EXAMPLE.CN/C',
      'HTTP://QR.EXAMPLE.CN/',
      'HTTPS://X.CN/WC1:/',
    ]) {
      expect(errorCode(() => encodeUrl(data, base))).toBe('ERR_QR_BAD_URL');
    }
  });

  it('WC-QR-025: the URL form decodes to the same bytes, also after a scanner unescaped it or lower-cased it', () => {
    const data = ascii('Hello!!');
    const url = encodeUrl(data, 'HTTPS://QR.FX.SH.GOV.CN:8443/C/');
    expect(decodeText(url)).toEqual(data);
    expect(decodeText(url.toLowerCase())).toEqual(data);
    expect(decodeText(url.replace('%20', ' '))).toEqual(data);
    expect(decodeText(decodeURIComponent(url).replace('%69', '%2569'))).toEqual(data);
    expect(errorCode(() => decodeText('HTTPS://QR.FX.SH.GOV.CN/C/XX'))).toBe('ERR_QR_BAD_URL');
    expect(errorCode(() => decodeText('HTTPS://WC1:ABC'))).toBe('ERR_QR_BAD_URL');
  });

  it('fuzz: any scanned string gives bytes or a typed error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }).map((s) => `WC1:${s}`),
          fc.string({ maxLength: 40 }).map((s) => `HTTPS://A.CN/${s}`),
          fc.string({ maxLength: 40 }),
        ),
        (scanned) => {
          const code = errorCode(() => decodeText(scanned));
          if (code !== undefined) expect(code).toMatch(/^ERR_QR_(BAD_PREFIX|BAD_URL|BASE45_)/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
