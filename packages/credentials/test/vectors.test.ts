import { loadVectorFiles, type VectorCase } from '@weldcode/conformance';
import { describe, expect, it } from 'vitest';
import {
  type CredentialPolicy,
  checkIdNumber,
  codeIdHash,
  hashIdNumber,
  maskIdNumber,
  parsePolicy,
  REASON_CODES,
  type RegistryCertificate,
  reverifyCertificates,
  type VerifyRequest,
  verifyWorker,
} from '../src/index';
import { toVectorReport, toVectorVerdict, type VectorVerdict } from './support/vector-verdict';

type Request = Omit<VerifyRequest, 'policy'> & { policy: string };
interface Case extends VectorCase {
  kind: 'verify' | 'error' | 'id-number' | 'reverify' | 'policy';
  request?: Request;
  expected?: unknown;
  errorCode?: string;
  input?: string;
  valid?: boolean;
  normalized?: string;
  problem?: string;
  masked?: string;
  salt?: string;
  hash?: string;
  codeHash?: string;
  at?: string;
  policy?: string;
  certificates?: RegistryCertificate[];
  document?: unknown;
}

const files = loadVectorFiles({ area: 'credentials' });
const cases = files.flatMap((file) =>
  file.cases.map((c) => ({
    c: c as Case,
    policies: (file as unknown as { policies?: Record<string, CredentialPolicy> }).policies ?? {},
  })),
);
const title = (c: Case) => `${c.requirements.join(' ')}: ${c.id}`;

function policyOf(policies: Record<string, CredentialPolicy>, name: string): CredentialPolicy {
  const policy = policies[name];
  if (policy === undefined) throw new Error(`vector names unknown policy ${name}`);
  return parsePolicy(policy);
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('credentials vectors', () => {
  it('WC-CRED-034: has at least 50 cases and covers every reason code', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const seen = new Set(
      cases.flatMap(({ c }) =>
        ((c.expected as VectorVerdict | undefined)?.findings ?? []).map((f) => f.code),
      ),
    );
    expect([...seen].sort()).toEqual([...REASON_CODES].sort());
  });

  for (const { c, policies } of cases) {
    it(title(c), () => {
      switch (c.kind) {
        case 'verify': {
          const request = c.request as Request;
          const verdict = verifyWorker({ ...request, policy: policyOf(policies, request.policy) });
          expect(toVectorVerdict(verdict)).toEqual(c.expected);
          break;
        }
        case 'error': {
          const request = c.request as Request;
          expect(codeOf(() => verifyWorker({ ...request, policy: policyOf(policies, request.policy) }))).toBe(
            c.errorCode,
          );
          break;
        }
        case 'id-number': {
          const result = checkIdNumber(c.input as string);
          expect(result.valid).toBe(c.valid);
          if (result.valid) expect(result.normalized).toBe(c.normalized);
          else expect(result.problem).toBe(c.problem);
          expect(maskIdNumber(c.input as string)).toBe(c.masked);
          if (c.hash !== undefined) expect(hashIdNumber(c.input as string, c.salt as string)).toBe(c.hash);
          if (c.codeHash !== undefined)
            expect(codeIdHash(c.input as string, c.codeHash.slice(0, 8))).toBe(c.codeHash);
          break;
        }
        case 'reverify': {
          const report = reverifyCertificates(c.certificates as RegistryCertificate[], {
            at: c.at as string,
            policy: policyOf(policies, c.policy as string),
          });
          expect(toVectorReport(report)).toEqual(c.expected);
          break;
        }
        case 'policy': {
          const code = codeOf(() => parsePolicy(c.document));
          expect(code).toBe(c.valid ? undefined : c.errorCode);
          break;
        }
      }
    });
  }
});
