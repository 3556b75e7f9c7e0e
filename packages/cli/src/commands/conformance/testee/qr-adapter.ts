import { bytesToHex, hexToBytes } from '@weldcode/crypto';
import {
  type CodePayload,
  decodeBase45,
  encodeBase45,
  payloadToJson,
  QrVerifier,
  type VerifyOptions,
} from '@weldcode/qr';
import { errorOutcome } from './error-outcome';

interface QrVector {
  bytesHex?: string;
  base45?: string;
  error?: string;
  roots?: string[];
  loads?: { list: string; as?: 'trust-list' | 'revocation'; now?: number }[];
  now?: number;
  input?: string;
  bundle?: { permit: string; credentials: string[]; plates: string[] };
  options?: VerifyOptions;
  expect?: { payload?: unknown };
}

interface QrFixtures {
  now: number;
  keys: Record<string, { publicKey: string }>;
  lists: Record<string, string>;
}

function base45Outcome(v: QrVector): unknown {
  if (v.error !== undefined) return errorOutcome(() => decodeBase45(v.base45 ?? ''));
  return {
    bytesHex: bytesToHex(decodeBase45(v.base45 ?? '')),
    base45: encodeBase45(hexToBytes(v.bytesHex ?? '')),
  };
}

/** The qr area of our testee (spec/conformance.md §5.2), run on @weldcode/qr. */
export function qrOutcome(v: QrVector, context: { fixtures?: QrFixtures }): unknown {
  if (v.base45 !== undefined && v.input === undefined) return base45Outcome(v);
  const fixtures = context.fixtures ?? { now: 0, keys: {}, lists: {} };
  let clock = v.now ?? fixtures.now;
  const verifier = new QrVerifier({
    roots: (v.roots ?? ['city']).map((name) => hexToBytes(fixtures.keys[name]?.publicKey ?? '')),
    clock: () => clock,
  });
  const loads = (v.loads ?? []).map((step) => {
    clock = step.now ?? v.now ?? fixtures.now;
    const bytes = hexToBytes(fixtures.lists[step.list] ?? '');
    const asTrustList =
      (step.as ?? (step.list.startsWith('tl-') ? 'trust-list' : 'revocation')) === 'trust-list';
    return (asTrustList ? verifier.loadTrustList(bytes) : verifier.loadRevocationList(bytes)).reason;
  });
  clock = v.now ?? fixtures.now;
  if (v.expect === undefined) return { loads };
  if (v.bundle !== undefined) {
    const bundle = verifier.verifyPermitBundle(v.bundle, v.options ?? {});
    return { loads, bundle: { valid: bundle.valid, reason: bundle.reason } };
  }
  const result = verifier.verify(v.input ?? '', v.options ?? {});
  const answer: Record<string, unknown> = {
    valid: result.valid,
    reason: result.reason,
    warnings: result.warnings,
    revocation: result.revocation,
  };
  if (v.expect.payload !== undefined) answer.payload = payloadToJson(result.payload as CodePayload);
  return { loads, result: answer };
}
