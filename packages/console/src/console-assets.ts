import { fileURLToPath } from 'node:url';

/**
 * The folder of the built web console (`index.html` and its assets), to hand to
 * `startServer({ consoleDir })` of `@weldcode/server`, which then serves it at `/console/`.
 *
 * @example
 * ```ts
 * import { consoleAssetsDir } from '@weldcode/console';
 * import { startServer } from '@weldcode/server';
 *
 * const server = await startServer({ port: 8080, consoleDir: consoleAssetsDir() });
 * console.log(`console at ${server.url}/console/`);
 * ```
 */
export function consoleAssetsDir(): string {
  // The same relative path from src/ (tests, tsx) and from dist/ (the published build).
  return fileURLToPath(new URL('../dist/app', import.meta.url));
}
