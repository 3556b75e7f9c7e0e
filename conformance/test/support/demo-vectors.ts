import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultVectorsRoot } from '../../src/index';
import { tempTree } from './temp-tree';

const common = readFileSync(join(defaultVectorsRoot(), 'schema', 'common.schema.json'), 'utf8');

/** A vector schema for the made-up area `demo`, used to test the loader and the runner. */
export const demoSchema = JSON.stringify({
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
        required: ['id', 'description', 'requirements'],
        additionalProperties: false,
        properties: {
          id: { $ref: 'common.schema.json#/$defs/caseId' },
          description: { $ref: 'common.schema.json#/$defs/description' },
          requirements: { $ref: 'common.schema.json#/$defs/requirements' },
          hex: { $ref: 'common.schema.json#/$defs/hex' },
          error: { $ref: 'common.schema.json#/$defs/errorCode' },
          expected: {},
          group: { type: 'string' },
        },
      },
    },
  },
});

/** A vectors folder holding the common and demo schemas plus `files` (path → JSON value or raw text). */
export function demoVectorsRoot(files: Record<string, unknown>): string {
  const tree: Record<string, string> = {
    'schema/common.schema.json': common,
    'schema/demo.schema.json': demoSchema,
  };
  for (const [path, value] of Object.entries(files))
    tree[path] = typeof value === 'string' ? value : JSON.stringify(value);
  return tempTree(tree);
}
