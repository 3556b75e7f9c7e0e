#!/usr/bin/env node
// Packaging gate: publint and are-the-types-wrong on every publishable workspace package
// (packages/* and conformance; private ones are skipped). Packages must be built first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dirs = [...readdirSync('packages').map((name) => join('packages', name)), 'conformance'].filter((dir) =>
  existsSync(join(dir, 'package.json')),
);
let failed = 0;
for (const dir of dirs) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  for (const [tool, args] of [
    ['publint', ['exec', 'publint', '--strict', dir]],
    ['attw', ['exec', 'attw', '--pack', dir, '--format', 'table-flipped']],
  ]) {
    const run = spawnSync('pnpm', args, { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(`check-packages: ${tool} failed for ${manifest.name}`);
      failed += 1;
    }
  }
}
if (failed > 0) process.exit(1);
console.log(`check-packages: publint and attw pass for ${dirs.length} packages`);
