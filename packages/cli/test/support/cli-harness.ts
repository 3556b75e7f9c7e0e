import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/index';

export const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/** A `CliIo` that records what a command prints. */
export function capture(cwd = repoRoot): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    interactive: false,
    cwd,
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}

/** Writes `files` (path → content) into a fresh temporary folder. */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'weldcode-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
