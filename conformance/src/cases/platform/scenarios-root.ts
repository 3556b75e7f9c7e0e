import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The simulator's scenario folder: `packages/simulator/scenarios` in the repository, or the one
 * shipped in an installed `@weldcode/simulator`, whichever is found first walking up from here.
 */
export function defaultScenariosRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const candidate of [
      join(dir, 'packages', 'simulator', 'scenarios'),
      join(dir, 'node_modules', '@weldcode', 'simulator', 'scenarios'),
    ]) {
      if (existsSync(join(candidate, 'scenario.schema.json'))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the simulator scenarios folder was not found');
    dir = parent;
  }
}
