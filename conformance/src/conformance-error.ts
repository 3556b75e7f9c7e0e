import { WeldcodeError } from '@weldcode/errors';

/** Stable codes of {@link ConformanceError}. */
export type ConformanceErrorCode =
  | 'ERR_VECTOR_FILE_UNREADABLE'
  | 'ERR_VECTOR_SCHEMA_MISSING'
  | 'ERR_VECTOR_SCHEMA_INVALID'
  | 'ERR_VECTOR_DUPLICATE_CASE'
  | 'ERR_SPEC_DUPLICATE_REQUIREMENT';

/** Raised by the vector loader and the spec-coverage scanner. */
export class ConformanceError extends WeldcodeError<ConformanceErrorCode> {}
