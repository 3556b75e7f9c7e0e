import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  hashIdNumber,
  parseCalendarDay,
  prepareRegistry,
  type RegistryCertificate,
  reverifyCertificates,
  verifyWorker,
  type WorkKind,
} from '../src/index';
import { SALT } from './support/fixtures';

const ID_HASH = hashIdNumber('11010519491231002X', SALT);
const START = parseCalendarDay('2020-01-01');
const day = (offset: number) => formatCalendarDay(START + offset);
const WORK_KIND: Record<RegistryCertificate['type'], WorkKind> = {
  'em-welding': 'ordinary',
  'construction-welder': 'construction-site',
  'special-equipment-welding': 'special-equipment',
};

const record: fc.Arbitrary<RegistryCertificate> = fc
  .record({
    type: fc.constantFrom('em-welding', 'construction-welder', 'special-equipment-welding' as const),
    from: fc.integer({ min: 0, max: 2000 }),
    length: fc.integer({ min: 0, max: 2200 }),
    review: fc.option(fc.integer({ min: 0, max: 2200 }), { nil: undefined }),
    revoked: fc.boolean(),
  })
  .map(({ type, from, length, review, revoked }) => {
    const r: RegistryCertificate = {
      type,
      number: type === 'construction-welder' ? '沪A072025001234' : 'T11010519491231002X',
      authority: 'x',
      validFrom: day(from),
      validTo: day(from + Math.min(length, 700)),
      status: revoked ? 'revoked' : 'valid',
    };
    if (review !== undefined) r.nextReviewDate = day(from + review);
    return r;
  });

describe('batch re-verification', () => {
  it('WC-CRED-036: each certificate gets the status a single verification of it implies', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 4000 }),
        (records, offset) => {
          const at = `${day(offset)}T08:00:00+08:00`;
          const report = reverifyCertificates(prepareRegistry(records), { at });
          expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(records.length);
          let alertIndex = 0;
          for (const r of records) {
            const verdict = verifyWorker({
              workKind: WORK_KIND[r.type],
              at,
              presented: { workerId: 'w' },
              credential: { workerId: 'w', idHash: ID_HASH, certificates: [r] },
              evidence: {
                [`${r.type}:${r.number}`]: { registry: { outcome: 'found', status: r.status ?? 'valid' } },
              },
            });
            if (r.status === 'revoked') {
              expect(verdict.reason).toBe('revoked');
              continue;
            }
            const expected = verdict.findings.find((f) =>
              ['not-yet-valid', 'expired', 'review-overdue', 'review-due-soon', 'expiring-soon'].includes(
                f.code,
              ),
            );
            if (expected === undefined) continue;
            const alert = report.alerts[alertIndex++];
            const nearest = verdict.findings.find((f) => f.code === 'review-due-soon') ?? expected;
            expect(alert?.status).toBe(nearest.code);
            if (nearest.details.horizon !== undefined) expect(alert?.horizon).toBe(nearest.details.horizon);
          }
          expect(alertIndex).toBe(report.alerts.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('WC-CRED-036: unprepared records give the same report as prepared ones', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 10 }),
        fc.integer({ min: 0, max: 4000 }),
        (records, offset) => {
          const at = Date.parse(`${day(offset)}T00:00:00+08:00`);
          expect(reverifyCertificates(records, { at })).toEqual(
            reverifyCertificates(prepareRegistry(records), { at }),
          );
        },
      ),
    );
  });
});
