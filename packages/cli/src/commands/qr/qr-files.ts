import { readFileSync } from 'node:fs';
import { CliError } from '../../cli-error';

/** Reads a file the user named, as a typed CLI error when it cannot. */
export function readInput(path: string): Buffer {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (cause) {
    throw new CliError('ERR_CLI_BAD_INPUT', `cannot read ${path}`, { cause });
  }
}

/** Reads and parses a JSON file the user named. */
export function readJson(path: string): unknown {
  try {
    return JSON.parse(readInput(path).toString('utf8'));
  } catch (cause) {
    if (cause instanceof CliError) throw cause;
    throw new CliError('ERR_CLI_BAD_INPUT', `${path} is not JSON`, { cause });
  }
}

/** An integer option (Unix seconds, counts). */
export function integer(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new CliError('ERR_CLI_BAD_INPUT', `${value} is not a non-negative integer`);
  }
  return number;
}
