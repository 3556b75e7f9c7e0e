import { describe, expect, it } from 'vitest';
import { createFence, type FenceInput, GeofenceError, type TimeWindow } from '../src/index';

const base: FenceInput = {
  id: 'w',
  datum: 'wgs84',
  kind: 'forbidden',
  geometry: { type: 'Circle', center: [121.47, 31.23], radius: 80 },
};
const withWindows = (...windows: TimeWindow[]) => createFence({ ...base, windows });
const at = (text: string) => Date.parse(text);

describe('time windows', () => {
  it('WC-GEO-050: intervals include their start and exclude their end', () => {
    const fence = withWindows({
      type: 'interval',
      start: '2026-05-01T08:00:00+08:00',
      end: '2026-05-01T16:00:00+08:00',
    });
    expect(fence.isActiveAt(at('2026-05-01T00:00:00Z'))).toBe(true);
    expect(fence.isActiveAt(at('2026-04-30T23:59:59.999Z'))).toBe(false);
    expect(fence.isActiveAt(at('2026-05-01T07:59:59.999Z'))).toBe(true);
    expect(fence.isActiveAt(at('2026-05-01T08:00:00Z'))).toBe(false);
  });

  it('WC-GEO-050: interval ends need an explicit offset and start < end', () => {
    expect(() =>
      withWindows({ type: 'interval', start: '2026-05-01T08:00:00', end: '2026-05-01T16:00:00Z' }),
    ).toThrow(/offset/);
    expect(() =>
      withWindows({ type: 'interval', start: '2026-05-01T16:00:00Z', end: '2026-05-01T16:00:00Z' }),
    ).toThrow(GeofenceError);
  });

  it('WC-GEO-051: daily windows read the wall clock of their zone, overnight windows belong to their start day', () => {
    const shops = withWindows({
      type: 'daily',
      timeZone: 'Asia/Shanghai',
      start: '10:00',
      end: '22:00',
      days: [1, 2, 3, 4, 5],
    });
    expect(shops.isActiveAt(at('2026-05-04T10:00:00+08:00'))).toBe(true); // Monday
    expect(shops.isActiveAt(at('2026-05-04T09:59:59+08:00'))).toBe(false);
    expect(shops.isActiveAt(at('2026-05-04T22:00:00+08:00'))).toBe(false);
    expect(shops.isActiveAt(at('2026-05-03T12:00:00+08:00'))).toBe(false); // Sunday
    const night = withWindows({
      type: 'daily',
      timeZone: 'Asia/Shanghai',
      start: '22:00',
      end: '06:00',
      days: [5],
    });
    expect(night.isActiveAt(at('2026-05-08T23:00:00+08:00'))).toBe(true); // Friday night
    expect(night.isActiveAt(at('2026-05-09T05:59:59+08:00'))).toBe(true); // Saturday early, started Friday
    expect(night.isActiveAt(at('2026-05-10T05:00:00+08:00'))).toBe(false); // Sunday early, Saturday not listed
    const allDay = withWindows({ type: 'daily', timeZone: 'Asia/Shanghai', start: '00:00', end: '24:00' });
    expect(allDay.isActiveAt(at('2026-05-10T23:59:59+08:00'))).toBe(true);
  });

  it('WC-GEO-051: daylight saving is handled by the wall-clock reading', () => {
    const berlin = withWindows({ type: 'daily', timeZone: 'Europe/Berlin', start: '09:00', end: '10:00' });
    expect(berlin.isActiveAt(at('2026-01-15T08:30:00Z'))).toBe(true); // 09:30 CET
    expect(berlin.isActiveAt(at('2026-07-15T08:30:00Z'))).toBe(false); // 10:30 CEST
    expect(berlin.isActiveAt(at('2026-07-15T07:30:00Z'))).toBe(true); // 09:30 CEST
  });

  it('WC-GEO-052: any window suffices; empty or malformed windows are typed errors', () => {
    const fence = withWindows(
      { type: 'interval', start: '2026-10-01T00:00:00+08:00', end: '2026-10-08T00:00:00+08:00' },
      { type: 'daily', timeZone: 'Asia/Shanghai', start: '10:00', end: '22:00' },
    );
    expect(fence.isActiveAt(at('2026-10-02T03:00:00+08:00'))).toBe(true);
    expect(fence.isActiveAt(at('2026-10-09T03:00:00+08:00'))).toBe(false);
    expect(createFence(base).isActiveAt(0)).toBe(true);
    const code = (windows: unknown) => {
      try {
        createFence({ ...base, windows: windows as TimeWindow[] });
      } catch (error) {
        return (error as GeofenceError).code;
      }
      return 'valid';
    };
    expect(code([])).toBe('ERR_GEO_TIME_WINDOW_INVALID');
    expect(code([{ type: 'weekly' }])).toBe('ERR_GEO_TIME_WINDOW_INVALID');
    expect(code([{ type: 'daily', timeZone: 'Mars/Olympus', start: '10:00', end: '11:00' }])).toBe(
      'ERR_GEO_TIME_WINDOW_INVALID',
    );
    expect(code([{ type: 'daily', timeZone: 'Asia/Shanghai', start: '10:00', end: '10:00' }])).toBe(
      'ERR_GEO_TIME_WINDOW_INVALID',
    );
    expect(code([{ type: 'daily', timeZone: 'Asia/Shanghai', start: '24:00', end: '10:00' }])).toBe(
      'ERR_GEO_TIME_WINDOW_INVALID',
    );
    expect(code([{ type: 'daily', timeZone: 'Asia/Shanghai', start: '9:00', end: '10:00' }])).toBe(
      'ERR_GEO_TIME_WINDOW_INVALID',
    );
    expect(
      code([{ type: 'daily', timeZone: 'Asia/Shanghai', start: '09:00', end: '10:00', days: [0] }]),
    ).toBe('ERR_GEO_TIME_WINDOW_INVALID');
    expect(code('always')).toBe('ERR_GEO_TIME_WINDOW_INVALID');
  });

  it('WC-GEO-053: instants must be finite numbers', () => {
    const fence = createFence(base);
    expect(() => fence.isActiveAt(Number.NaN)).toThrow(GeofenceError);
    expect(() => fence.isActiveAt('2026' as unknown as number)).toThrow(GeofenceError);
  });
});
