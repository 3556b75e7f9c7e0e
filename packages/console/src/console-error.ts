import { WeldcodeError } from '@weldcode/errors';

/** The stable codes of {@link ConsoleError}. */
export type ConsoleErrorCode =
  /** The API answered with a problem document; `details.problemCode` holds the server's `code`. */
  | 'ERR_CONSOLE_API'
  /** The API could not be reached, or answered with something that is not JSON. */
  | 'ERR_CONSOLE_NETWORK'
  /** The session has no token or the server refused it (HTTP 401): log in again. */
  | 'ERR_CONSOLE_UNAUTHENTICATED';

/**
 * What the console's API client throws. Pages show its message; a 401 sends the user back to the
 * login page.
 *
 * @example
 * ```ts
 * import { ConsoleError } from '@weldcode/console';
 *
 * const error = new ConsoleError('ERR_CONSOLE_API', 'alert already closed', {
 *   details: { status: 409, problemCode: 'ERR_SRV_INVALID_STATE' },
 * });
 * console.log(error.code, error.details.problemCode);
 * ```
 */
export class ConsoleError extends WeldcodeError<ConsoleErrorCode> {}
