import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CredentialsError,
  checkIdNumber,
  hashIdNumber,
  idNumberCheckDigit,
  maskIdNumber,
  maskName,
  normalizeIdNumber,
} from '../src/index';
import { SALT } from './support/fixtures';

const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));
const first17 = fc
  .tuple(fc.stringMatching(/^[1-8]\d{5}$/), birthDate, fc.stringMatching(/^\d{3}$/))
  .map(([region, birth, sequence]) => region + birth + sequence);

describe('GB 11643 ID numbers', () => {
  it('WC-CRED-013: a number with its computed check character is valid; any other check character is not', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...'0123456789X'), (digits, other) => {
        const check = idNumberCheckDigit(digits);
        expect(checkIdNumber(digits + check)).toEqual({ valid: true, normalized: digits + check });
        if (other !== check)
          expect(checkIdNumber(digits + other)).toEqual({ valid: false, problem: 'check-digit' });
      }),
    );
  });

  it('WC-CRED-013: ISO 7064 MOD 11-2 catches every single-digit substitution', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (digits, at, delta) => {
          const id = digits + idNumberCheckDigit(digits);
          const changed = String((Number(id[at]) + delta) % 10);
          const wrong = id.slice(0, at) + changed + id.slice(at + 1);
          expect(checkIdNumber(wrong).valid).toBe(false);
        },
      ),
    );
  });

  it('WC-CRED-014: a 15-digit number converts to the 18-character number with 19 inserted, and hashes the same', () => {
    fc.assert(
      fc.property(
        first17.filter((d) => d.slice(6, 8) === '19'),
        (digits) => {
          const legacy = digits.slice(0, 6) + digits.slice(8);
          const full = digits + idNumberCheckDigit(digits);
          expect(normalizeIdNumber(legacy)).toBe(full);
          expect(hashIdNumber(legacy, SALT)).toBe(hashIdNumber(full, SALT));
        },
      ),
    );
  });

  it('WC-CRED-015: the salted hash is SHA-256 over salt and the normalized number; salts change it', () => {
    const id = '11010519491231002X';
    const hash = hashIdNumber(id, SALT);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIdNumber('11010519491231002x', SALT)).toBe(hash);
    expect(hashIdNumber(id, 'ff0102030405060708090a0b0c0d0e0f')).not.toBe(hash);
    expect(() => hashIdNumber(id, '0001')).toThrow(CredentialsError);
    expect(() => hashIdNumber(id, 'zz')).toThrow(CredentialsError);
    expect(() => hashIdNumber('110105194912310021', SALT)).toThrow(CredentialsError);
  });

  it('WC-CRED-016: masks keep the first and last four characters and never show the birth date; names keep first and last', () => {
    fc.assert(
      fc.property(first17, (digits) => {
        const id = digits + idNumberCheckDigit(digits);
        const masked = maskIdNumber(id);
        expect(masked).toBe(`${id.slice(0, 4)}**********${id.slice(14)}`);
        expect(masked).not.toContain(id.slice(6, 14));
      }),
    );
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('欧阳振华')).toBe('欧**华');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('李')).toBe('李*');
    expect(maskName(' ')).toBe('');
  });

  it('WC-CRED-013: arbitrary text is classified, never thrown on', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = checkIdNumber(text);
        expect(typeof result.valid).toBe('boolean');
      }),
    );
    expect(checkIdNumber(null as unknown as string)).toEqual({ valid: false, problem: 'format' });
    expect(() => idNumberCheckDigit('123')).toThrow(CredentialsError);
  });
});
