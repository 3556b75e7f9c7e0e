export { createFence, type FenceInput, GeofenceError } from '../../src/index';

/** True for an `ERR_GEO_*` code string. */
export function isWeldcodeErrorLike(code: string): boolean {
  return /^ERR_GEO_[A-Z_]+$/.test(code);
}
