import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CaseFailure,
  CaseSkipped,
  CHIP_CASES,
  type ChipHello,
  check,
  chipSuiteHash,
  type ProfileCase,
  profileSuiteHash,
  runChipProfile,
  runProfileCases,
} from '../src/index';
import { ChipControl } from '../src/profiles/chip/chip-control';
import { isConformanceError } from './support/imports';

const fakeChip = fileURLToPath(new URL('./fixtures/fake-chip.mjs', import.meta.url));
const chipTestee = (hello?: string) => ({
  command: process.execPath,
  args: [fakeChip],
  env: { ...process.env, ...(hello ? { FAKE_CHIP_HELLO: hello } : {}) },
});

const REQ = 'WC-CONF-018';
const demo = (id: string, run: ProfileCase<null>['run'], group?: string): ProfileCase<null> => ({
  id,
  description: id,
  requirements: [REQ],
  ...(group ? { group } : {}),
  run,
});

const cases: ProfileCase<null>[] = [
  demo('demo-pass', async () => {}),
  demo('demo-fail', async () => check(1 + 1 === 3, 'arithmetic', 3, 2)),
  demo('demo-error', async () => {
    throw new Error('link down');
  }),
  demo('demo-skipped', async () => {
    throw new CaseSkipped('cannot enforce an outage here');
  }),
  demo('demo-optional', async () => {}, 'gnss'),
  demo('demo-listed', async () => {
    throw new CaseFailure('known deviation');
  }),
];

describe('wire profile runner', () => {
  it('WC-CONF-018 WC-CONF-008 WC-CONF-009: judges checks, errors, skips, groups and expected failures', async () => {
    const seen: string[] = [];
    const results = await runProfileCases({
      area: 'demo',
      cases,
      session: null,
      declaredGroups: [],
      expectedFailures: {
        implementation: 'x',
        entries: [{ id: 'demo-listed', reason: 'bench rig lacks it' }],
      },
      onCase: (result) => seen.push(result.id),
    });
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['demo-pass', 'pass'],
      ['demo-fail', 'fail'],
      ['demo-error', 'error'],
      ['demo-skipped', 'skip'],
      ['demo-optional', 'skip'],
      ['demo-listed', 'xfail'],
    ]);
    expect(results[1]).toMatchObject({ reason: 'arithmetic', expected: 3, actual: 2 });
    expect(results[2]?.reason).toContain('link down');
    expect(results[4]?.reason).toBe('capability not declared');
    expect(seen).toHaveLength(cases.length);
    const declared = await runProfileCases({ area: 'demo', cases, session: null, declaredGroups: ['gnss'] });
    expect(declared.find((r) => r.id === 'demo-optional')?.verdict).toBe('pass');
  });

  it('WC-CONF-009: an expected failure naming no case is an error of the list', async () => {
    const run = runProfileCases({
      area: 'demo',
      cases,
      session: null,
      declaredGroups: [],
      expectedFailures: { implementation: 'x', entries: [{ id: 'demo-nothing', reason: 'typo' }] },
    });
    await expect(run).rejects.toMatchObject({ code: 'ERR_EXPECTED_FAILURE_UNKNOWN_CASE' });
  });

  it('WC-CONF-010: a case filter naming no case of the profile is refused before the testee starts', async () => {
    const run = runChipProfile({
      testee: { command: join(fakeChip, 'never-started') },
      capabilities: { implementation: 'x', chip: { transports: ['mqtt'], features: [] } },
      transport: { kind: 'mqtt' },
      only: [CHIP_CASES[0]?.id ?? '', 'chip-no-such-case'],
    });
    await expect(run).rejects.toMatchObject({
      code: 'ERR_UNKNOWN_CASE',
      message: expect.stringContaining('chip-no-such-case'),
    });
  });

  it('WC-CONF-018 WC-CONF-024: every chip case names requirements; the suite hash follows the catalogue', () => {
    const ids = CHIP_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const testCase of CHIP_CASES) {
      expect(testCase.id).toMatch(/^chip-[a-z0-9-]+$/);
      expect(testCase.requirements.length).toBeGreaterThan(0);
    }
    expect(chipSuiteHash()).toMatch(/^[0-9a-f]{64}$/);
    expect(chipSuiteHash()).toBe(profileSuiteHash('chip', CHIP_CASES as never));
    const changed = CHIP_CASES.map((c, i) =>
      i === 0 ? { ...c, requirements: [...c.requirements, REQ] } : c,
    );
    expect(profileSuiteHash('chip', changed as never)).not.toBe(chipSuiteHash());
  });
});

describe('chip control channel', () => {
  it('WC-CONF-019 WC-CONF-020: reads the hello, sends commands one at a time, reports unsupported ones', async () => {
    const control = await ChipControl.start(chipTestee());
    try {
      expect(control.hello).toEqual<ChipHello>({
        type: 'hello',
        protocol: 1,
        role: 'chip',
        implementation: 'fake chip',
        version: '1',
        chipId: 'WC-FAKE-1',
        clock: 'simulated',
      });
      expect(await control.command('echo', { ms: 1000 })).toEqual({ ok: true, ms: 1000 });
      expect(await control.command('open-enclosure')).toEqual({ ok: false, error: 'unsupported' });
      await expect(control.require('open-enclosure')).rejects.toMatchObject({ code: 'ERR_CHIP_CONTROL' });
      await expect(control.command('hang', {}, 200)).rejects.toMatchObject({ code: 'ERR_TESTEE_TIMEOUT' });
    } finally {
      await control.close();
    }
  });

  it('WC-CONF-019: refuses a testee whose first line is not a chip hello', async () => {
    for (const hello of ['bad', 'silent']) {
      const started = ChipControl.start(chipTestee(hello), 500);
      await expect(started).rejects.toMatchObject({ code: 'ERR_TESTEE_HELLO' });
    }
  });

  it('WC-CONF-021: a chip testee without a hello errs every case; a bad setup is refused before the run', async () => {
    const capabilities = { implementation: 'fake', chip: { transports: ['tcp' as const], features: [] } };
    const run = await runChipProfile({
      testee: chipTestee('silent'),
      capabilities,
      transport: { kind: 'tcp' },
      only: ['chip-registration', 'chip-handshake'],
    });
    expect(run.results.map((r) => r.verdict)).toEqual(['error', 'error']);
    expect(run.results[0]?.reason).toContain('ERR_TESTEE_HELLO');
    await expect(
      runChipProfile({ testee: chipTestee(), capabilities, transport: { kind: 'mqtt' } }),
    ).rejects.toMatchObject({ code: 'ERR_CHIP_TRANSPORT' });
    await expect(
      runChipProfile({
        testee: chipTestee(),
        capabilities: { implementation: 'x' },
        transport: { kind: 'tcp' },
      }),
    ).rejects.toSatisfy(isConformanceError);
  });

  it('WC-CONF-020: a chip that refuses registration errs the registration case', async () => {
    const run = await runChipProfile({
      testee: chipTestee(),
      capabilities: { implementation: 'fake', chip: { transports: ['tcp'], features: [] } },
      transport: { kind: 'tcp' },
      only: ['chip-registration'],
    });
    expect(run.hello?.chipId).toBe('WC-FAKE-1');
    expect(run.results[0]).toMatchObject({ verdict: 'error' });
    expect(run.results[0]?.reason).toContain('ERR_CHIP_CONTROL');
    expect(join(run.setup.transport)).toBe('tcp');
  });
});
