import { REQUIREMENT_AREAS, type Requirement, type RequirementReference } from './requirement';
import { scanReferences } from './scan-references';
import { scanSpec } from './scan-spec';

/** Coverage of one area's requirements. */
export interface AreaCoverage {
  area: string;
  /** Requirements defined and not withdrawn. */
  defined: number;
  covered: number;
  uncovered: Requirement[];
}

/** What {@link specCoverage} found. */
export interface SpecCoverage {
  requirements: Requirement[];
  /** Requirement ID → the files that reference it (deduplicated, sorted). */
  coveredBy: Map<string, string[]>;
  areas: AreaCoverage[];
  /** References to IDs that no spec document defines: always an error. */
  unknownReferences: RequirementReference[];
  /** References to withdrawn requirements: the check should be updated. */
  withdrawnReferences: RequirementReference[];
}

/**
 * Cross-references the spec's requirement definitions with the tests, vectors and conformance
 * cases that name them.
 *
 * @example
 * ```ts
 * import { specCoverage } from '@weldcode/conformance';
 *
 * const coverage = specCoverage(process.cwd());
 * for (const area of coverage.areas) console.log(area.area, `${area.covered}/${area.defined}`);
 * if (coverage.unknownReferences.length > 0) process.exitCode = 1;
 * ```
 */
export function specCoverage(repoRoot: string): SpecCoverage {
  const requirements = scanSpec(repoRoot);
  const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]));
  const coveredBy = new Map<string, Set<string>>();
  const unknownReferences: RequirementReference[] = [];
  const withdrawnReferences: RequirementReference[] = [];
  for (const reference of scanReferences(repoRoot)) {
    const requirement = byId.get(reference.id);
    if (requirement === undefined) unknownReferences.push(reference);
    else if (requirement.withdrawn) withdrawnReferences.push(reference);
    else coveredBy.set(reference.id, (coveredBy.get(reference.id) ?? new Set()).add(reference.file));
  }
  const areas = REQUIREMENT_AREAS.map((area) => {
    const live = requirements.filter((requirement) => requirement.area === area && !requirement.withdrawn);
    const uncovered = live.filter((requirement) => !coveredBy.has(requirement.id));
    return { area, defined: live.length, covered: live.length - uncovered.length, uncovered };
  });
  return {
    requirements,
    coveredBy: new Map([...coveredBy].map(([id, files]) => [id, [...files].sort()])),
    areas,
    unknownReferences,
    withdrawnReferences,
  };
}
