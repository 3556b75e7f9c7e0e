import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../repo-files';
import { REQUIREMENT_ID_PATTERN, type RequirementReference } from './requirement';

/** Where checks live: tests, vectors, and the conformance runner's case definitions. */
const CHECK_FOLDERS = [
  /^packages\/[^/]+\/test\//,
  /^conformance\/test\//,
  /^conformance\/vectors\//,
  /^conformance\/src\/cases\//,
  /^examples\/[^/]+\/test\//,
];
const CHECK_FILES = /\.(ts|mts|cts|js|mjs|json)$/;

/** Every mention of a requirement ID in the repository's tests, vectors and conformance cases. */
export function scanReferences(repoRoot: string): RequirementReference[] {
  const roots = ['packages', 'conformance', 'examples'];
  const files = roots.flatMap((root) =>
    listFiles(join(repoRoot, root), repoRoot, (path) => CHECK_FILES.test(path)).filter((path) =>
      CHECK_FOLDERS.some((folder) => folder.test(path)),
    ),
  );
  const references: RequirementReference[] = [];
  for (const file of files) {
    readFileSync(join(repoRoot, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        for (const match of text.matchAll(REQUIREMENT_ID_PATTERN)) {
          references.push({ id: match[0], file, line: index + 1 });
        }
      });
  }
  return references;
}
