/**
 * The weldcode conformance suite: test vectors with their schemas, and spec coverage.
 *
 * @packageDocumentation
 * @module @weldcode/conformance
 */
export { ConformanceError, type ConformanceErrorCode } from './conformance-error';
export { REQUIREMENT_AREAS, type Requirement, type RequirementReference } from './coverage/requirement';
export { type AreaCoverage, type SpecCoverage, specCoverage } from './coverage/spec-coverage';
export { type LoadVectorsOptions, loadVectorFiles, loadVectors } from './vectors/load-vectors';
export type { VectorCase, VectorFile } from './vectors/vector-file';
export { defaultVectorsRoot } from './vectors/vectors-root';
