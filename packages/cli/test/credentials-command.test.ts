import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index';
import { capture, tree } from './support/cli-harness';

const credential = {
  workerId: 'w-1',
  idHash: '00',
  certificates: [
    {
      type: 'construction-welder',
      number: '沪A072025001234',
      authority: '上海市住房和城乡建设管理委员会',
      validFrom: '2025-06-01',
      validTo: '2027-05-31',
    },
  ],
};

describe('weldcode credentials', () => {
  const root = tree({
    'credential.json': JSON.stringify(credential),
    'registry.json': JSON.stringify(credential.certificates),
    'bad-policy.json': JSON.stringify({ policyId: 'x' }),
  });
  const check = (workKind: string, at: string) => [
    'credentials',
    'check',
    '--credential',
    'credential.json',
    '--work-kind',
    workKind,
    '--at',
    at,
    '--worker-id',
    'w-1',
  ];

  it('WC-CRED-035: explains an accepted worker in Chinese and English', async () => {
    const io = capture(root);
    expect(await runCli(check('construction-site', '2027-05-20T09:00:00+08:00'), io)).toBe(0);
    expect(io.stdout).toContain('核验通过（有提示）');
    expect(io.stdout).toContain('Accepted with warnings');
  });

  it('WC-CRED-031: a refused worker exits 1 with the reason', async () => {
    const io = capture(root);
    expect(await runCli(check('special-equipment', '2026-06-01T09:00:00+08:00'), io)).toBe(1);
    expect(io.stderr).toContain('wrong-type-for-work-kind');
  });

  it('WC-CRED-036: re-verifies a registry and lists the alerts', async () => {
    const io = capture(root);
    expect(
      await runCli(['credentials', 'reverify', 'registry.json', '--at', '2027-05-20T09:00:00+08:00'], io),
    ).toBe(0);
    expect(io.stdout).toContain(
      'expiring-soon construction-welder:沪A072025001234 2027-05-31 11d (30-day horizon)',
    );
  });

  it('WC-CRED-008: validates policy documents', async () => {
    const io = capture(root);
    expect(await runCli(['credentials', 'policy', 'bad-policy.json'], io)).toBe(1);
    expect(io.stderr).toContain('ERR_CRED_POLICY_INVALID');
    const ok = capture(root);
    expect(await runCli(['credentials', 'policy'], ok)).toBe(0);
    expect(JSON.parse(ok.stdout).policyId).toBe('weldcode-default');
  });
});
