import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConformanceError } from '../conformance-error';
import { listFiles } from '../repo-files';
import type { Requirement } from './requirement';

/** A definition: the ID in bold at the start of a list item or paragraph. */
const DEFINITION = /^\s*(?:[-*+]\s+|\d+\.\s+)?\*\*(WC-([A-Z]+)-\d{3})\*\*\s*(.*)$/;

/**
 * Every requirement defined in `spec/**\/*.md` below `repoRoot`.
 *
 * @throws {@link ConformanceError} `ERR_SPEC_DUPLICATE_REQUIREMENT` when an ID is defined twice.
 */
export function scanSpec(repoRoot: string): Requirement[] {
  const files = listFiles(join(repoRoot, 'spec'), repoRoot, (path) => path.endsWith('.md'));
  const found = new Map<string, Requirement>();
  for (const file of files) {
    const lines = readFileSync(join(repoRoot, file), 'utf8').split('\n');
    let inFence = false;
    lines.forEach((text, index) => {
      if (/^\s*```/.test(text)) inFence = !inFence;
      const match = inFence ? null : DEFINITION.exec(text);
      if (match === null) return;
      const [, id = '', area = '', rest = ''] = match;
      const previous = found.get(id);
      if (previous !== undefined) {
        throw new ConformanceError(
          'ERR_SPEC_DUPLICATE_REQUIREMENT',
          `${id} is defined in ${previous.file}:${previous.line} and ${file}:${index + 1}`,
          { details: { id, first: `${previous.file}:${previous.line}`, second: `${file}:${index + 1}` } },
        );
      }
      found.set(id, {
        id,
        area,
        file,
        line: index + 1,
        text: rest.trim(),
        withdrawn: /\(withdrawn\)/i.test(rest),
      });
    });
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}
