/**
 * The `weldcode` command-line tool, also usable as a library to embed or test its commands.
 *
 * @packageDocumentation
 * @module @weldcode/cli
 */

export { CliError, type CliErrorCode } from './cli-error';
export type { CliIo } from './cli-io';
export { createProgram } from './program';
export { runCli } from './run-cli';
