import type { Scenario } from '../src/index';

/** One machine, no events: the unit of the in-process cost benchmark. */
export function tinyBenchScenario(): Scenario {
  return {
    name: 'bench',
    seed: 1,
    start: '2026-06-01T08:00:00+08:00',
    durationMinutes: 1,
    district: 310120,
    enterprises: [{ id: 1, name: 'bench', sector: '工贸' }],
    sites: [{ id: 1, enterprise: 1, name: 'A', centre: { lat: 30.9, lon: 121.4 }, radiusM: 100 }],
    machines: [{ id: 1, site: 1, kind: 'mig-mag' }],
    workers: [],
    permits: [],
    events: [],
    expect: { refusals: [], alerts: [] },
  };
}
