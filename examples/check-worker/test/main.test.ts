import { describe, expect, it } from 'vitest';
import { checkExampleWorker, report } from '../src/main';

describe('check-worker example', () => {
  it('WC-CRED-035: explains an accepted check in Chinese and English, naming the certificate', async () => {
    const verdict = await checkExampleWorker('crowded-place', '2026-09-20T09:00:00+08:00');
    expect(verdict.decision).toBe('accept');
    const text = report(verdict);
    expect(text).toContain('核验通过');
    expect(text).toContain('Accepted');
    expect(text).toContain('T11010519491231002X');
    expect(text).toContain('1101**********002X');
  });

  it('WC-CRED-021: the revoked construction certificate does not satisfy construction-site work', async () => {
    const verdict = await checkExampleWorker('construction-site', '2026-12-20T09:00:00+08:00');
    expect(verdict.reason).toBe('revoked');
    expect(report(verdict)).toContain('已被撤销');
  });

  it('WC-CRED-028: warns ahead of the 复审 day', async () => {
    const verdict = await checkExampleWorker('ordinary', '2027-02-20T09:00:00+08:00');
    expect(verdict.decision).toBe('accept-with-warning');
    expect(verdict.reason).toBe('review-due-soon');
  });
});
