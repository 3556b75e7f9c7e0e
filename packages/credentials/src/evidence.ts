/** What a registry knows about a certificate, beyond the signed code. */
export interface FoundAnswer {
  outcome: 'found';
  status: 'valid' | 'revoked';
  /** The first day of the current term, when it differs from the code (after a renewal). */
  validFrom?: string;
  /** The registry's last valid day, when it differs from the code (renewal, 延期复核). */
  validTo?: string;
  /** The registry's review date, when it differs from the code (a passed 复审 moves it). */
  nextReviewDate?: string;
}

/** The platform registry's answer for one certificate. */
export type RegistryEvidence = FoundAnswer | { outcome: 'not-found' };

/** An answer the issuing authority's registry gave, stamped with when it was fetched. */
export type AuthorityAnswer = (FoundAnswer | { outcome: 'not-found' }) & {
  /** When the authority answered (ms since the Unix epoch, or an ISO 8601 instant). */
  fetchedAt: number | string;
};

/**
 * The issuing authority's answer for one certificate; `unreachable` may carry the last answer the
 * adapter cached, which decides only within the policy's grace period.
 */
export type AuthorityEvidence = AuthorityAnswer | { outcome: 'unreachable'; lastAnswer?: AuthorityAnswer };

/** Everything the sources said about one certificate. */
export interface CertificateEvidence {
  registry?: RegistryEvidence;
  authority?: AuthorityEvidence;
}

/** Evidence per certificate, keyed by {@link certificateKey} (`type:number`). */
export type EvidenceMap = Readonly<Record<string, CertificateEvidence | undefined>>;
