import { describe, expect, it } from 'vitest';
import { distanceMetres, PositionSignal, seededRandom } from '../src/index';

const home = { lat: 30.9181, lon: 121.4741 };
const fixes = (mode: 'gnss' | 'cell' | 'indoor', n = 200) => {
  const signal = new PositionSignal(home, mode, seededRandom(11));
  return Array.from({ length: n }, () => signal.fix());
};
const error = (f: { latE7: number; lonE7: number }) =>
  distanceMetres(home, { lat: f.latE7 / 1e7, lon: f.lonE7 / 1e7 });

describe('position signals', () => {
  it('WC-SIM-009: GNSS jitters by metres, cell-only fixes by hundreds of metres with a cell id, indoor drifts', () => {
    const gnss = fixes('gnss');
    expect(gnss.every((f) => f.source === 1 && f.accuracyM >= 3 && f.accuracyM <= 8)).toBe(true);
    expect(Math.max(...gnss.map(error))).toBeLessThan(20);
    const cell = fixes('cell');
    expect(cell.every((f) => f.source === 2 && f.accuracyM >= 500 && (f.cells?.length ?? 0) === 1)).toBe(
      true,
    );
    const cellErrors = cell.map(error).sort((a, b) => a - b);
    expect(cellErrors[100]).toBeGreaterThan(100);
    const indoor = fixes('indoor');
    expect(indoor.every((f) => f.accuracyM >= 20 && error(f) <= 90)).toBe(true);
    // a random walk: consecutive fixes are close, the walk as a whole wanders
    const steps = indoor
      .slice(1)
      .map((f, i) =>
        distanceMetres(
          { lat: f.latE7 / 1e7, lon: f.lonE7 / 1e7 },
          { lat: (indoor[i] as typeof f).latE7 / 1e7, lon: (indoor[i] as typeof f).lonE7 / 1e7 },
        ),
      );
    expect(Math.max(...steps)).toBeLessThan(30);
    expect(Math.max(...indoor.map(error))).toBeGreaterThan(10);
  });

  it('WC-SIM-009: a mobile machine reports its new site', () => {
    const signal = new PositionSignal(home, 'gnss', seededRandom(3));
    const away = { lat: 30.94, lon: 121.49 };
    signal.moveTo(away);
    const f = signal.fix();
    expect(distanceMetres(away, { lat: f.latE7 / 1e7, lon: f.lonE7 / 1e7 })).toBeLessThan(20);
  });
});
