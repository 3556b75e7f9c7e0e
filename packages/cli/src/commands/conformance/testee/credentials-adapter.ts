import {
  type CredentialPolicy,
  checkIdNumber,
  codeIdHash,
  hashIdNumber,
  maskIdNumber,
  parsePolicy,
  type RegistryCertificate,
  reverifyCertificates,
  reverifyReportToJson,
  type VerifyRequest,
  verdictToJson,
  verifyWorker,
} from '@weldcode/credentials';
import { errorOutcome } from './error-outcome';

type CredentialsVector = Record<string, unknown> & { kind: string };
type Policies = Record<string, CredentialPolicy>;

function policyOf(policies: Policies, name: unknown): CredentialPolicy {
  return parsePolicy(policies[String(name)]);
}

function request(v: CredentialsVector, policies: Policies): VerifyRequest {
  const { policy, ...rest } = v.request as Omit<VerifyRequest, 'policy'> & { policy: string };
  return { ...rest, policy: policyOf(policies, policy) };
}

function idNumber(v: CredentialsVector): unknown {
  const input = v.input as string;
  const result = checkIdNumber(input);
  return {
    valid: result.valid,
    ...(result.valid ? { normalized: result.normalized } : { problem: result.problem }),
    masked: maskIdNumber(input),
    ...(v.hash === undefined ? {} : { hash: hashIdNumber(input, v.salt as string) }),
    ...(v.codeHash === undefined ? {} : { codeHash: codeIdHash(input, (v.codeHash as string).slice(0, 8)) }),
  };
}

/** The credentials area of our testee (spec/conformance.md §5.3), run on @weldcode/credentials. */
export function credentialsOutcome(v: CredentialsVector, context: { policies?: Policies }): unknown {
  const policies = context.policies ?? {};
  switch (v.kind) {
    case 'verify':
      return { verdict: verdictToJson(verifyWorker(request(v, policies))) };
    case 'error':
      return errorOutcome(() => verifyWorker(request(v, policies)));
    case 'id-number':
      return idNumber(v);
    case 'reverify': {
      const options = { at: v.at as string, policy: policyOf(policies, v.policy) };
      return {
        report: reverifyReportToJson(reverifyCertificates(v.certificates as RegistryCertificate[], options)),
      };
    }
    case 'policy':
      return errorOutcome(() => parsePolicy(v.document));
    default:
      return undefined;
  }
}
