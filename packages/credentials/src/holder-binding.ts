import type { WorkerCredential } from './certificate-record';
import { CredentialsError } from './credentials-error';
import { type Finding, finding } from './finding';
import { hashesEqual, idNumberMatches } from './holder-hash';
import { checkIdNumber } from './id-number';

/**
 * Who is actually scanning: at least one of the platform's worker id, the ID number read from
 * the worker's card, or its salted hash.
 */
export interface PresentedHolder {
  workerId?: string;
  idNumber?: string;
  idHash?: string;
}

/** Findings of 人证相符: does the presented person hold this credential? */
export function holderFindings(
  credential: WorkerCredential,
  presented: PresentedHolder,
  districtSalt: string | undefined,
): Finding[] {
  if (
    typeof presented !== 'object' ||
    presented === null ||
    (presented.workerId === undefined && presented.idNumber === undefined && presented.idHash === undefined)
  ) {
    throw new CredentialsError(
      'ERR_CRED_INPUT_INVALID',
      'holder binding needs a worker id, ID number or ID hash',
      {
        details: { field: 'presented' },
      },
    );
  }
  const mismatched: string[] = [];
  if (presented.workerId !== undefined && presented.workerId !== credential.workerId)
    mismatched.push('workerId');
  if (presented.idNumber !== undefined) {
    const check = checkIdNumber(presented.idNumber);
    if (!check.valid) return [finding('invalid-id-number', 'reject', null, { problem: check.problem })];
    if (!idNumberMatches(check.normalized, credential.idHash, credential.idSalt ?? districtSalt)) {
      mismatched.push('idNumber');
    }
  }
  if (presented.idHash !== undefined && !hashesEqual(presented.idHash, credential.idHash))
    mismatched.push('idHash');
  return mismatched.length === 0
    ? []
    : [finding('holder-mismatch', 'reject', null, { fields: mismatched.join(',') })];
}
