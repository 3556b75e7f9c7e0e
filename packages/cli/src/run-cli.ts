import { isWeldcodeError } from '@weldcode/errors';
import { CommanderError } from 'commander';
import { type CliIo, processIo } from './cli-io';
import { createProgram } from './program';

/**
 * Runs `weldcode` with `args` (without the node and script paths) and resolves to the exit code:
 * 0 success, 1 a check failed or input was bad (the error's `ERR_*` code is printed), 2 usage.
 *
 * @example
 * ```ts
 * import { runCli } from '@weldcode/cli';
 *
 * const code = await runCli(['conformance', 'vectors', '--json']);
 * process.exitCode = code;
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = createProgram(io);
  program.exitOverride();
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isWeldcodeError(error)) {
      io.err(`error ${error.code}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
