/**
 * Runs one conformance/vectors/qr case against the reference verifier and lists every
 * disagreement. Shared by the generator (which refuses to write a disagreeing file) and the tests
 * (which fail on one), so both read a case the same way.
 */
import { hexToBytes } from '@weldcode/crypto';
import {
  type CodePayload,
  payloadToJson,
  QrVerifier,
  type ReasonCode,
  type RevocationState,
  type VerifierBackend,
  type VerifyOptions,
  type WarningCode,
} from '../src/index';

/** One list load of a case, in order. */
export interface ListStep {
  list: string;
  /** How the verifier is asked to load it; the generator fills it from the name when omitted. */
  as?: 'trust-list' | 'revocation';
  expect: ReasonCode;
  /** Clock while loading; default the case's `now`. */
  now?: number;
}

export interface VerifyCase {
  id: string;
  description: string;
  requirements: string[];
  roots?: string[];
  loads?: ListStep[];
  now?: number;
  input?: string;
  bundle?: { permit: string; credentials: string[]; plates: string[] };
  options?: Pick<
    VerifyOptions,
    'clockSkewSeconds' | 'expectKind' | 'requireRevocationStatus' | 'requireFreshTrustList'
  >;
  expect?: {
    valid: boolean;
    reason: ReasonCode;
    warnings?: WarningCode[];
    revocation?: RevocationState;
    payload?: Record<string, unknown>;
  };
}

export interface VectorFixtures {
  now: number;
  keys: Record<string, { publicKey: string; secretKey?: string }>;
  lists: Record<string, string>;
}

/** JSON form of a payload as the vectors hold it: byte strings as lower-case hex. */
export const payloadJson = payloadToJson;

function loadAs(step: ListStep): 'trust-list' | 'revocation' {
  return step.as ?? (step.list.startsWith('tl-') ? 'trust-list' : 'revocation');
}

/** Runs a case; returns human-readable problems (empty when the verifier agrees). */
export function runCase(c: VerifyCase, fixtures: VectorFixtures, backend?: VerifierBackend): string[] {
  const problems: string[] = [];
  let clock = c.now ?? fixtures.now;
  const verifier = new QrVerifier({
    roots: (c.roots ?? ['city']).map((name) => hexToBytes(fixtures.keys[name]?.publicKey ?? '')),
    clock: () => clock,
    ...(backend === undefined ? {} : { backend }),
  });
  for (const step of c.loads ?? []) {
    clock = step.now ?? c.now ?? fixtures.now;
    const bytes = hexToBytes(fixtures.lists[step.list] ?? '');
    const result =
      loadAs(step) === 'trust-list' ? verifier.loadTrustList(bytes) : verifier.loadRevocationList(bytes);
    if (result.reason !== step.expect)
      problems.push(`load ${step.list}: got ${result.reason}, want ${step.expect}`);
  }
  clock = c.now ?? fixtures.now;
  const expect = c.expect;
  if (expect === undefined) return problems;
  if (c.bundle !== undefined) {
    const result = verifier.verifyPermitBundle(c.bundle, c.options ?? {});
    if (result.valid !== expect.valid || result.reason !== expect.reason) {
      problems.push(`bundle: got ${result.valid}/${result.reason}, want ${expect.valid}/${expect.reason}`);
    }
    return problems;
  }
  const result = verifier.verify(c.input ?? '', c.options ?? {});
  const got = {
    valid: result.valid,
    reason: result.reason,
    warnings: result.warnings,
    revocation: result.revocation,
    ...(expect.payload === undefined ? {} : { payload: payloadJson(result.payload as CodePayload) }),
  };
  const want = { warnings: [], revocation: 'unknown', ...expect };
  if (JSON.stringify(sortKeys(got)) !== JSON.stringify(sortKeys(want))) {
    problems.push(`verify: got ${JSON.stringify(got)}\n want ${JSON.stringify(want)}`);
  }
  return problems;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
