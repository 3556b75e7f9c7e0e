import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../repo-files';

/**
 * The suite hash of WC-CONF-012: SHA-256 over every vector and schema file sorted by path, each
 * as path bytes, 0x00, file bytes, 0x00. Independent of the machine and of file timestamps.
 *
 * @example
 * ```ts
 * import { defaultVectorsRoot, suiteHash } from '@weldcode/conformance';
 *
 * console.log(suiteHash(defaultVectorsRoot()));
 * ```
 */
export function suiteHash(vectorsRoot: string): string {
  const hash = createHash('sha256');
  const separator = Buffer.from([0]);
  for (const path of listFiles(vectorsRoot, vectorsRoot, (file) => file.endsWith('.json'))) {
    hash.update(Buffer.from(path, 'utf8')).update(separator);
    hash.update(readFileSync(join(vectorsRoot, path))).update(separator);
  }
  return hash.digest('hex');
}

/** SHA-256 of one file, lowercase hex (used for the expected-failure list). */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
