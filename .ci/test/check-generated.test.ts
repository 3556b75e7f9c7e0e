import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const gate = fileURLToPath(new URL('../check-generated.mjs', import.meta.url));

/** A throw-away git repository whose "generator" writes `generated.txt` with fixed content. */
function repoWithGenerated(committed: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'weldcode-gen-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(
    join(dir, 'generate.mjs'),
    "import { writeFileSync } from 'node:fs';\nwriteFileSync('generated.txt', 'v1\\n');\n",
  );
  writeFileSync(join(dir, 'generated.txt'), committed);
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
  return dir;
}

function runGate(dir: string) {
  return spawnSync(process.execPath, [gate, process.execPath, 'generate.mjs'], {
    cwd: dir,
    encoding: 'utf8',
  });
}

describe('generated-code gate (.ci/check-generated.mjs)', () => {
  it('passes when the committed output equals what the generator writes', () => {
    const run = runGate(repoWithGenerated('v1\n'));
    expect(run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  });

  it('fails when committed generated code differs from a fresh generation', () => {
    const run = runGate(repoWithGenerated('v1 edited by hand\n'));
    expect(run.stderr).toContain('generated.txt');
    expect(run.status).toBe(1);
  });

  it('fails when the generator itself fails', () => {
    const dir = repoWithGenerated('v1\n');
    writeFileSync(join(dir, 'generate.mjs'), 'process.exit(3);\n');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qam', 'break'], {
      cwd: dir,
    });
    expect(runGate(dir).status).toBe(1);
  });
});
