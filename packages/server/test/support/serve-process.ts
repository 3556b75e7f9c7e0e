import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `packages/cli/src/bin.ts` is run from. */
export const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * Runs `weldcode serve <args>` from the sources in a child process and resolves once it prints
 * the URL it listens on (rejects if it exits first). `nodeArgs` go to node itself (benchmarks
 * pass `--cpu-prof`).
 */
export async function spawnServe(
  args: string[],
  timeoutMs = 30_000,
  nodeArgs: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', 'packages/cli/src/bin.ts', 'serve', ...args],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      // tsx hands its (relative) tsconfig path down to children: resolve it from the repository root
      env: { ...process.env, TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.json') },
    },
  );
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const deadline = Date.now() + timeoutMs;
  while (!stdout.includes('listening on')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`weldcode serve did not start: ${stdout}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return child;
}
