import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `vectors/` folder of this package, found by walking up from this module, so it works from
 * `src/` in the repository and from `dist/` in an installed package alike.
 */
export function defaultVectorsRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'vectors');
    if (existsSync(join(candidate, 'schema', 'common.schema.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('weldcode conformance vectors folder not found');
    dir = parent;
  }
}
