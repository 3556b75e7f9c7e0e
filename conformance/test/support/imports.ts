import { isWeldcodeError } from '@weldcode/errors';
import { ConformanceError } from '../../src/index';

export * from '../../src/index';

/** Narrows to the conformance package's own error type. */
export function isConformanceError(value: unknown): value is ConformanceError {
  return isWeldcodeError(value) && value instanceof ConformanceError;
}
