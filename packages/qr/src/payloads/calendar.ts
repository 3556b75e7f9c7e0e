import { schemaError } from './fields';

const DAY = 86_400;
/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET = 8 * 3600;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` (an Asia/Shanghai calendar date) → days since 1970-01-01. */
export function dayNumber(date: string, field: string): number {
  const match = DATE_PATTERN.exec(date);
  const ms = match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date || ms < 0) {
    schemaError(`${field} must be a YYYY-MM-DD date from 1970`, field);
  }
  return ms / 1000 / DAY;
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
export function dateOf(day: number): string {
  return new Date(day * DAY * 1000).toISOString().slice(0, 10);
}

/** First second (Unix time) of a Shanghai calendar date. */
export function dayStart(date: string): number {
  return dayNumber(date, 'date') * DAY - SHANGHAI_OFFSET;
}

/** Last second (Unix time) of a Shanghai calendar date. */
export function dayEnd(date: string): number {
  return dayStart(date) + DAY - 1;
}

/** The Shanghai calendar date of a Unix time. */
export function shanghaiDate(unixSeconds: number): string {
  return dateOf(Math.floor((unixSeconds + SHANGHAI_OFFSET) / DAY));
}
