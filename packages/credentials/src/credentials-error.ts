import { WeldcodeError } from '@weldcode/errors';

/**
 * Stable codes of {@link CredentialsError}. These are thrown for unusable *input*; a certificate
 * that fails verification is a verdict with a reason code, never an exception.
 */
export type CredentialsErrorCode =
  | 'ERR_CRED_DATE_INVALID'
  | 'ERR_CRED_ID_NUMBER_INVALID'
  | 'ERR_CRED_POLICY_INVALID'
  | 'ERR_CRED_INPUT_INVALID'
  | 'ERR_CRED_CERTIFICATE_TYPE_UNKNOWN';

/**
 * The one error class of `@weldcode/credentials`.
 *
 * @example
 * ```ts
 * import { CredentialsError, parseCalendarDay } from '@weldcode/credentials';
 *
 * try {
 *   parseCalendarDay('2026-02-30');
 * } catch (error) {
 *   if (error instanceof CredentialsError && error.code === 'ERR_CRED_DATE_INVALID') console.log(error.details);
 * }
 * ```
 */
export class CredentialsError extends WeldcodeError<CredentialsErrorCode> {}
