import type { RegistryCertificate } from './batch-reverify';
import { certificateKey } from './certificate-record';
import type { RegistryEvidence } from './evidence';
import type { RegistrySource } from './sources';

/**
 * A platform registry held in memory (tests, examples, small deployments).
 *
 * @example
 * ```ts
 * import { createMemoryRegistry } from '@weldcode/credentials';
 * const registry = createMemoryRegistry([{ ...record, status: 'revoked' }]);
 * await registry.lookup(record); // { outcome: 'found', status: 'revoked', ... }
 * ```
 */
export function createMemoryRegistry(records: readonly RegistryCertificate[]): RegistrySource {
  const byKey = new Map(records.map((record) => [certificateKey(record), record]));
  return {
    async lookup(certificate): Promise<RegistryEvidence> {
      const record = byKey.get(certificateKey(certificate));
      if (record === undefined) return { outcome: 'not-found' };
      const answer: RegistryEvidence = {
        outcome: 'found',
        status: record.status ?? 'valid',
        validFrom: record.validFrom,
        validTo: record.validTo,
      };
      if (record.nextReviewDate !== undefined) answer.nextReviewDate = record.nextReviewDate;
      return answer;
    },
  };
}
