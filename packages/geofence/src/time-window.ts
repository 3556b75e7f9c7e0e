import { GeofenceError } from './geofence-error';

/**
 * An absolute interval `[start, end)`: permit hours or a special period. Both ends are RFC 3339
 * instants with an explicit offset (`Z` or `±hh:mm`); the start is included, the end excluded.
 */
export interface IntervalWindow {
  readonly type: 'interval';
  readonly start: string;
  readonly end: string;
}

/**
 * A recurring daily window in an IANA time zone: opening hours. `start` and `end` are local
 * wall-clock times `HH:MM` (`end` may be `24:00`); the start is included, the end excluded. When
 * `end` is earlier than `start` the window runs past midnight and belongs to the day it starts.
 * `days` are ISO weekdays (1 = Monday … 7 = Sunday) on which the window starts; omitted = every day.
 */
export interface DailyWindow {
  readonly type: 'daily';
  readonly timeZone: string;
  readonly start: string;
  readonly end: string;
  readonly days?: readonly number[];
}

/** When a fence applies. A fence without windows always applies. */
export type TimeWindow = IntervalWindow | DailyWindow;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** A window compiled for fast evaluation. */
export interface CompiledWindow {
  /** Whether the instant (ms since the epoch) falls in the window. */
  contains(time: number): boolean;
}

function invalid(message: string, window: unknown): GeofenceError {
  return new GeofenceError('ERR_GEO_TIME_WINDOW_INVALID', message, {
    details: { window: JSON.stringify(window) },
  });
}

export function parseInstant(text: unknown, window: unknown): number {
  if (typeof text !== 'string' || !RFC3339.test(text)) {
    throw invalid('interval ends must be RFC 3339 instants with an explicit offset', window);
  }
  const time = Date.parse(text);
  if (!Number.isFinite(time)) throw invalid(`not a valid instant: ${text}`, window);
  return time;
}

function parseClock(text: unknown, window: unknown): number {
  const match = typeof text === 'string' ? CLOCK.exec(text) : null;
  if (match === null) throw invalid('daily times must be HH:MM', window);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 1440) throw invalid('daily times must not pass 24:00', window);
  return minutes * 60;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string, window: unknown): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch (cause) {
      throw new GeofenceError('ERR_GEO_TIME_WINDOW_INVALID', `unknown time zone ${timeZone}`, {
        cause,
        details: { window: JSON.stringify(window) },
      });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local ISO weekday and second of the day of an instant in a time zone. */
function localClock(formatter: Intl.DateTimeFormat, time: number): { weekday: number; second: number } {
  let weekday = 0;
  let second = 0;
  for (const part of formatter.formatToParts(time)) {
    if (part.type === 'weekday') weekday = WEEKDAYS[part.value] ?? 0;
    else if (part.type === 'hour') second += Number(part.value) * 3600;
    else if (part.type === 'minute') second += Number(part.value) * 60;
    else if (part.type === 'second') second += Number(part.value);
  }
  return { weekday, second };
}

function compileDaily(window: DailyWindow): CompiledWindow {
  const formatter = formatterFor(window.timeZone, window);
  const start = parseClock(window.start, window);
  const end = parseClock(window.end, window);
  if (start === end || start === 86400)
    throw invalid('a daily window needs start ≠ end and start < 24:00', window);
  const days = window.days ?? [1, 2, 3, 4, 5, 6, 7];
  if (!Array.isArray(days) || days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw invalid('days must be ISO weekdays 1..7', window);
  }
  const onDay = new Set(days);
  return {
    contains(time) {
      const { weekday, second } = localClock(formatter, time);
      const previous = weekday === 1 ? 7 : weekday - 1;
      if (start < end) return onDay.has(weekday) && second >= start && second < end;
      return (onDay.has(weekday) && second >= start) || (onDay.has(previous) && second < end);
    },
  };
}

function compileInterval(window: IntervalWindow): CompiledWindow {
  const start = parseInstant(window.start, window);
  const end = parseInstant(window.end, window);
  if (!(start < end)) throw invalid('an interval needs start < end', window);
  return { contains: (time) => time >= start && time < end };
}

/**
 * Validates and compiles windows.
 *
 * @throws {@link GeofenceError} `ERR_GEO_TIME_WINDOW_INVALID`.
 */
export function compileWindows(windows: readonly TimeWindow[]): CompiledWindow[] {
  if (!Array.isArray(windows) || windows.length === 0) {
    throw invalid('windows must be a non-empty array when present', windows);
  }
  return windows.map((window) => {
    if (window?.type === 'interval') return compileInterval(window);
    if (window?.type === 'daily') return compileDaily(window);
    throw invalid('a window type must be interval or daily', window);
  });
}

export function assertTime(time: unknown): asserts time is number {
  if (typeof time !== 'number' || !Number.isFinite(time)) {
    throw new GeofenceError('ERR_GEO_TIME_INVALID', 'a time must be a finite number of ms since the epoch', {
      details: { time: String(time) },
    });
  }
}
