import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type AreaRule,
  type CaseResult,
  type RunVectorsOptions,
  runVectorsProfile,
  type TesteeCommand,
  type VectorCase,
} from '../src/index';
import { demoVectorsRoot } from './support/demo-vectors';

const fakeTestee = fileURLToPath(new URL('./fixtures/fake-testee.mjs', import.meta.url));
const testee = (env: NodeJS.ProcessEnv = {}): TesteeCommand => ({
  command: process.execPath,
  args: [fakeTestee],
  env: { ...process.env, ...env },
});
const rules: Record<string, AreaRule> = {
  demo: {
    area: 'demo',
    expectation: (vector: VectorCase) => vector.expected,
    group: (vector: VectorCase) => vector.group as string | undefined,
  },
};
const REQ = ['WC-CONF-003'];

function vector(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    description: `case ${id} of the demo area`,
    requirements: REQ,
    expected: { ok: id },
    ...extra,
  };
}

async function run(
  ids: string[],
  options: Partial<RunVectorsOptions> = {},
  extra: Record<string, unknown> = {},
) {
  const vectorsRoot = demoVectorsRoot({
    'demo/cases.json': {
      description: 'demo cases for the runner',
      cases: ids.map((id) => vector(id, extra)),
    },
  });
  return runVectorsProfile({ testee: testee(), rules, vectorsRoot, timeoutMs: 2_000, ...options });
}

const verdicts = (results: CaseResult[]) =>
  Object.fromEntries(results.map((result) => [result.id, result.verdict]));

describe('vectors profile runner', () => {
  it('WC-CONF-001 WC-CONF-002 WC-CONF-003 WC-CONF-007: passes matching outcomes and keeps the testee log', async () => {
    const result = await run(['demo-a', 'demo-b']);
    expect(result.hello).toMatchObject({ implementation: 'fake', version: '1.0.0', areas: ['demo'] });
    expect(verdicts(result.results)).toEqual({ 'demo-a': 'pass', 'demo-b': 'pass' });
    expect(result.stderr).toContain('fake testee started');
  });

  it('WC-CONF-007: fails a wrong outcome and shows expected and actual', async () => {
    const { results } = await run(['demo-x-wrong']);
    expect(results[0]).toMatchObject({
      verdict: 'fail',
      expected: { ok: 'demo-x-wrong' },
      actual: { wrong: true },
    });
  });

  it('WC-CONF-005: a crash, a hang, garbage and a wrong id are errors, and the rest of the suite still runs', async () => {
    const { results } = await run(
      ['demo-1-crash', 'demo-2', 'demo-3-hang', 'demo-4', 'demo-5-garbage', 'demo-6-otherid', 'demo-7'],
      {
        timeoutMs: 500,
      },
    );
    expect(verdicts(results)).toEqual({
      'demo-1-crash': 'error',
      'demo-2': 'pass',
      'demo-3-hang': 'error',
      'demo-4': 'pass',
      'demo-5-garbage': 'error',
      'demo-6-otherid': 'error',
      'demo-7': 'pass',
    });
    expect(results[0]?.reason).toMatch(/^ERR_TESTEE_EXITED/);
    expect(results[2]?.reason).toMatch(/^ERR_TESTEE_TIMEOUT/);
    expect(results[4]?.reason).toMatch(/^ERR_TESTEE_MESSAGE/);
    expect(results[5]?.reason).toMatch(/^ERR_TESTEE_MESSAGE/);
  });

  it('WC-CONF-002: a testee without a valid hello errs every case', async () => {
    const { results, hello } = await run(['demo-a', 'demo-b'], {
      testee: testee({ FAKE_TESTEE_HELLO: 'bad' }),
    });
    expect(hello).toBeUndefined();
    expect(results.map((result) => result.verdict)).toEqual(['error', 'error']);
    expect(results[0]?.reason).toMatch(/^ERR_TESTEE_HELLO/);
  });

  it('WC-CONF-004 WC-CONF-008: a skipped case of a claimed area fails', async () => {
    const { results } = await run(['demo-a-skip']);
    expect(results[0]).toMatchObject({
      verdict: 'fail',
      reason: 'testee skipped a claimed case: not implemented',
    });
  });

  it('WC-CONF-008: optional groups run all or nothing by the capability manifest', async () => {
    const withoutGroup = await run(
      ['demo-a', 'demo-b-wrong'],
      {
        capabilities: { implementation: 'fake', areas: ['demo'], groups: [] },
      },
      { group: 'offline-relay' },
    );
    expect(verdicts(withoutGroup.results)).toEqual({ 'demo-a': 'skip', 'demo-b-wrong': 'skip' });
    const withGroup = await run(
      ['demo-a', 'demo-b-wrong'],
      {
        capabilities: { implementation: 'fake', areas: ['demo'], groups: ['offline-relay'] },
      },
      { group: 'offline-relay' },
    );
    expect(verdicts(withGroup.results)).toEqual({ 'demo-a': 'pass', 'demo-b-wrong': 'fail' });
  });

  it('WC-CONF-009: listed failures become xfail, listed passes xpass, unknown entries are refused', async () => {
    const expectedFailures = {
      implementation: 'fake',
      entries: [
        { id: 'demo-a-wrong', reason: 'known bug 12' },
        { id: 'demo-b', reason: 'fixed since' },
      ],
    };
    const { results } = await run(['demo-a-wrong', 'demo-b', 'demo-c'], { expectedFailures });
    expect(verdicts(results)).toEqual({ 'demo-a-wrong': 'xfail', 'demo-b': 'xpass', 'demo-c': 'pass' });
    await expect(
      run(['demo-c'], {
        expectedFailures: { implementation: 'fake', entries: [{ id: 'demo-zzz', reason: 'x' }] },
      }),
    ).rejects.toMatchObject({ code: 'ERR_EXPECTED_FAILURE_UNKNOWN_CASE' });
  });

  it('errs the cases of an area without a rule', async () => {
    const { results } = await run(['demo-a'], { rules: {} });
    expect(results[0]).toMatchObject({ verdict: 'error', reason: 'no vectors-profile rule for area demo' });
  });
});
