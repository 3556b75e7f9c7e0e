import { CredentialsError } from './credentials-error';
import type { AuthorityAnswer, AuthorityEvidence, RegistryEvidence } from './evidence';

function malformed(source: string, why: string): CredentialsError {
  return new CredentialsError('ERR_CRED_INPUT_INVALID', `malformed ${source} evidence: ${why}`, {
    details: { source },
  });
}

function answer(value: unknown, source: string): AuthorityAnswer | RegistryEvidence {
  if (typeof value !== 'object' || value === null) throw malformed(source, 'expected an object');
  const outcome = (value as { outcome?: unknown }).outcome;
  if (outcome === 'not-found') return value as RegistryEvidence;
  if (outcome !== 'found') throw malformed(source, 'unknown outcome');
  const status = (value as { status?: unknown }).status;
  if (status !== 'valid' && status !== 'revoked') throw malformed(source, 'unknown status');
  return value as RegistryEvidence;
}

/** A registry answer as typed, or a typed error: sources are other people's code. */
export function checkedRegistry(value: unknown): RegistryEvidence | undefined {
  return value === undefined ? undefined : (answer(value, 'registry') as RegistryEvidence);
}

/** An authority answer as typed, or a typed error. */
export function checkedAuthority(value: unknown): AuthorityEvidence | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value === 'object' &&
    value !== null &&
    (value as { outcome?: unknown }).outcome === 'unreachable'
  ) {
    const last = (value as { lastAnswer?: unknown }).lastAnswer;
    if (last !== undefined) answer(last, 'authority');
    return value as AuthorityEvidence;
  }
  return answer(value, 'authority') as AuthorityAnswer;
}
