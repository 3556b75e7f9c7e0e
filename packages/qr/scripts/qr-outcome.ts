/**
 * What the reference implementation answers for one `qr` vector case: the `outcome` of the
 * testee protocol (spec/conformance.md §2, spec/qr.md §13). Shared by the reference testee, the
 * generator and the tests.
 */
import { hexToBytes } from '@weldcode/crypto';
import {
  decodeBase45,
  encodeBase45,
  payloadToJson,
  QrError,
  QrVerifier,
  type VerifierBackend,
} from '../src/index';
import type { VerifyCase } from './vector-runner';

interface Base45Case {
  base45?: string;
  bytesHex?: string;
}

function base45Outcome(c: Base45Case): Record<string, unknown> {
  try {
    const decoded = decodeBase45(c.base45 ?? '');
    return {
      base45: encodeBase45(hexToBytes(c.bytesHex ?? '')),
      bytesHex: Buffer.from(decoded).toString('hex'),
    };
  } catch (error) {
    if (error instanceof QrError) return { error: error.code };
    throw error;
  }
}

/** The outcome of one case; `backend` picks the Ed25519 implementation. */
export function qrOutcome(c: VerifyCase & Base45Case, backend?: VerifierBackend): Record<string, unknown> {
  if (c.base45 !== undefined) return base45Outcome(c);
  const now = c.now ?? 0;
  let clock = now;
  const verifier = new QrVerifier({
    roots: (c.roots ?? []).map((key) => hexToBytes(key)),
    clock: () => clock,
    ...(backend === undefined ? {} : { backend }),
  });
  const loads = (c.loads ?? []).map((step) => {
    clock = step.now ?? now;
    const bytes = hexToBytes(step.bytesHex ?? '');
    return (step.as === 'trust-list' ? verifier.loadTrustList(bytes) : verifier.loadRevocationList(bytes))
      .reason;
  });
  clock = now;
  if (c.bundle !== undefined) {
    const result = verifier.verifyPermitBundle(c.bundle, c.options ?? {});
    return { loads, valid: result.valid, reason: result.reason };
  }
  if (c.input === undefined) return { loads };
  const result = verifier.verify(c.input, c.options ?? {});
  return {
    loads,
    valid: result.valid,
    reason: result.reason,
    warnings: result.warnings,
    revocation: result.revocation,
    ...(result.payload === undefined ? {} : { payload: payloadToJson(result.payload) }),
  };
}
