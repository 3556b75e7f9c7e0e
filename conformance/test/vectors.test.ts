import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultVectorsRoot, isConformanceError, loadVectorFiles } from './support/imports';
import { tempTree } from './support/temp-tree';

const common = readFileSync(join(defaultVectorsRoot(), 'schema', 'common.schema.json'), 'utf8');
const demoSchema = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['description', 'cases'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    description: { $ref: 'common.schema.json#/$defs/description' },
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'description', 'requirements', 'hex'],
        additionalProperties: false,
        properties: {
          id: { $ref: 'common.schema.json#/$defs/caseId' },
          description: { $ref: 'common.schema.json#/$defs/description' },
          requirements: { $ref: 'common.schema.json#/$defs/requirements' },
          hex: { $ref: 'common.schema.json#/$defs/hex' },
          error: { $ref: 'common.schema.json#/$defs/errorCode' },
        },
      },
    },
  },
});
const demoCase = {
  id: 'demo-one',
  description: 'a valid demo case',
  requirements: [`${'WC-PROTO'}-001`],
  hex: '0a01',
};

function demoTree(files: Record<string, unknown>): string {
  const tree: Record<string, string> = {
    'schema/common.schema.json': common,
    'schema/demo.schema.json': demoSchema,
  };
  for (const [path, value] of Object.entries(files)) tree[path] = JSON.stringify(value);
  return tempTree(tree);
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isConformanceError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('vector files', () => {
  it('every committed vector file matches its area schema and case ids are unique', () => {
    const files = loadVectorFiles();
    for (const file of files) expect(file.cases.length).toBeGreaterThan(0);
  });

  it('loads a valid file with its area and cases', () => {
    const root = demoTree({ 'demo/a.json': { description: 'demo vectors', cases: [demoCase] } });
    const [file] = loadVectorFiles({ root });
    expect(file).toMatchObject({ path: 'demo/a.json', area: 'demo', cases: [demoCase] });
  });

  it('rejects an unknown key in a case (a typo never skips a check)', () => {
    const root = demoTree({
      'demo/a.json': { description: 'demo vectors', cases: [{ ...demoCase, eror: 'ERR_X' }] },
    });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_SCHEMA_INVALID');
  });

  it('rejects an unknown key at the top of a file', () => {
    const root = demoTree({ 'demo/a.json': { description: 'demo vectors', cases: [demoCase], note: 'x' } });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_SCHEMA_INVALID');
  });

  it('rejects a malformed requirement id', () => {
    const root = demoTree({
      'demo/a.json': { description: 'demo vectors', cases: [{ ...demoCase, requirements: ['WC-PROTO-12'] }] },
    });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_SCHEMA_INVALID');
  });

  it('rejects a case id used twice across files', () => {
    const root = demoTree({
      'demo/a.json': { description: 'demo vectors', cases: [demoCase] },
      'demo/b.json': { description: 'demo vectors', cases: [demoCase] },
    });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_DUPLICATE_CASE');
  });

  it('rejects a file in an area without a schema', () => {
    const root = demoTree({ 'other/a.json': { description: 'demo vectors', cases: [demoCase] } });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_SCHEMA_MISSING');
  });

  it('reports unreadable JSON with a typed error', () => {
    const root = tempTree({
      'schema/common.schema.json': common,
      'schema/demo.schema.json': demoSchema,
      'demo/a.json': '{ not json',
    });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_FILE_UNREADABLE');
  });
});
