import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * One case of a wire profile (chip, later platform): a step sequence against a live
 * implementation, naming the requirements it checks (WC-CONF-018).
 */
export interface ProfileCase<Session> {
  id: string;
  description: string;
  requirements: string[];
  /** Optional capability group: the case runs only when the manifest declares it (WC-CONF-008). */
  group?: string;
  run(session: Session): Promise<void>;
}

/**
 * A check of a case did not hold: the case fails (as opposed to an error of the runner, the
 * testee or the link, which makes it err).
 */
export class CaseFailure extends Error {
  constructor(
    message: string,
    readonly expected?: unknown,
    readonly actual?: unknown,
  ) {
    super(message);
    this.name = 'CaseFailure';
  }
}

/** The case cannot be judged in this setup (e.g. an outage a lab's broker cannot enforce): skip. */
export class CaseSkipped extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaseSkipped';
  }
}

/** Fails the running case with `message` unless `condition` holds. */
export function check(
  condition: boolean,
  message: string,
  expected?: unknown,
  actual?: unknown,
): asserts condition {
  if (!condition) throw new CaseFailure(message, expected, actual);
}

/**
 * The suite hash of a profile (WC-CONF-024): lowercase hex SHA-256 of the RFC 8785 JSON of its
 * case catalogue (id, description, requirements, group), so a report names exactly which cases
 * judged the implementation.
 */
export function profileSuiteHash(profile: string, cases: readonly ProfileCase<never>[]): string {
  const catalogue = cases.map(({ id, description, requirements, group }) => ({
    id,
    description,
    requirements,
    group: group ?? null,
  }));
  return createHash('sha256')
    .update(canonicalize({ profile, cases: catalogue }) ?? '')
    .digest('hex');
}
