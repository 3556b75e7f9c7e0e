import type { CrowdedPlace } from '../registry/crowded-places';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * Whether a crowded place is open at `atMs`. Opening hours are Asia/Shanghai wall-clock times
 * (UTC+8, no daylight saving); `closes` at or before `opens` means the place closes after
 * midnight, on the next day.
 */
export function isOpenAt(hours: CrowdedPlace['openingHours'], atMs: number): boolean {
  const local = new Date(atMs + SHANGHAI_OFFSET_MS);
  const weekday = ((local.getUTCDay() + 6) % 7) + 1;
  const yesterday = ((weekday + 5) % 7) + 1;
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  return hours.some((rule) => {
    const opens = minutesOf(rule.opens);
    const closes = minutesOf(rule.closes);
    if (closes > opens) return rule.days.includes(weekday) && minute >= opens && minute < closes;
    return (
      (rule.days.includes(weekday) && minute >= opens) || (rule.days.includes(yesterday) && minute < closes)
    );
  });
}

/** The Asia/Shanghai calendar day of `atMs`, plus `days`, as `YYYY-MM-DD`. */
export function shanghaiDay(atMs: number, days = 0): string {
  return new Date(atMs + SHANGHAI_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** The largest instant a JavaScript Date holds (ECMA-262: ±8.64e15 ms). */
const MAX_INSTANT_MS = 8.64e15;

/** `value` if it is an instant a Date can hold (from 1970 on), else `fallback`. */
export function validInstant(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_INSTANT_MS
    ? value
    : fallback;
}
