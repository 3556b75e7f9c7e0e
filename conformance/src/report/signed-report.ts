import { bytesToHex, equalBytes, getPublicKey, keyId, sign, verify } from '@weldcode/crypto';
import canonicalize from 'canonicalize';
import { ConformanceError } from '../conformance-error';
import { chipSuiteHash } from '../profiles/chip/run-chip-profile';
import { platformSuiteHash } from '../profiles/platform/run-platform-profile';
import { type ConformanceReport, REPORT_FORMAT } from './conformance-report';
import { suiteHash } from './suite-hash';

/** A report with its lab's Ed25519 signature (WC-CONF-013). */
export interface SignedReport {
  report: ConformanceReport;
  signature: {
    alg: 'Ed25519';
    /** First 8 bytes of SHA-256 of the public key, hex. */
    kid: string;
    /** The signer's 32-byte public key, base64url. */
    publicKey: string;
    /** Ed25519 signature of the RFC 8785 canonical JSON of `report`, base64url. */
    value: string;
  };
}

/** What {@link verifySignedReport} established. */
export interface VerifiedReport {
  report: ConformanceReport;
  kid: string;
  publicKey: Uint8Array;
  /**
   * Whether the report's suite hash equals the given suite's (vectors), or this package's chip or
   * platform case catalogue (wire profiles); absent when no suite was given.
   */
  suiteMatches?: boolean;
}

const encoder = new TextEncoder();

function canonicalBytes(report: unknown): Uint8Array {
  return encoder.encode(canonicalize(report) ?? '');
}

/**
 * Signs a report with a lab's Ed25519 secret key (WC-CONF-013). The report is normalised through
 * JSON first, so what is signed is exactly what a reader of the file sees.
 *
 * @example
 * ```ts
 * import { signReport } from '@weldcode/conformance';
 *
 * const signed = signReport(report, labSecretKey);
 * writeFileSync('report.json', JSON.stringify(signed, null, 2));
 * ```
 */
export function signReport(report: ConformanceReport, secretKey: Uint8Array): SignedReport {
  const normalised = JSON.parse(JSON.stringify(report)) as ConformanceReport;
  const publicKey = getPublicKey(secretKey);
  return {
    report: normalised,
    signature: {
      alg: 'Ed25519',
      kid: bytesToHex(keyId(publicKey)),
      publicKey: Buffer.from(publicKey).toString('base64url'),
      value: Buffer.from(sign(canonicalBytes(normalised), secretKey)).toString('base64url'),
    },
  };
}

function formatError(reason: string): ConformanceError {
  return new ConformanceError('ERR_REPORT_FORMAT', `not a signed weldcode report: ${reason}`);
}

function parseEnvelope(value: unknown): SignedReport {
  if (typeof value !== 'object' || value === null) throw formatError('not an object');
  const { report, signature } = value as Partial<SignedReport>;
  if (typeof report !== 'object' || report === null || report.format !== REPORT_FORMAT) {
    throw formatError(`report.format is not ${REPORT_FORMAT}`);
  }
  if (typeof signature !== 'object' || signature === null || signature.alg !== 'Ed25519') {
    throw formatError('signature.alg is not Ed25519');
  }
  for (const field of ['kid', 'publicKey', 'value'] as const) {
    if (typeof signature[field] !== 'string') throw formatError(`signature.${field} missing`);
  }
  return { report, signature };
}

/**
 * Checks a signed report (WC-CONF-014): structure, key id, signature, optionally the expected
 * signer and the suite it was run against.
 *
 * @throws {@link ConformanceError} `ERR_REPORT_FORMAT`, `ERR_REPORT_KID`, `ERR_REPORT_SIGNATURE`
 *   or `ERR_REPORT_SIGNER`.
 * @example
 * ```ts
 * import { verifySignedReport } from '@weldcode/conformance';
 *
 * const { report, kid } = verifySignedReport(JSON.parse(readFileSync('report.json', 'utf8')));
 * console.log(kid, report.passed);
 * ```
 */
export function verifySignedReport(
  value: unknown,
  options: { signerPublicKey?: Uint8Array; vectorsRoot?: string } = {},
): VerifiedReport {
  const { report, signature } = parseEnvelope(value);
  const publicKey = new Uint8Array(Buffer.from(signature.publicKey, 'base64url'));
  const kid = bytesToHex(keyId(publicKey));
  if (kid !== signature.kid) {
    throw new ConformanceError(
      'ERR_REPORT_KID',
      `kid ${signature.kid} does not belong to the embedded key (${kid})`,
    );
  }
  const signatureBytes = new Uint8Array(Buffer.from(signature.value, 'base64url'));
  if (!verify(signatureBytes, canonicalBytes(report), publicKey)) {
    throw new ConformanceError(
      'ERR_REPORT_SIGNATURE',
      'the report was changed after signing, or the signature is forged',
    );
  }
  if (options.signerPublicKey !== undefined && !equalBytes(options.signerPublicKey, publicKey)) {
    throw new ConformanceError('ERR_REPORT_SIGNER', `signed by key ${kid}, not by the expected lab key`);
  }
  const verified: VerifiedReport = { report, kid, publicKey };
  // a wire-profile report names the case catalogue it ran (WC-CONF-024), not the vectors
  if (options.vectorsRoot !== undefined) {
    const expected =
      report.profile === 'chip'
        ? chipSuiteHash()
        : report.profile === 'platform'
          ? platformSuiteHash()
          : suiteHash(options.vectorsRoot);
    verified.suiteMatches = expected === report.suiteHash;
  }
  return verified;
}
