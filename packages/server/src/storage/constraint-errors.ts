import { ServerError } from '../server-error';

/** SQLite reports constraint failures by `code`, PostgreSQL by SQLSTATE; both land here. */
const KINDS: Record<string, 'unique' | 'reference' | 'check'> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'reference',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'check',
  '23505': 'unique',
  '23503': 'reference',
  '23514': 'check',
  '23502': 'check',
};

/**
 * Turns a driver's constraint violation into the {@link ServerError} a client can act on; any
 * other failure becomes `ERR_SRV_STORAGE_UNAVAILABLE`. ServerErrors pass through unchanged.
 */
export function storageError(error: unknown, what: string): ServerError {
  if (error instanceof ServerError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const kind = typeof code === 'string' ? KINDS[code] : undefined;
  if (kind === 'unique') {
    return new ServerError('ERR_SRV_CONFLICT', `${what} conflicts with an existing record`, { cause: error });
  }
  if (kind === 'reference') {
    return new ServerError('ERR_SRV_REFERENCE_NOT_FOUND', `${what} refers to a record that does not exist`, {
      cause: error,
    });
  }
  if (kind === 'check') {
    return new ServerError('ERR_SRV_VALIDATION', `${what} breaks a storage constraint`, { cause: error });
  }
  return new ServerError('ERR_SRV_STORAGE_UNAVAILABLE', `storage failed while handling ${what}`, {
    cause: error,
  });
}
