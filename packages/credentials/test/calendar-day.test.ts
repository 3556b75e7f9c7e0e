import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, CredentialsError, formatCalendarDay, parseCalendarDay, shanghaiDay } from '../src/index';

const MS_PER_DAY = 86_400_000;
const epochDay = fc.integer({ min: parseCalendarDay('1900-01-01'), max: parseCalendarDay('9999-12-31') });

describe('calendar days', () => {
  it('WC-CRED-007: parse and format are inverse over the whole supported range', () => {
    fc.assert(fc.property(epochDay, (day) => parseCalendarDay(formatCalendarDay(day)) === day));
  });

  it('WC-CRED-007: agrees with the built-in proleptic Gregorian calendar', () => {
    fc.assert(
      fc.property(
        epochDay,
        (day) => formatCalendarDay(day) === new Date(day * MS_PER_DAY).toISOString().slice(0, 10),
      ),
    );
  });

  it('WC-CRED-007: 29 February plus N years ends on 28 February in a common year, 29 in a leap year', () => {
    const leap = parseCalendarDay('2024-02-29');
    expect(formatCalendarDay(addYears(leap, 1))).toBe('2025-02-28');
    expect(formatCalendarDay(addYears(leap, 3))).toBe('2027-02-28');
    expect(formatCalendarDay(addYears(leap, 4))).toBe('2028-02-29');
    expect(formatCalendarDay(addYears(leap, 76))).toBe('2100-02-28');
    expect(formatCalendarDay(addYears(parseCalendarDay('2000-02-29'), 400))).toBe('2400-02-29');
  });

  it('WC-CRED-007: adding years keeps month and day, never moving into the next month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: parseCalendarDay('1950-01-01'), max: parseCalendarDay('2100-12-31') }),
        fc.integer({ min: 0, max: 50 }),
        (day, years) => {
          const from = formatCalendarDay(day);
          const to = formatCalendarDay(addYears(day, years));
          expect(Number(to.slice(0, 4))).toBe(Number(from.slice(0, 4)) + years);
          expect(to.slice(5, 7)).toBe(from.slice(5, 7));
          expect(to.slice(8) === from.slice(8) || (from.endsWith('02-29') && to.endsWith('02-28'))).toBe(
            true,
          );
        },
      ),
    );
  });

  it('WC-CRED-004: the Shanghai day changes at 16:00 UTC, with no daylight saving in any season', () => {
    expect(formatCalendarDay(shanghaiDay(Date.parse('2026-07-01T15:59:59.999Z')))).toBe('2026-07-01');
    expect(formatCalendarDay(shanghaiDay(Date.parse('2026-07-01T16:00:00Z')))).toBe('2026-07-02');
    expect(formatCalendarDay(shanghaiDay(Date.parse('2026-01-01T16:00:00Z')))).toBe('2026-01-02');
  });

  it('WC-CRED-004: the fixed offset agrees with the IANA Asia/Shanghai zone since 1992', () => {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1992-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }),
        (ms) => {
          expect(formatCalendarDay(shanghaiDay(ms))).toBe(format.format(ms));
        },
      ),
    );
  });

  it('WC-CRED-003: refuses impossible or malformed days with ERR_CRED_DATE_INVALID', () => {
    for (const text of [
      '2026-02-29',
      '2026-13-01',
      '2026-1-01',
      '20260101',
      '',
      '1899-12-31',
      '2026-04-31',
    ]) {
      expect(() => parseCalendarDay(text)).toThrow(CredentialsError);
    }
    expect(() => shanghaiDay(Number.NaN)).toThrow(CredentialsError);
  });

  it('WC-CRED-003: arbitrary text never crashes the parser with anything but a CredentialsError', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseCalendarDay(text);
        } catch (error) {
          expect(error).toBeInstanceOf(CredentialsError);
        }
      }),
    );
  });
});
