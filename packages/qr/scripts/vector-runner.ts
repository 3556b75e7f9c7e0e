/**
 * Runs one conformance/vectors/qr case against the reference verifier and judges it with the
 * conformance runner's own `qr` rule. Shared by the generator (which refuses to write a
 * disagreeing file) and the tests (which fail on one), so both read a case as a testee would.
 */
import { VECTOR_AREA_RULES } from '@weldcode/conformance';
import {
  payloadToJson,
  type ReasonCode,
  type RevocationState,
  type VerifierBackend,
  type VerifyOptions,
  type WarningCode,
} from '../src/index';
import { qrOutcome } from './qr-outcome';

/** One list load of a case, in order. */
export interface ListStep {
  list: string;
  /** How the verifier is asked to load it; the generator fills it from the name when omitted. */
  as?: 'trust-list' | 'revocation';
  expect: ReasonCode;
  /** Clock while loading; default the case's `now`. */
  now?: number;
  /** The list's COSE bytes (the written vectors always carry them). */
  bytesHex?: string;
}

export interface VerifyCase {
  id: string;
  description: string;
  requirements: string[];
  /** Root public keys (hex) the verifier is provisioned with. */
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

/** JSON form of a payload as the vectors hold it: byte strings as lower-case hex. */
export const payloadJson = payloadToJson;

/** Runs a self-contained case; returns human-readable problems (empty when the verifier agrees). */
export function runCase(c: VerifyCase, backend?: VerifierBackend): string[] {
  const rule = VECTOR_AREA_RULES.qr;
  if (rule === undefined) return ['no qr rule in @weldcode/conformance'];
  const expected = rule.expectation(c as unknown as Parameters<typeof rule.expectation>[0]);
  const actual = qrOutcome(c, backend);
  return rule.matches?.(expected, actual) === true
    ? []
    : [`got  ${JSON.stringify(actual)}\nwant ${JSON.stringify(expected)}`];
}
