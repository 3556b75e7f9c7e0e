import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareExpectations,
  parseScenario,
  runScenario,
  SCENARIO_SCHEMA,
  SimulatorError,
} from '../src/index';
import { tinyScenario } from './fixture';

const dir = join(import.meta.dirname, '..', 'scenarios');
const workday = () => parseScenario(readFileSync(join(dir, 'district-workday.json'), 'utf8'));

describe('scenarios', () => {
  it('WC-SIM-020: every scenario file matches the committed schema, which is the exported one', () => {
    expect(JSON.parse(readFileSync(join(dir, 'scenario.schema.json'), 'utf8'))).toEqual(SCENARIO_SCHEMA);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(() => parseScenario(readFileSync(join(dir, file), 'utf8'))).not.toThrow();
  });

  it('WC-SIM-021: malformed scenarios and dangling references are typed errors', () => {
    expect(() => parseScenario('{')).toThrow(SimulatorError);
    expect(() => parseScenario({ ...tinyScenario(), seed: 'x' })).toThrow(/schema/);
    const dangling = tinyScenario({ events: [{ at: '08:10', type: 'power-cut', machine: 999 }] });
    expect(() => parseScenario(dangling)).toThrow(
      expect.objectContaining({ code: 'ERR_SIM_UNKNOWN_REFERENCE' }),
    );
    const badCode = tinyScenario({ expect: { refusals: [{ reason: 'NOPE' as never }], alerts: [] } });
    expect(() => parseScenario(badCode)).toThrow(/unknown refusal reason/);
  });

  it('WC-SIM-022, WC-SIM-040, WC-SIM-041: the district workday produces exactly the refusals and alerts it states', () => {
    const summary = runScenario(workday());
    expect(summary.expectations).toEqual({ ok: true, missing: [], unexpected: [] });
    expect(summary.grants).toBe(5);
    expect(summary.faults.dropped).toBeGreaterThan(0);
    expect(summary.inspections).toContainEqual({ code: 'credential', valid: false, reason: 'EXPIRED' });
    expect(summary.historicalRecords).toBeGreaterThan(0);
  }, 60_000);

  it('WC-SIM-023: a run is deterministic from the seed', () => {
    const scenario = tinyScenario({
      durationMinutes: 20,
      faults: { up: { drop: 0.1, reorder: 0.1 }, down: { duplicate: 0.1 } },
      events: [{ at: '08:01', type: 'scan', worker: 5001, machine: 101, permit: 9001 }],
      expect: { refusals: [], alerts: [], grants: 1 },
    });
    const a = runScenario(scenario);
    const b = runScenario(scenario);
    expect(a).toEqual(b);
    const c = runScenario({ ...scenario, seed: 8 });
    expect(c.faults).not.toEqual(a.faults);
  });

  it('WC-SIM-042: a platform that misses or invents an outcome violates the expectations', () => {
    const expect_ = {
      refusals: [{ reason: 'OUTSIDE_ZONE' as const, machine: 1 }],
      alerts: [{ kind: 'BYPASS' as const, machine: 2 }],
      grants: 1,
    };
    expect(
      compareExpectations(expect_, {
        refusals: [{ reason: 'OUTSIDE_ZONE', machine: 1 }],
        alerts: [{ kind: 'BYPASS', machine: 2 }],
        grants: 1,
      }).ok,
    ).toBe(true);
    const missed = compareExpectations(expect_, {
      refusals: [],
      alerts: [{ kind: 'BYPASS', machine: 2 }],
      grants: 1,
    });
    expect(missed).toMatchObject({ ok: false, missing: ['refusal OUTSIDE_ZONE worker * machine 1'] });
    const invented = compareExpectations(expect_, {
      refusals: [{ reason: 'OUTSIDE_ZONE', machine: 1 }],
      alerts: [
        { kind: 'BYPASS', machine: 2 },
        { kind: 'POWER_CUT', machine: 2 },
      ],
      grants: 2,
    });
    expect(invented.unexpected).toEqual(['alert POWER_CUT machine 2']);
    expect(invented.missing).toEqual(['grants: expected 1, got 2']);
  });
});
