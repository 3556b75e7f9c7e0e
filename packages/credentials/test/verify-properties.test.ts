import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CertificateRecord,
  CredentialsError,
  DEFAULT_POLICY,
  type EvidenceMap,
  formatCalendarDay,
  hashIdNumber,
  parseCalendarDay,
  type Verdict,
  type VerifyRequest,
  verifyWorker,
  WORK_KINDS,
} from '../src/index';
import { SALT } from './support/fixtures';

const ID = '11010519491231002X';
const ID_HASH = hashIdNumber(ID, SALT);
const START = parseCalendarDay('2018-01-01');

const day = (offset: number) => formatCalendarDay(START + offset);
const atDay = (offset: number) => `${day(offset)}T12:00:00+08:00`;

const certificate: fc.Arbitrary<CertificateRecord> = fc
  .record({
    type: fc.constantFrom('em-welding', 'construction-welder', 'special-equipment-welding' as const),
    number: fc.constantFrom(
      'T11010519491231002X',
      '沪A072025001234',
      '11010519491231002X',
      'X1',
      'T110105194912310021',
    ),
    authority: fc.constantFrom('上海市应急管理局', 'A', ''),
    from: fc.integer({ min: 0, max: 3000 }),
    length: fc.integer({ min: 0, max: 2600 }),
    review: fc.option(fc.integer({ min: 0, max: 2600 }), { nil: undefined }),
  })
  .map(({ type, number, authority, from, length, review }) => {
    const record: CertificateRecord = {
      type,
      number,
      authority,
      validFrom: day(from),
      validTo: day(from + length),
    };
    if (review !== undefined) record.nextReviewDate = day(from + review);
    return record;
  });

const evidence = (certificates: CertificateRecord[]) =>
  fc
    .array(
      fc.record({
        pick: fc.nat(),
        registry: fc.constantFrom(
          undefined,
          { outcome: 'not-found' as const },
          { outcome: 'found' as const, status: 'revoked' as const },
          { outcome: 'found' as const, status: 'valid' as const },
        ),
      }),
      { maxLength: 3 },
    )
    .map((items) => {
      const map: Record<
        string,
        { registry?: { outcome: 'not-found' } | { outcome: 'found'; status: 'valid' | 'revoked' } }
      > = {};
      for (const item of items) {
        const target = certificates[item.pick % Math.max(1, certificates.length)];
        if (target !== undefined && item.registry !== undefined)
          map[`${target.type}:${target.number}`] = { registry: item.registry };
      }
      return map as EvidenceMap;
    });

const scenario = fc.array(certificate, { maxLength: 4 }).chain((certificates) =>
  fc.record({
    certificates: fc.constant(certificates),
    evidence: evidence(certificates),
    workKind: fc.constantFrom(...WORK_KINDS),
  }),
);

function verify(
  s: { certificates: CertificateRecord[]; evidence: EvidenceMap; workKind: VerifyRequest['workKind'] },
  offset: number,
): Verdict {
  return verifyWorker({
    workKind: s.workKind,
    at: atDay(offset),
    presented: { workerId: 'w-1', idNumber: ID },
    credential: { workerId: 'w-1', idHash: ID_HASH, idSalt: SALT, certificates: s.certificates },
    evidence: s.evidence,
  });
}

