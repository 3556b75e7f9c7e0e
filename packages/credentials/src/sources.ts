import type { CertificateRef } from './certificate-record';
import type { AuthorityEvidence, RegistryEvidence } from './evidence';
import type { CertificateType } from './vocabulary';

/** The platform's own certificate registry. */
export interface RegistrySource {
  lookup(certificate: CertificateRef): Promise<RegistryEvidence>;
}

/**
 * An issuing authority's online registry. Adapters never throw: a failure is `unreachable`,
 * carrying the last answer they cached.
 */
export interface AuthoritySource {
  /** The certificate types this authority issues. */
  readonly types: readonly CertificateType[];
  lookup(certificate: CertificateRef): Promise<AuthorityEvidence>;
}

/** The sources {@link checkWorker} consults besides the signed code. */
export interface CertificateSources {
  registry?: RegistrySource;
  authorities?: readonly AuthoritySource[];
}
