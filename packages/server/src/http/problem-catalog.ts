import type { ServerErrorCode } from '../server-error';

/** HTTP status and title of each error code: the problem types this server can answer with. */
export const PROBLEM_CATALOG: Readonly<Record<ServerErrorCode, { status: number; title: string }>> = {
  ERR_SRV_VALIDATION: { status: 400, title: 'The request does not match its schema' },
  ERR_SRV_MALFORMED_BODY: { status: 400, title: 'The request body cannot be parsed' },
  ERR_SRV_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The request body has an unsupported media type' },
  ERR_SRV_PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  ERR_SRV_NOT_FOUND: { status: 404, title: 'No such resource' },
  ERR_SRV_UNAUTHENTICATED: { status: 401, title: 'The request carries no valid credentials' },
  ERR_SRV_FORBIDDEN: { status: 403, title: 'The caller may not do this, or not to this record' },
  ERR_SRV_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  ERR_SRV_CONFLICT: { status: 409, title: 'The request conflicts with an existing record' },
  ERR_SRV_REFERENCE_NOT_FOUND: { status: 422, title: 'The request refers to a record that does not exist' },
  ERR_SRV_REGISTRY_INVARIANT: { status: 422, title: 'The request would break a registry invariant' },
  ERR_SRV_POLICY_VIOLATION: { status: 422, title: 'The request breaks a policy rule' },
  ERR_SRV_INVALID_STATE: { status: 409, title: 'The record is not in a state that allows this' },
  ERR_SRV_RATE_LIMITED: { status: 429, title: 'Too many attempts: wait before trying again' },
  ERR_SRV_NOT_READY: { status: 503, title: 'The server is not ready' },
  ERR_SRV_STORAGE_UNAVAILABLE: { status: 503, title: 'Storage is unavailable' },
  ERR_SRV_STORAGE_SCHEMA_TOO_NEW: { status: 503, title: 'The database was written by a newer server' },
  ERR_SRV_STORAGE_MIGRATION_MISMATCH: { status: 503, title: 'The database migration history differs' },
  ERR_SRV_CONFIG: { status: 500, title: 'The server is misconfigured' },
  ERR_SRV_INTERNAL: { status: 500, title: 'Internal server error' },
};

/** The `type` URI of a problem: a path on this server that describes the code. */
export function problemType(code: ServerErrorCode): string {
  return `/problems/${code}`;
}
