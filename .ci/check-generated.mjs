#!/usr/bin/env node
// Generated-code gate: regenerate everything generated (protobuf modules, OpenAPI document, ...)
// and fail if that changed the working tree. Usage: node .ci/check-generated.mjs [command ...]
// (default command: `pnpm run generate`). Run from the repository root.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

function treeState() {
  const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
    encoding: 'utf8',
  });
  const diff = execFileSync('git', ['diff', '--binary', 'HEAD'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status, hash: createHash('sha256').update(status).update(diff).digest('hex') };
}

const command = process.argv.length > 2 ? process.argv.slice(2) : ['pnpm', 'run', 'generate'];
const before = treeState();
const run = spawnSync(command[0], command.slice(1), {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (run.status !== 0) {
  console.error(`check-generated: "${command.join(' ')}" failed (exit ${run.status})`);
  process.exit(1);
}
const after = treeState();
if (after.hash !== before.hash) {
  console.error('check-generated: regenerating changed the tree; commit the regenerated files:');
  console.error(execFileSync('git', ['status', '--short', '--untracked-files=all'], { encoding: 'utf8' }));
  execFileSync('git', ['--no-pager', 'diff', '--stat'], { stdio: 'inherit' });
  process.exit(1);
}
console.log('check-generated: generated files are up to date');
