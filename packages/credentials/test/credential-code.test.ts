import { hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CodeCertificate,
  CredentialsError,
  codeIdHash,
  credentialFromCode,
  parseCalendarDay,
  reverifyCertificates,
  verifyWorker,
} from '../src/index';
import { ID } from './support/fixtures';

const day = (text: string) => parseCalendarDay(text);
const code = {
  workerId: 4711,
  maskedName: '张*明',
  idHash: hexToBytes(codeIdHash(ID, '9e3779b9')),
  certificates: [
    {
      type: 1,
      number: '',
      authority: 310120,
      validFrom: day('2024-03-01'),
      validTo: day('2030-02-28'),
      nextReview: day('2027-03-01'),
    },
    {
      type: 2,
      number: '沪A072025001234',
      authority: 310000,
      validFrom: day('2025-06-01'),
      validTo: day('2027-05-31'),
    },
  ],
};

describe('signed worker credential mapping', () => {
  it('WC-CRED-037: maps every field of the signed credential one to one', () => {
    expect(credentialFromCode(code)).toEqual({
      workerId: '4711',
      maskedName: '张*明',
      idHash: codeIdHash(ID, '9e3779b9'),
      certificates: [
        {
          type: 'em-welding',
          number: '',
          authority: '310120',
          validFrom: '2024-03-01',
          validTo: '2030-02-28',
          nextReviewDate: '2027-03-01',
        },
        {
          type: 'construction-welder',
          number: '沪A072025001234',
          authority: '310000',
          validFrom: '2025-06-01',
          validTo: '2027-05-31',
        },
      ],
    });
  });

  it('WC-CRED-037: the decoded form (type ids, YYYY-MM-DD days) maps to the same records', () => {
    const decoded = {
      ...code,
      certificates: [
        {
          type: 'em-welding' as const,
          number: '',
          authority: 310120,
          validFrom: '2024-03-01',
          validTo: '2030-02-28',
          nextReview: '2027-03-01',
        },
        {
          type: 'construction-welder' as const,
          number: '沪A072025001234',
          authority: 310000,
          validFrom: '2025-06-01',
          validTo: '2027-05-31',
        },
      ],
    };
    expect(credentialFromCode(decoded)).toEqual(credentialFromCode(code));
    expect(() =>
      credentialFromCode({
        ...decoded,
        certificates: [{ ...(decoded.certificates[1] as CodeCertificate), validTo: '2027-02-30' }],
      }),
    ).toThrow(CredentialsError);
  });

  it('WC-CRED-037: a mapped credential binds to the ID card it was issued for', () => {
    const credential = credentialFromCode(code);
    const at = '2026-06-15T10:00:00+08:00';
    expect(verifyWorker({ workKind: 'ordinary', at, presented: { idNumber: ID }, credential }).decision).toBe(
      'accept',
    );
    expect(
      verifyWorker({ workKind: 'ordinary', at, presented: { idNumber: '320582198511201238' }, credential })
        .reason,
    ).toBe('holder-mismatch');
  });

  it('WC-CRED-037: refuses unknown type codes and day counts out of range with typed errors', () => {
    const bad = (patch: object) => () =>
      credentialFromCode({
        ...code,
        certificates: [{ ...code.certificates[1], ...patch } as (typeof code.certificates)[1]],
      });
    expect(bad({ type: 4 })).toThrow(CredentialsError);
    expect(bad({ validTo: -1 })).toThrow(CredentialsError);
    expect(bad({ validTo: 2_932_897 })).toThrow(CredentialsError);
    expect(bad({ validFrom: 1.5 })).toThrow(CredentialsError);
    expect(() => credentialFromCode({ ...code, idHash: 'x' as unknown as Uint8Array })).toThrow(
      CredentialsError,
    );
  });

  it('WC-CRED-015: the compact id hash keeps its 4-byte salt in front and differs per salt', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 4, maxLength: 4 }), (salt) => {
        const hash = codeIdHash(ID, salt);
        expect(hash).toMatch(/^[0-9a-f]{32}$/);
        expect(hexToBytes(hash.slice(0, 8))).toEqual(salt);
      }),
    );
    expect(() => codeIdHash(ID, '0102')).toThrow(CredentialsError);
  });
});

describe('decoders never crash', () => {
  it('WC-CRED-037: credentialFromCode maps or throws CredentialsError for any input', () => {
    const entry = fc.record({
      type: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.double()),
      number: fc.string({ maxLength: 70 }),
      authority: fc.integer(),
      validFrom: fc.oneof(fc.integer({ min: -5, max: 3_000_000 }), fc.double()),
      validTo: fc.integer({ min: -5, max: 3_000_000 }),
      nextReview: fc.option(fc.integer({ min: -5, max: 3_000_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            workerId: fc.nat(),
            maskedName: fc.string(),
            idHash: fc.uint8Array(),
            certificates: fc.array(entry, { maxLength: 3 }),
          }),
        ),
        (input) => {
          try {
            credentialFromCode(input as never);
          } catch (error) {
            expect(error).toBeInstanceOf(CredentialsError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('WC-CRED-003: batch re-verification of arbitrary records gives a report or a CredentialsError', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 4 }), (records) => {
        try {
          reverifyCertificates(records as never, { at: 0 });
        } catch (error) {
          expect(error).toBeInstanceOf(CredentialsError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('WC-CRED-003: a record that only looks prepared is validated, not trusted', () => {
    expect(() => reverifyCertificates([{ key: false }] as never, { at: 0 })).toThrowError(CredentialsError);
  });
});
