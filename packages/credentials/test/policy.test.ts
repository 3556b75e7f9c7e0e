import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CredentialsError, DEFAULT_POLICY, parsePolicy, policyLabel, verifyWorker } from '../src/index';

const schema = JSON.parse(readFileSync(new URL('../schema/policy.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

function parses(document: unknown): boolean {
  try {
    parsePolicy(document);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).code).toBe('ERR_CRED_POLICY_INVALID');
    return false;
  }
}

const clone = () => JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Record<string, unknown>;

/** Mutations a careless district editor could make to a policy document. */
const mutation = fc.oneof(
  fc.record({
    path: fc.constantFrom(
      'policyId',
      'version',
      'publisher',
      'suspiciousNumber',
      'effectiveFrom',
      'description',
    ),
    value: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null)),
  }),
  fc.record({
    path: fc.constantFrom('warningHorizonsDays'),
    value: fc.array(fc.integer({ min: -5, max: 4000 }), { maxLength: 9 }),
  }),
  fc.record({
    path: fc.constantFrom('authority'),
    value: fc.record({
      required: fc.oneof(fc.boolean(), fc.constant(1)),
      graceHours: fc.integer({ min: -2, max: 800 }),
    }),
  }),
  fc.record({
    path: fc.constantFrom('workKinds.ordinary', 'workKinds.special-equipment'),
    value: fc.array(
      fc.constantFrom('em-welding', 'construction-welder', 'special-equipment-welding', 'electrician'),
      { maxLength: 4 },
    ),
  }),
  fc.record({
    path: fc.constantFrom('certificates.em-welding.termYears', 'certificates.em-welding.reviewIntervalYears'),
    value: fc.oneof(fc.integer({ min: -1, max: 60 }), fc.constant(null), fc.constant(2.5)),
  }),
  fc.record({
    path: fc.constantFrom('extra', 'certificates.plumber', 'authority.retries'),
    value: fc.integer(),
  }),
);

function apply(document: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  let target = document;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  target[parts[parts.length - 1] as string] = value;
  return document;
}

describe('policy documents', () => {
  it('WC-CRED-008: the shipped default policy is valid against the published JSON Schema', () => {
    expect(validate(DEFAULT_POLICY)).toBe(true);
    expect(parses(DEFAULT_POLICY)).toBe(true);
  });

  it('WC-CRED-008: parsePolicy accepts exactly the documents the JSON Schema accepts', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const document = clone();
        for (const { path, value } of mutations) apply(document, path, value);
        expect(parses(document)).toBe(validate(document));
      }),
      { numRuns: 500 },
    );
  });

  it('WC-CRED-008: a pattern that is not a regular expression is refused (the schema cannot tell)', () => {
    const document = apply(clone(), 'certificates.em-welding.numberPatterns', ['([']);
    expect(parses(document)).toBe(false);
  });

  it('WC-CRED-009: a district policy decides and is named in the verdict', () => {
    const district = parsePolicy({
      ...DEFAULT_POLICY,
      policyId: 'fengxian-example',
      version: '2026.3',
      workKinds: { ...DEFAULT_POLICY.workKinds, 'construction-site': ['em-welding'] },
    });
    expect(policyLabel(district)).toBe('fengxian-example@2026.3');
    const verdict = verifyWorker({
      workKind: 'construction-site',
      at: '2026-06-15T10:00:00+08:00',
      presented: { workerId: 'w-1' },
      policy: district,
      credential: {
        workerId: 'w-1',
        idHash: '00',
        certificates: [
          {
            type: 'em-welding',
            number: 'T11010519491231002X',
            authority: 'x',
            validFrom: '2025-01-01',
            validTo: '2030-12-31',
            nextReviewDate: '2028-01-01',
          },
        ],
      },
    });
    expect(verdict.decision).toBe('accept');
    expect(verdict.policy).toEqual({ policyId: 'fengxian-example', version: '2026.3' });
  });
});
