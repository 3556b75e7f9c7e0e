import type { PermitBundle, PermitBundleResult } from './permit-bundle';
import { verifyPermitBundle } from './permit-bundle';
import { acceptRevocationList } from './revocations';
import {
  acceptTrustList,
  createTrustState,
  type ListLoadResult,
  type TrustState,
  type VerifierBackend,
} from './trust-state';
import { type VerificationResult, type VerifyOptions, verifyBytes, verifyCode } from './verify-code';

/** Options of {@link QrVerifier}. */
export interface QrVerifierOptions {
  /** Root public keys provisioned with the app. */
  roots: readonly Uint8Array[];
  /** Default 300 s (WC-QR-060). */
  clockSkewSeconds?: number;
  /** Ed25519 implementation: `native` (node:crypto), `noble`, or `noble-precomputed` (browsers). */
  backend?: VerifierBackend;
  /** Clock in Unix seconds; default the system clock. */
  clock?: () => number;
  requireRevocationStatus?: boolean;
  requireFreshTrustList?: boolean;
}

/**
 * The small stateful object an app keeps: it holds the trust state (roots, trust list with
 * prepared per-key verifiers, revocations) and verifies scans against it offline.
 *
 * @example
 * ```ts
 * import { QrVerifier } from '@weldcode/qr';
 *
 * const verifier = new QrVerifier({ roots: [cityRoot] });
 * verifier.loadTrustList(cachedTrustListBytes);
 * verifier.loadRevocationList(cachedRevocationBytes);
 * const result = verifier.verify(scannedText, { expectKind: 'plate' });
 * ```
 */
export class QrVerifier {
  private current: TrustState;
  private readonly options: QrVerifierOptions;

  constructor(options: QrVerifierOptions) {
    this.options = options;
    this.current = createTrustState(options.roots, options.backend);
  }

  /** The immutable trust state, for persistence or for the pure functions. */
  get state(): TrustState {
    return this.current;
  }

  private now(): number {
    return this.options.clock?.() ?? Math.floor(Date.now() / 1000);
  }

  private defaults(options: VerifyOptions): VerifyOptions {
    return {
      now: this.now(),
      clockSkewSeconds: this.options.clockSkewSeconds ?? 300,
      requireRevocationStatus: this.options.requireRevocationStatus ?? false,
      requireFreshTrustList: this.options.requireFreshTrustList ?? false,
      ...options,
    };
  }

  /** Loads a root-signed trust list (COSE bytes); keeps the old one unless accepted. */
  loadTrustList(bytes: Uint8Array): ListLoadResult {
    const { state, result } = acceptTrustList(
      this.current,
      bytes,
      this.now(),
      this.options.clockSkewSeconds ?? 300,
    );
    this.current = state;
    return result;
  }

  /** Loads an issuer's full or delta revocation list (COSE bytes). */
  loadRevocationList(bytes: Uint8Array): ListLoadResult {
    const { state, result } = acceptRevocationList(this.current, bytes);
    this.current = state;
    return result;
  }

  /** Verifies a scanned text or URL. Never throws. */
  verify(scanned: string, options: VerifyOptions = {}): VerificationResult {
    return verifyCode(this.current, scanned, this.defaults(options));
  }

  /** Verifies COSE bytes. Never throws. */
  verifyBytes(bytes: Uint8Array, options: VerifyOptions = {}): VerificationResult {
    return verifyBytes(this.current, bytes, this.defaults(options));
  }

  /** Verifies a permit with the credentials and plates it must cover. */
  verifyPermitBundle(bundle: PermitBundle, options: VerifyOptions = {}): PermitBundleResult {
    return verifyPermitBundle(this.current, bundle, this.defaults(options));
  }
}
