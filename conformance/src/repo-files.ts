import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.git', 'docs-site']);

/** Every file below `dir` (skipping build output), as paths relative to `base`, sorted, with `/`. */
export function listFiles(dir: string, base: string, accept: (path: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      return;
    }
    for (const name of names) {
      if (SKIPPED.has(name)) continue;
      const full = join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (accept(full)) found.push(relative(base, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}
