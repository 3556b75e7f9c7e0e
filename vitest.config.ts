import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SummaryLineReporter } from './.ci/vitest-summary-reporter.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every workspace folder that holds tests becomes one vitest project named after it. */
function projectDirs(): string[] {
  const dirs = ['conformance', '.ci'];
  for (const parent of ['packages', 'examples']) {
    if (!existsSync(`${root}${parent}`)) continue;
    for (const name of readdirSync(`${root}${parent}`)) dirs.push(`${parent}/${name}`);
  }
  return dirs.filter((dir) => existsSync(`${root}${dir}/test`));
}

/** Tests import sibling packages from source, so `pnpm test` needs no build step. */
function sourceAliases(): Record<string, string> {
  const aliases: Record<string, string> = {
    '@weldcode/conformance': `${root}conformance/src/index.ts`,
  };
  for (const name of readdirSync(`${root}packages`)) {
    if (existsSync(`${root}packages/${name}/src/index.ts`)) {
      aliases[`@weldcode/${name}`] = `${root}packages/${name}/src/index.ts`;
    }
  }
  return aliases;
}

export default defineConfig({
  resolve: { alias: sourceAliases() },
  test: {
    reporters: ['default', new SummaryLineReporter()],
    // CI machines share two cores with builds; property tests and process-spawning tests need room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: projectDirs().map((dir) => ({
      extends: true,
      test: { name: dir, root: `${root}${dir}`, include: ['test/**/*.test.ts'] },
    })),
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**', 'conformance/src/**'],
      reporter: ['text-summary', 'html'],
    },
  },
});
