import { WeldcodeError } from '@weldcode/errors';

/** Stable codes of {@link ConformanceError}. */
export type ConformanceErrorCode =
  | 'ERR_VECTOR_FILE_UNREADABLE'
  | 'ERR_VECTOR_SCHEMA_MISSING'
  | 'ERR_VECTOR_SCHEMA_INVALID'
  | 'ERR_VECTOR_DUPLICATE_CASE'
  | 'ERR_SPEC_DUPLICATE_REQUIREMENT'
  | 'ERR_TESTEE_HELLO'
  | 'ERR_TESTEE_MESSAGE'
  | 'ERR_TESTEE_TIMEOUT'
  | 'ERR_TESTEE_EXITED'
  | 'ERR_EXPECTED_FAILURES_INVALID'
  | 'ERR_EXPECTED_FAILURE_UNKNOWN_CASE'
  | 'ERR_REPORT_FORMAT'
  | 'ERR_REPORT_KID'
  | 'ERR_REPORT_SIGNATURE'
  | 'ERR_REPORT_SIGNER'
  | 'ERR_CAPABILITIES_INVALID'
  | 'ERR_CHIP_CONTROL'
  | 'ERR_CHIP_TRANSPORT'
  | 'ERR_PLATFORM_CONTROL'
  | 'ERR_PLATFORM_SETUP'
  | 'ERR_UNKNOWN_CASE';

/** Raised by the vector loader, the spec-coverage scanner, the runner and the report tools. */
export class ConformanceError extends WeldcodeError<ConformanceErrorCode> {}
