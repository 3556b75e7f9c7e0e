import { WeldcodeError } from '@weldcode/errors';

/** Stable codes of {@link CliError}. */
export type CliErrorCode =
  | 'ERR_CLI_NOT_IN_REPOSITORY'
  | 'ERR_CLI_CHECK_FAILED'
  | 'ERR_CLI_BAD_INPUT'
  | 'ERR_CLI_BAD_KEY';

/** A command could not do its job; the message is meant for the person at the terminal. */
export class CliError extends WeldcodeError<CliErrorCode> {}
