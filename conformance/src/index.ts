/**
 * The weldcode conformance suite: test vectors with their schemas, spec coverage, the testee
 * protocol runner, and signed reports (JSON, JUnit XML, HTML).
 *
 * @packageDocumentation
 * @module @weldcode/conformance
 */

export { VECTOR_AREA_RULES } from './areas/vector-area-rules';
export {
  announcedFeatures,
  CAPABILITY_MANIFEST_SCHEMA,
  type CapabilityManifest,
  CHIP_FEATURES,
  CHIP_TRANSPORTS,
  type ChipFeature,
  type ChipTransport,
  declaredSensorBits,
  PLATFORM_GROUPS,
  type PlatformGroup,
  type PlatformManifest,
  parseCapabilityManifest,
  readCapabilityManifest,
} from './capabilities/capability-manifest';
export { CHIP_CASES } from './cases/chip/chip-cases';
export { PLATFORM_CASES } from './cases/platform/platform-cases';
export { ConformanceError, type ConformanceErrorCode } from './conformance-error';
export { REQUIREMENT_AREAS, type Requirement, type RequirementReference } from './coverage/requirement';
export { type AreaCoverage, type SpecCoverage, specCoverage } from './coverage/spec-coverage';
export { CHIP_CONTROL_VERSION, type ChipHello, type ChipReply } from './profiles/chip/chip-control';
export type { ChipSession, MachineState } from './profiles/chip/chip-session';
export {
  type ChipRun,
  type ChipTransportOption,
  chipSuiteHash,
  type RunChipProfileOptions,
  runChipProfile,
} from './profiles/chip/run-chip-profile';
export { type ChipLink, type ChipLinkEvents, type ChipLinkTarget, openChipLink } from './profiles/chip-link';
export { LabChip, type LabChipOptions } from './profiles/platform/lab-chip';
export { type ApiResponse, PlatformApi } from './profiles/platform/platform-api';
export { PLATFORM_CONTROL_VERSION, type PlatformHello } from './profiles/platform/platform-control';
export type { PlatformKeys, PlatformSession, StoredRecord } from './profiles/platform/platform-session';
export {
  type PlatformRun,
  platformSuiteHash,
  type RunPlatformProfileOptions,
  runPlatformProfile,
} from './profiles/platform/run-platform-profile';
export { CaseFailure, CaseSkipped, check, type ProfileCase, profileSuiteHash } from './profiles/profile-case';
export {
  type LiveProfileRun,
  type ProfileCaseSelection,
  type RunProfileCasesOptions,
  runProfileCases,
} from './profiles/run-profile';
export {
  buildReport,
  type ConformanceReport,
  type ProfileRun,
  REPORT_FORMAT,
  type ReportContext,
} from './report/conformance-report';
export { toHtmlReport } from './report/html-report';
export { toJUnitXml } from './report/junit-report';
export {
  type SignedReport,
  signReport,
  type VerifiedReport,
  verifySignedReport,
} from './report/signed-report';
export { fileHash, suiteHash } from './report/suite-hash';
export { type Approx, type AreaRule, approx, outcomeMatches } from './runner/area-rule';
export {
  type ExpectedFailures,
  parseExpectedFailures,
  readExpectedFailures,
} from './runner/expected-failures';
export {
  type RunVectorsOptions,
  runVectorsProfile,
  type VectorsRun,
} from './runner/run-vectors';
export {
  type CaseMessage,
  type ResultMessage,
  TESTEE_PROTOCOL_VERSION,
  type TesteeHello,
} from './runner/testee-messages';
export type { TesteeCommand } from './runner/testee-process';
export {
  type CaseResult,
  countVerdicts,
  FAILING_VERDICTS,
  type Verdict,
  type VerdictCounts,
} from './runner/verdict';
export { type LoadVectorsOptions, loadVectorFiles, loadVectors } from './vectors/load-vectors';
export type { VectorCase, VectorFile } from './vectors/vector-file';
export { defaultVectorsRoot } from './vectors/vectors-root';
