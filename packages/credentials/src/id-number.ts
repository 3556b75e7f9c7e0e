import { daysInMonth } from './calendar-day';
import { CredentialsError } from './credentials-error';

/** Why a resident ID number is not valid. */
export type IdNumberProblem = 'format' | 'birth-date' | 'check-digit';

/** The outcome of {@link checkIdNumber}. */
export type IdNumberCheck = { valid: true; normalized: string } | { valid: false; problem: IdNumberProblem };

/** GB 11643 weights 2^(17-i) mod 11 for the first 17 characters (ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const ID18 = /^\d{17}[\dX]$/;
const ID15 = /^\d{15}$/;

/**
 * The GB 11643 check character (`0`–`9` or `X`) of the first 17 digits of an ID number.
 *
 * @example
 * ```ts
 * import { idNumberCheckDigit } from '@weldcode/credentials';
 * idNumberCheckDigit('11010519491231002'); // 'X'
 * ```
 */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new CredentialsError('ERR_CRED_ID_NUMBER_INVALID', 'the check digit needs exactly 17 digits', {
      details: { length: typeof first17 === 'string' ? first17.length : -1 },
    });
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

function birthDateValid(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  return year >= 1800 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Checks a resident ID number (居民身份号码, GB 11643): 18 characters with a check digit, or a
 * legacy 15-digit number (born 19xx, no check digit) converted to 18. Spaces are ignored and a
 * lower-case `x` is accepted; the normalized form is 18 characters with an upper-case `X`.
 *
 * @example
 * ```ts
 * import { checkIdNumber } from '@weldcode/credentials';
 * checkIdNumber('110105491231002'); // { valid: true, normalized: '11010519491231002X' }
 * checkIdNumber('110105194912310021'); // { valid: false, problem: 'check-digit' }
 * ```
 */
export function checkIdNumber(text: string): IdNumberCheck {
  const compact = typeof text === 'string' ? text.replace(/\s+/g, '').toUpperCase() : '';
  if (ID15.test(compact)) {
    const first17 = `${compact.slice(0, 6)}19${compact.slice(6)}`;
    if (!birthDateValid(first17.slice(6, 14))) return { valid: false, problem: 'birth-date' };
    return { valid: true, normalized: first17 + idNumberCheckDigit(first17) };
  }
  if (!ID18.test(compact)) return { valid: false, problem: 'format' };
  if (!birthDateValid(compact.slice(6, 14))) return { valid: false, problem: 'birth-date' };
  if (idNumberCheckDigit(compact.slice(0, 17)) !== compact[17])
    return { valid: false, problem: 'check-digit' };
  return { valid: true, normalized: compact };
}

/**
 * The normalized 18-character form of a valid ID number.
 *
 * @throws {@link CredentialsError} `ERR_CRED_ID_NUMBER_INVALID` (details name the problem).
 * @example
 * ```ts
 * import { normalizeIdNumber } from '@weldcode/credentials';
 * normalizeIdNumber('11010519491231002x'); // '11010519491231002X'
 * ```
 */
export function normalizeIdNumber(text: string): string {
  const result = checkIdNumber(text);
  if (!result.valid) {
    throw new CredentialsError('ERR_CRED_ID_NUMBER_INVALID', `invalid ID number (${result.problem})`, {
      details: { problem: result.problem },
    });
  }
  return result.normalized;
}

/**
 * An ID number for display: the first four and last four characters, the rest (including the birth
 * date) replaced by `*`. Works on any text so a wrong number can still be shown to an officer.
 *
 * @example
 * ```ts
 * import { maskIdNumber } from '@weldcode/credentials';
 * maskIdNumber('11010519491231002X'); // '1101**********002X'
 * ```
 */
export function maskIdNumber(text: string): string {
  const compact = String(text).replace(/\s+/g, '');
  if (compact.length <= 8) return '*'.repeat(compact.length);
  return `${compact.slice(0, 4)}${'*'.repeat(compact.length - 8)}${compact.slice(-4)}`;
}

/**
 * A person's name for display, as the signed worker credential shows it: the first and the last
 * character kept and the others replaced by `*`; of a two-character name only the first.
 *
 * @example
 * ```ts
 * import { maskName } from '@weldcode/credentials';
 * maskName('张三丰'); // '张*丰'
 * maskName('王五'); // '王*'
 * ```
 */
export function maskName(name: string): string {
  const chars = Array.from(String(name).trim());
  if (chars.length === 0) return '';
  if (chars.length <= 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
