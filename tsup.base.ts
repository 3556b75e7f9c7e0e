import { defineConfig, type Options } from 'tsup';

/**
 * Shared build for every published package: ESM first, a CJS twin, `.d.ts` for both.
 * A package may add entries (for example a `bin`) by passing overrides.
 */
export function packageBuild(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
    splitting: false,
    ...overrides,
  });
}
