import { WeldcodeError } from '@weldcode/errors';

/**
 * Stable codes of {@link ServerError}. Each one is also the `code` member of the RFC 9457 problem
 * document the HTTP API answers with, so clients switch on it instead of parsing messages.
 */
export type ServerErrorCode =
  | 'ERR_SRV_VALIDATION'
  | 'ERR_SRV_MALFORMED_BODY'
  | 'ERR_SRV_UNSUPPORTED_MEDIA_TYPE'
  | 'ERR_SRV_PAYLOAD_TOO_LARGE'
  | 'ERR_SRV_NOT_FOUND'
  | 'ERR_SRV_UNAUTHENTICATED'
  | 'ERR_SRV_FORBIDDEN'
  | 'ERR_SRV_METHOD_NOT_ALLOWED'
  | 'ERR_SRV_CONFLICT'
  | 'ERR_SRV_REFERENCE_NOT_FOUND'
  | 'ERR_SRV_REGISTRY_INVARIANT'
  | 'ERR_SRV_POLICY_VIOLATION'
  | 'ERR_SRV_INVALID_STATE'
  | 'ERR_SRV_RATE_LIMITED'
  | 'ERR_SRV_NOT_READY'
  | 'ERR_SRV_STORAGE_UNAVAILABLE'
  | 'ERR_SRV_STORAGE_SCHEMA_TOO_NEW'
  | 'ERR_SRV_STORAGE_MIGRATION_MISMATCH'
  | 'ERR_SRV_CONFIG'
  | 'ERR_SRV_INTERNAL';

/**
 * Everything the reference server refuses or fails at. Thrown by the storage layer and the route
 * handlers; the HTTP layer turns it into a problem document with {@link ServerError.code}.
 *
 * @example
 * ```ts
 * import { ServerError } from '@weldcode/server';
 *
 * try {
 *   await storage.chips.bind({ chipId, machineId, installer: 'inst-7' });
 * } catch (error) {
 *   if (error instanceof ServerError && error.code === 'ERR_SRV_CONFLICT') console.log(error.details);
 * }
 * ```
 */
export class ServerError extends WeldcodeError<ServerErrorCode> {}
