import { CredentialsError } from './credentials-error';

/**
 * A calendar day as an integer count of days since 1970-01-01 (proleptic Gregorian). Integers make
 * "validity includes the last day" a plain `<=` and keep batch re-verification allocation-free.
 */
export type EpochDay = number;

const MS_PER_DAY = 86_400_000;
/**
 * Asia/Shanghai has been UTC+08:00 without daylight saving since 1991-09-15 (China observed DST
 * only from 1986 to 1991), so a fixed offset is exact for every certificate this package sees and
 * needs no time-zone database in browsers or on chips.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const FORMAT_CACHE_LIMIT = 20_000;
const formatted = new Map<EpochDay, string>();

function invalidDate(text: unknown, why: string): CredentialsError {
  return new CredentialsError('ERR_CRED_DATE_INVALID', `invalid calendar day ${String(text)}: ${why}`, {
    details: { value: typeof text === 'string' ? text.slice(0, 40) : typeof text },
  });
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from civil date (H. Hinnant's algorithm): exact for every proleptic Gregorian date. */
export function epochDayFromParts(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The inverse of {@link epochDayFromParts}. */
export function partsFromEpochDay(epochDay: EpochDay): { year: number; month: number; day: number } {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Parses an ISO 8601 calendar day `YYYY-MM-DD` (years 1900–9999) into an {@link EpochDay}.
 *
 * @throws {@link CredentialsError} `ERR_CRED_DATE_INVALID` for any other text or an impossible day.
 * @example
 * ```ts
 * import { parseCalendarDay } from '@weldcode/credentials';
 * parseCalendarDay('1970-01-02'); // 1
 * ```
 */
export function parseCalendarDay(text: string): EpochDay {
  if (
    typeof text !== 'string' ||
    text.length !== 10 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45
  ) {
    throw invalidDate(text, 'expected YYYY-MM-DD');
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) throw invalidDate(text, 'expected YYYY-MM-DD');
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidDate(text, 'no such day');
  }
  return epochDayFromParts(year, month, day);
}

/** Decimal value of `text[start, end)`, or -1 if any character is not an ASCII digit (no regex: batch runs parse millions). */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Formats an {@link EpochDay} as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { formatCalendarDay } from '@weldcode/credentials';
 * formatCalendarDay(0); // '1970-01-01'
 * ```
 */
export function formatCalendarDay(epochDay: EpochDay): string {
  const cached = formatted.get(epochDay);
  if (cached !== undefined) return cached;
  const { year, month, day } = partsFromEpochDay(epochDay);
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Alerts of a nightly run name a few thousand distinct days; a bounded memo keeps them cheap.
  if (formatted.size >= FORMAT_CACHE_LIMIT) formatted.clear();
  formatted.set(epochDay, text);
  return text;
}

/**
 * The Asia/Shanghai calendar day of an instant (milliseconds since the Unix epoch, or a `Date`).
 *
 * @example
 * ```ts
 * import { formatCalendarDay, shanghaiDay } from '@weldcode/credentials';
 * formatCalendarDay(shanghaiDay(Date.parse('2026-02-28T16:00:00Z'))); // '2026-03-01'
 * ```
 */
export function shanghaiDay(instant: number | Date): EpochDay {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw invalidDate(instant, 'not a finite instant');
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
}

/**
 * The same calendar day `years` later. A period counted from 29 February ends on 28 February in a
 * common year: 民法典 art. 203 makes the last day of the end month the period's last day when the
 * month has no corresponding day.
 *
 * @example
 * ```ts
 * import { addYears, formatCalendarDay, parseCalendarDay } from '@weldcode/credentials';
 * formatCalendarDay(addYears(parseCalendarDay('2024-02-29'), 3)); // '2027-02-28'
 * ```
 */
export function addYears(epochDay: EpochDay, years: number): EpochDay {
  const { year, month, day } = partsFromEpochDay(epochDay);
  const target = year + years;
  return epochDayFromParts(target, month, Math.min(day, daysInMonth(target, month)));
}
