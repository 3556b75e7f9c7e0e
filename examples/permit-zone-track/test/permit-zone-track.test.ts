import { describe, expect, it } from 'vitest';
import { chipTrack, runExample } from '../src/permit-zone-track';

describe('permit-zone-track example', () => {
  it('prints the enter, dwell, exit and crowded-place events of the track', () => {
    const lines = runExample();
    const events = lines.filter((line) => /^\d\d:\d\d:\d\d /.test(line));
    const kinds = events.map((line) => line.split(/\s+/).slice(1, 4).join(' '));
    expect(kinds).toEqual([
      'ENTER allowed permit-2026-0518-07',
      'DWELL allowed permit-2026-0518-07',
      'EXIT allowed permit-2026-0518-07',
      'ENTER forbidden school-east',
      'EXIT forbidden school-east',
      'ENTER allowed permit-2026-0518-07',
      'DWELL allowed permit-2026-0518-07',
      'EXIT allowed permit-2026-0518-07',
      'UNCERTAIN forbidden mall-nanqiao',
      'ENTER forbidden mall-nanqiao',
      'DWELL forbidden mall-nanqiao',
    ]);
    expect(lines.find((line) => line.startsWith('scan at'))).toMatch(
      /permit zone inside .* permit valid true, open crowded places here: 0/,
    );
    expect(lines.find((line) => line.includes('misread'))).toMatch(/would be outside/);
    expect(lines.at(-1)).toMatch(/remote scan/);
  });

  it('feeds real WGS-84 fixes, not the GCJ-02 map coordinates', () => {
    const first = chipTrack()[0];
    expect(first?.datum).toBe('wgs84');
    expect(Math.abs((first?.lon ?? 0) - 121.457)).toBeGreaterThan(0.003);
  });
});
