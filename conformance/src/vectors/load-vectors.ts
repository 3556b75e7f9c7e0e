import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { ConformanceError } from '../conformance-error';
import { listFiles } from '../repo-files';
import type { VectorCase, VectorFile } from './vector-file';
import { defaultVectorsRoot } from './vectors-root';

/** Options of {@link loadVectorFiles}. */
export interface LoadVectorsOptions {
  /** The vectors folder; defaults to the one shipped with this package. */
  root?: string;
  /** Only files of this area folder (`protocol`, `qr`, ...). */
  area?: string;
  /** Called after each file validates, with its index and the number of files (progress bars). */
  onFile?: (path: string, index: number, total: number) => void;
}

function compileSchemas(root: string): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const schemaDir = join(root, 'schema');
  const names = readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json'));
  for (const name of names) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, name), 'utf8')), name);
  const validators = new Map<string, ValidateFunction>();
  for (const name of names) {
    if (name === 'common.schema.json') continue;
    validators.set(name.replace(/\.schema\.json$/, ''), ajv.getSchema(name) as ValidateFunction);
  }
  return validators;
}

function readJson(root: string, path: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, path), 'utf8'));
  } catch (cause) {
    throw new ConformanceError('ERR_VECTOR_FILE_UNREADABLE', `cannot read vector file ${path}`, {
      cause,
      details: { path },
    });
  }
}

/**
 * Reads and validates vector files: each `<area>/*.json` against `schema/<area>.schema.json`
 * (which rejects unknown keys), and case ids unique across all files read.
 *
 * @throws {@link ConformanceError} `ERR_VECTOR_SCHEMA_MISSING`, `ERR_VECTOR_SCHEMA_INVALID`,
 *   `ERR_VECTOR_DUPLICATE_CASE` or `ERR_VECTOR_FILE_UNREADABLE`.
 * @example
 * ```ts
 * import { loadVectorFiles } from '@weldcode/conformance';
 *
 * for (const file of loadVectorFiles({ area: 'qr' })) {
 *   for (const vector of file.cases) console.log(vector.id, vector.requirements.join(' '));
 * }
 * ```
 */
export function loadVectorFiles(options: LoadVectorsOptions = {}): VectorFile[] {
  const root = options.root ?? defaultVectorsRoot();
  const validators = compileSchemas(root);
  const paths = listFiles(root, root, (path) => path.endsWith('.json')).filter(
    (path) =>
      !path.startsWith('schema/') && (options.area === undefined || path.startsWith(`${options.area}/`)),
  );
  const seen = new Map<string, string>();
  return paths.map((path, index) => {
    const area = path.split('/')[0] ?? '';
    const validate = validators.get(area);
    if (validate === undefined || !path.includes('/')) {
      throw new ConformanceError('ERR_VECTOR_SCHEMA_MISSING', `no schema/${area}.schema.json for ${path}`, {
        details: { path, area },
      });
    }
    const data = readJson(root, path);
    if (!validate(data)) {
      throw new ConformanceError('ERR_VECTOR_SCHEMA_INVALID', `${path} does not match ${area}.schema.json`, {
        details: { path, errors: validate.errors },
      });
    }
    const file = { path, area, ...(data as Omit<VectorFile, 'path' | 'area'>) };
    for (const vector of file.cases) {
      const previous = seen.get(vector.id);
      if (previous !== undefined) {
        throw new ConformanceError(
          'ERR_VECTOR_DUPLICATE_CASE',
          `case ${vector.id} in ${path} and ${previous}`,
          {
            details: { id: vector.id, path, previous },
          },
        );
      }
      seen.set(vector.id, path);
    }
    options.onFile?.(path, index, paths.length);
    return file;
  });
}

/**
 * All cases of one area, flattened across its files, typed by the caller.
 *
 * @example
 * ```ts
 * import { loadVectors, type VectorCase } from '@weldcode/conformance';
 *
 * interface FrameCase extends VectorCase { hex: string; error?: string }
 * const cases = loadVectors<FrameCase>('protocol');
 * ```
 */
export function loadVectors<C extends VectorCase = VectorCase>(area: string, root?: string): C[] {
  const options: LoadVectorsOptions = root === undefined ? { area } : { area, root };
  return loadVectorFiles(options).flatMap((file) => file.cases as C[]);
}
