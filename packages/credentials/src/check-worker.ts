import { certificateKey } from './certificate-record';
import { DEFAULT_POLICY } from './default-policy';
import type { AuthorityEvidence, CertificateEvidence } from './evidence';
import { compilePolicy } from './policy';
import type { CertificateSources } from './sources';
import { type Verdict, type VerifyRequest, verifyWorker } from './verify-worker';

async function askAuthority(
  sources: CertificateSources,
  certificate: VerifyRequest['credential']['certificates'][number],
): Promise<AuthorityEvidence | undefined> {
  const authority = sources.authorities?.find((source) => source.types.includes(certificate.type));
  if (authority === undefined) return undefined;
  try {
    return await authority.lookup(certificate);
  } catch {
    return { outcome: 'unreachable' };
  }
}

/**
 * Gathers evidence from the platform registry and the issuing authorities (in parallel, for the
 * certificates the work kind accepts), then decides with {@link verifyWorker}. A source that
 * throws counts as unreachable, so the policy's fail-closed rule applies.
 *
 * @example
 * ```ts
 * import { checkWorker, createHttpAuthoritySource, createMemoryRegistry } from '@weldcode/credentials';
 *
 * const verdict = await checkWorker(request, {
 *   registry: createMemoryRegistry(records),
 *   authorities: [createHttpAuthoritySource({ types: ['em-welding'], url: (c) => `https://example.org/cert/${c.number}` })],
 * });
 * ```
 */
export async function checkWorker(
  request: Omit<VerifyRequest, 'evidence'>,
  sources: CertificateSources,
): Promise<Verdict> {
  const policy = compilePolicy(request.policy ?? DEFAULT_POLICY);
  const accepted = policy.accepted[request.workKind];
  const certificates = Array.isArray(request.credential?.certificates) ? request.credential.certificates : [];
  const evidence: Record<string, CertificateEvidence> = {};
  await Promise.all(
    certificates
      .filter((certificate) => accepted?.has(certificate.type) === true)
      .map(async (certificate) => {
        const [registry, authority] = await Promise.all([
          sources.registry?.lookup(certificate),
          askAuthority(sources, certificate),
        ]);
        const entry: CertificateEvidence = {};
        if (registry !== undefined) entry.registry = registry;
        if (authority !== undefined) entry.authority = authority;
        evidence[certificateKey(certificate)] = entry;
      }),
  );
  return verifyWorker({ ...request, evidence });
}
