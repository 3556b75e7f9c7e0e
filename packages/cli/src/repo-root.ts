import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from './cli-error';

/** The weldcode checkout containing `start`: the nearest folder above it with `spec/README.md`. */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'spec', 'README.md')) && existsSync(join(dir, 'conformance'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new CliError('ERR_CLI_NOT_IN_REPOSITORY', `no weldcode checkout (spec/README.md) above ${start}`);
    }
    dir = parent;
  }
}
