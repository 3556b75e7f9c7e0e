/**
 * Welder certificate verification for weldcode (以码管人): the three certificates, policy as
 * versioned data, holder binding (人证相符), the sources' precedence and 临期/到期 re-verification.
 *
 * @packageDocumentation
 * @module @weldcode/credentials
 */
export {
  type LapseAlert,
  type LapseStatus,
  type PreparedRegistryCertificate,
  prepareRegistry,
  type RegistryCertificate,
  type ReverifyOptions,
  type ReverifyReport,
  reverifyCertificates,
} from './batch-reverify';
export {
  addYears,
  type EpochDay,
  formatCalendarDay,
  parseCalendarDay,
  shanghaiDay,
} from './calendar-day';
export {
  type CertificateRecord,
  type CertificateRef,
  certificateKey,
  type PreparedCertificate,
  prepareCertificate,
  type WorkerCredential,
} from './certificate-record';
export { checkWorker } from './check-worker';
export { type CodeCertificate, type CodeCredential, credentialFromCode } from './credential-code';
export { CredentialsError, type CredentialsErrorCode } from './credentials-error';
export { DEFAULT_POLICY } from './default-policy';
export type {
  AuthorityAnswer,
  AuthorityEvidence,
  CertificateEvidence,
  EvidenceMap,
  FoundAnswer,
  RegistryEvidence,
} from './evidence';
export type { Finding } from './finding';
export type { PresentedHolder } from './holder-binding';
export { codeIdHash, hashIdNumber } from './holder-hash';
export { createHttpAuthoritySource, type HttpAuthorityOptions } from './http-authority-source';
export {
  checkIdNumber,
  type IdNumberCheck,
  type IdNumberProblem,
  idNumberCheckDigit,
  maskIdNumber,
  maskName,
  normalizeIdNumber,
} from './id-number';
export type { Instant } from './instant';
export { createMemoryRegistry } from './memory-registry';
export { describeFinding, explainVerdict, type Language, REASON_MESSAGES } from './messages';
export { type CertificateRule, type CredentialPolicy, parsePolicy, policyLabel } from './policy';
export { type FindingSeverity, REASON_CODES, type ReasonCode } from './reason-codes';
export type { AuthoritySource, CertificateSources, RegistrySource } from './sources';
export { reverifyReportToJson, type VerdictJson, verdictToJson } from './verdict-json';
export { type Decision, type Verdict, type VerifyRequest, verifyWorker } from './verify-worker';
export {
  CERTIFICATE_TYPES,
  type CertificateType,
  certificateTypeCode,
  certificateTypeFromCode,
  WORK_KINDS,
  type WorkKind,
} from './vocabulary';
