import { describe, expect, it } from 'vitest';
import {
  describeFinding,
  explainVerdict,
  hashIdNumber,
  REASON_CODES,
  REASON_MESSAGES,
  verifyWorker,
} from '../src/index';
import { CW, SALT } from './support/fixtures';

const verdictOn = (at: string) =>
  verifyWorker({
    workKind: 'crowded-place',
    at,
    presented: { idNumber: '11010519491231002X' },
    credential: {
      workerId: 'w-1',
      idHash: hashIdNumber('11010519491231002X', SALT),
      idSalt: SALT,
      certificates: [CW],
    },
  });

describe('messages', () => {
  it('WC-CRED-035: every reason code has a Chinese and an English message', () => {
    expect(Object.keys(REASON_MESSAGES).sort()).toEqual([...REASON_CODES].sort());
    for (const code of REASON_CODES) {
      expect(REASON_MESSAGES[code].zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(REASON_MESSAGES[code].en).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('WC-CRED-035: every placeholder of a finding is filled in both languages', () => {
    const certificate = { type: CW.type, number: CW.number, authority: CW.authority };
    const details = {
      day: '2027-05-31',
      days: 3,
      horizon: 30,
      hours: 24,
      years: 2,
      fields: 'workerId',
      problem: 'check-digit',
      workKind: 'ordinary',
    };
    for (const code of REASON_CODES) {
      for (const language of ['zh', 'en'] as const) {
        const text = describeFinding({ code, severity: 'reject', certificate, details }, language);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('WC-CRED-035: an explanation states decision, certificate, lapse day, findings and policy', () => {
    const zh = explainVerdict(verdictOn('2027-05-20T09:00:00+08:00'), 'zh').join('\n');
    expect(zh).toContain('核验通过（有提示）');
    expect(zh).toContain('沪A072025001234');
    expect(zh).toContain('2027-05-31');
    expect(zh).toContain('剩余 11 天');
    expect(zh).toContain('临期');
    expect(zh).toContain('weldcode-default');
    const en = explainVerdict(verdictOn('2027-06-02T09:00:00+08:00'), 'en').join('\n');
    expect(en).toContain('Rejected');
    expect(en).toContain('expired on 2027-05-31 (2 days ago)');
    expect(en).toContain('version 2026.1');
  });
});
