/** Replaced at build time by tsup's `define`; the source value serves `tsx` runs in the repository. */
declare const __WELDCODE_CLI_VERSION__: string | undefined;

export const CLI_VERSION: string =
  typeof __WELDCODE_CLI_VERSION__ === 'string' ? __WELDCODE_CLI_VERSION__ : '0.0.0-dev';
