import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { specCoverage } from '../src/index';
import { tempTree } from './support/temp-tree';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// IDs are spelt through a prefix so that this file itself references no requirement.
const GEO = 'WC-GEO';
const QR = 'WC-QR';

const spec = [
  '# Demo',
  '',
  `- **${GEO}-001** A fence MUST be closed.`,
  `- **${GEO}-002** A ring MUST have four positions.`,
  `**${GEO}-003** (withdrawn) Old rule.`,
  '',
  `A reference to ${GEO}-001 in prose is not a definition.`,
  '```markdown',
  `- **${GEO}-009** inside a code fence is an example, not a definition.`,
  '```',
].join('\n');

describe('spec coverage', () => {
  it('cross-references definitions with tests and vectors', () => {
    const root = tempTree({
      'spec/geofence.md': spec,
      'packages/geofence/test/ring.test.ts': `it("${GEO}-001: closed", () => {});`,
      'conformance/vectors/geofence/a.json': `{"requirements": ["${GEO}-001"]}`,
      'examples/track/test/run.test.ts': `// ${GEO}-777 is not defined anywhere\n// ${GEO}-003 is withdrawn`,
      'packages/geofence/src/ring.ts': `// ${GEO}-002 mentioned in source does not count as a check`,
    });
    const coverage = specCoverage(root);
    expect(coverage.requirements.map((r) => r.id)).toEqual([`${GEO}-001`, `${GEO}-002`, `${GEO}-003`]);
    expect(coverage.coveredBy.get(`${GEO}-001`)).toEqual([
      'conformance/vectors/geofence/a.json',
      'packages/geofence/test/ring.test.ts',
    ]);
    const geo = coverage.areas.find((area) => area.area === 'GEO');
    expect(geo).toMatchObject({ defined: 2, covered: 1 });
    expect(geo?.uncovered.map((r) => r.id)).toEqual([`${GEO}-002`]);
    expect(coverage.unknownReferences).toEqual([
      { id: `${GEO}-777`, file: 'examples/track/test/run.test.ts', line: 1 },
    ]);
    expect(coverage.withdrawnReferences.map((r) => r.id)).toEqual([`${GEO}-003`]);
  });

  it('refuses an ID defined twice', () => {
    const root = tempTree({ 'spec/a.md': `- **${QR}-001** one`, 'spec/b.md': `- **${QR}-001** two` });
    expect(() => specCoverage(root)).toThrowError(
      expect.objectContaining({ code: 'ERR_SPEC_DUPLICATE_REQUIREMENT' }),
    );
  });

  it('this repository references no undefined requirement', () => {
    const coverage = specCoverage(repoRoot);
    expect(coverage.unknownReferences).toEqual([]);
    expect(coverage.withdrawnReferences).toEqual([]);
  });
});