describe('verdict properties', () => {
  it('WC-CRED-032: the verdict does not depend on the order of certificates or evidence', () => {
    const permuted = scenario.chain((s) =>
      fc.record({
        s: fc.constant(s),
        certificates: fc.shuffledSubarray(s.certificates, { minLength: s.certificates.length }),
        evidenceKeys: fc.shuffledSubarray(Object.keys(s.evidence), {
          minLength: Object.keys(s.evidence).length,
        }),
      }),
    );
    fc.assert(
      fc.property(
        permuted,
        fc.integer({ min: 0, max: 6000 }),
        ({ s, certificates, evidenceKeys }, offset) => {
          const evidence = Object.fromEntries(evidenceKeys.map((key) => [key, s.evidence[key]]));
          expect(verify({ ...s, certificates, evidence }, offset)).toEqual(verify(s, offset));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('WC-CRED-033: once every certificate has started, a rejection stays a rejection on every later day', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 1, max: 3000 }),
        (s, offset, later) => {
          const started = Math.max(0, ...s.certificates.map((c) => parseCalendarDay(c.validFrom) - START));
          const first = Math.max(offset, started);
          if (verify(s, first).decision === 'reject')
            expect(verify(s, first + later).decision).toBe('reject');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('WC-CRED-033: the days a single certificate is accepted form one unbroken interval', () => {
    fc.assert(
      fc.property(certificate, fc.constantFrom(...WORK_KINDS), (c, workKind) => {
        const s = { certificates: [c], evidence: {}, workKind };
        const from = parseCalendarDay(c.validFrom) - START;
        const to = parseCalendarDay(c.validTo) - START;
        const probes = [from - 1, from, from + 1, to - 1, to, to + 1, Math.floor((from + to) / 2)].sort(
          (a, b) => a - b,
        );
        const accepted = probes.map((offset) => verify(s, offset).decision !== 'reject');
        const firstAccepted = accepted.indexOf(true);
        const lastAccepted = accepted.lastIndexOf(true);
        if (firstAccepted >= 0)
          expect(accepted.slice(firstAccepted, lastAccepted + 1).every(Boolean)).toBe(true);
        expect(verify(s, to + 1).decision).toBe('reject');
      }),
      { numRuns: 300 },
    );
  });

  it('WC-CRED-029: the decision follows the findings (accept: none, with warning: warnings only, reject: some rejection)', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 6000 }), (s, offset) => {
        const verdict = verify(s, offset);
        const rejections = verdict.findings.filter((f) => f.severity === 'reject').length;
        if (verdict.decision === 'accept') expect(verdict.findings).toEqual([]);
        if (verdict.decision === 'accept-with-warning')
          expect(rejections === 0 && verdict.findings.length > 0).toBe(true);
        if (verdict.decision === 'reject') expect(rejections).toBeGreaterThan(0);
        expect(verdict.reason).toBe(verdict.findings[0]?.code ?? null);
        expect(verdict.satisfiedBy === null).toBe(verdict.decision === 'reject');
        if (verdict.daysUntilLapse !== null) expect(verdict.daysUntilLapse).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('WC-CRED-034: at most one finding of a code per certificate', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 6000 }), (s, offset) => {
        const keys = verify(s, offset).findings.map(
          (f) => `${f.code}|${f.certificate?.type}:${f.certificate?.number}:${f.certificate?.authority}`,
        );
        const perCertificate = new Map<string, number>();
        for (const key of keys) perCertificate.set(key, (perCertificate.get(key) ?? 0) + 1);
        const duplicates =
          s.certificates.length ===
          new Set(s.certificates.map((c) => `${c.type}:${c.number}:${c.authority}`)).size;
        if (duplicates) expect([...perCertificate.values()].every((n) => n === 1)).toBe(true);
      }),
    );
  });

  it('WC-CRED-003: arbitrary requests give a verdict or a CredentialsError, never another crash', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (credential, presented, at) => {
        try {
          verifyWorker({ workKind: 'ordinary', credential, presented, at } as unknown as VerifyRequest);
        } catch (error) {
          expect(error).toBeInstanceOf(CredentialsError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('WC-CRED-003: arbitrary evidence from a broken source gives a verdict or a CredentialsError', () => {
    const answer = fc.oneof(
      fc.anything(),
      fc.record({
        outcome: fc.constantFrom('found', 'not-found', 'unreachable', 'x'),
        status: fc.oneof(fc.constantFrom('valid', 'revoked'), fc.anything()),
        validTo: fc.oneof(fc.constant('2029-01-01'), fc.anything()),
        fetchedAt: fc.oneof(fc.integer(), fc.string(), fc.anything()),
        lastAnswer: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(scenario, answer, answer, (s, registry, authority) => {
        const evidence = Object.fromEntries(
          s.certificates.map((c) => [`${c.type}:${c.number}`, { registry, authority }]),
        );
        try {
          verify({ ...s, evidence: evidence as EvidenceMap }, 3000);
        } catch (error) {
          expect(error).toBeInstanceOf(CredentialsError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('WC-CRED-017: a request without holder identifiers is refused', () => {
    expect(() =>
      verifyWorker({
        workKind: 'ordinary',
        at: Date.now(),
        presented: {},
        credential: { workerId: 'w-1', idHash: ID_HASH, certificates: [] },
      }),
    ).toThrow(CredentialsError);
    expect(() =>
      verifyWorker({
        workKind: 'ordinary',
        at: Date.now(),
        presented: { idNumber: ID },
        credential: { workerId: 'w-1', idHash: ID_HASH, certificates: [] },
      }),
    ).toThrow(/salt/);
  });

  it('WC-CRED-009: the verdict names the deciding policy, and a district salt works when the credential has none', () => {
    const verdict = verifyWorker({
      workKind: 'ordinary',
      at: '2026-06-15T10:00:00+08:00',
      presented: { idNumber: ID },
      idSalt: SALT,
      credential: { workerId: 'w-1', idHash: ID_HASH, certificates: [] },
    });
    expect(verdict.policy).toEqual({ policyId: DEFAULT_POLICY.policyId, version: DEFAULT_POLICY.version });
    expect(verdict.reason).toBe('no-certificate');
  });
});
