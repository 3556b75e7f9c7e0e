import { describe, expect, it } from 'vitest';
import { demoVectorsRoot } from './support/demo-vectors';
import { isConformanceError, loadVectorFiles } from './support/imports';

const demoCase = {
  id: 'demo-one',
  description: 'a valid demo case',
  requirements: [`${'WC-PROTO'}-001`],
  hex: '0a01',
};

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
    const root = demoVectorsRoot({ 'demo/a.json': { description: 'demo vectors', cases: [demoCase] } });
    const [file] = loadVectorFiles({ root });
    expect(file).toMatchObject({ path: 'demo/a.json', area: 'demo', cases: [demoCase] });
  });

  it('rejects an unknown key in a case (a typo never skips a check)', () => {
    const root = demoVectorsRoot({
      'demo/a.json': { description: 'demo vectors', cases: [{ ...demoCase, eror: 'ERR_X' }] },
    });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_SCHEMA_INVALID');
  });

  it('rejects an unknown key at the top of a file', () => {
    const root = demoVectorsRoot({
      'demo/a.json': { description: 'demo vectors', cases: [demoCase], note: 'x' },
    });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_SCHEMA_INVALID');
  });

  it('rejects a malformed requirement id', () => {
    const root = demoVectorsRoot({
      'demo/a.json': { description: 'demo vectors', cases: [{ ...demoCase, requirements: ['WC-PROTO-12'] }] },
    });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_SCHEMA_INVALID');
  });

  it('rejects a case id used twice across files', () => {
    const root = demoVectorsRoot({
      'demo/a.json': { description: 'demo vectors', cases: [demoCase] },
      'demo/b.json': { description: 'demo vectors', cases: [demoCase] },
    });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_DUPLICATE_CASE');
  });

  it('rejects a file in an area without a schema', () => {
    const root = demoVectorsRoot({ 'other/a.json': { description: 'demo vectors', cases: [demoCase] } });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_SCHEMA_MISSING');
  });

  it('reports unreadable JSON with a typed error', () => {
    const root = demoVectorsRoot({ 'demo/a.json': '{ not json' });
    expect(codeOf(() => loadVectorFiles({ root }))).toBe('ERR_VECTOR_FILE_UNREADABLE');
  });
});
