import { describe, expect, it } from 'vitest';
import {
  type AuthoritySource,
  type CertificateRecord,
  checkWorker,
  createMemoryRegistry,
} from '../src/index';
import { CW, SE } from './support/fixtures';

const request = (certificates: CertificateRecord[]) => ({
  workKind: 'ordinary' as const,
  at: '2027-06-10T10:00:00+08:00',
  presented: { workerId: 'w-1' },
  credential: { workerId: 'w-1', idHash: '00', certificates },
});

describe('checkWorker', () => {
  it('WC-CRED-022: a registry renewal (延期复核) revives a certificate whose signed code has expired', async () => {
    const registry = createMemoryRegistry([{ ...CW, validFrom: '2027-06-01', validTo: '2029-05-31' }]);
    const verdict = await checkWorker(request([CW]), { registry });
    expect(verdict.decision).toBe('accept');
    expect(verdict.lapseDay).toBe('2029-05-31');
  });

  it('WC-CRED-023: a certificate the platform registry does not know is rejected', async () => {
    const verdict = await checkWorker(request([CW]), { registry: createMemoryRegistry([]) });
    expect(verdict.reason).toBe('unknown-certificate');
  });

  it('WC-CRED-024: an adapter that throws counts as unreachable (fail-closed)', async () => {
    const broken: AuthoritySource = {
      types: ['construction-welder'],
      lookup: () => Promise.reject(new Error('socket hang up')),
    };
    const verdict = await checkWorker(request([{ ...CW, validTo: '2027-12-31' }]), { authorities: [broken] });
    expect(verdict.reason).toBe('authority-unreachable');
  });

  it('WC-CRED-010: only certificates the work kind accepts are looked up', async () => {
    const asked: string[] = [];
    const authority: AuthoritySource = {
      types: ['construction-welder', 'special-equipment-welding'],
      lookup: async (c) => {
        asked.push(c.type);
        return { outcome: 'found', status: 'valid', fetchedAt: Date.now() };
      },
    };
    await checkWorker(request([{ ...CW, validTo: '2027-12-31' }, SE]), { authorities: [authority] });
    expect(asked).toEqual(['construction-welder']);
  });
});
