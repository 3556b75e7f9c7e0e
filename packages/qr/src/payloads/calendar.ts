import { schemaError } from './fields';

const DAY = 86_400;
/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET = 8 * 3600;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Civil-date arithmetic after H. Hinnant's days_from_civil / civil_from_days: pure integer
// math, an order of magnitude cheaper than Date objects on the verification hot path.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` (an Asia/Shanghai calendar date) → days since 1970-01-01. */
export function dayNumber(date: string, field: string): number {
  const match = DATE_PATTERN.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (match === null || year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return schemaError(`${field} must be a YYYY-MM-DD date from 1970`, field);
  }
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export function dateOf(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** First second (Unix time) of a Shanghai calendar date. */
export function dayStart(date: string): number {
  return dayNumber(date, 'date') * DAY - SHANGHAI_OFFSET;
}

/** Last second (Unix time) of a Shanghai calendar date. */
export function dayEnd(date: string): number {
  return dayStart(date) + DAY - 1;
}
