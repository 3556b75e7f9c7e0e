import {
  type PermitBundleResult,
  QrVerifier,
  type VerificationResult,
  verifyPermitBundle,
} from '@weldcode/qr';

/**
 * The virtual inspector app (检查): verifies plates, credentials and permits offline against a
 * trust list it cached while it had a network.
 *
 * @example
 * ```ts
 * import { InspectorApp } from '@weldcode/simulator';
 *
 * const inspector = new InspectorApp([cityRoot], trustListBytes, () => clock.now() / 1000);
 * inspector.check(plateText).valid;
 * ```
 */
export class InspectorApp {
  readonly verifier: QrVerifier;

  /** Outcome of loading the cached trust list. */
  readonly trustList: ReturnType<QrVerifier['loadTrustList']>;

  constructor(
    roots: readonly Uint8Array[],
    cachedTrustList: Uint8Array,
    private readonly clockS: () => number,
  ) {
    this.verifier = new QrVerifier({ roots, clock: () => Math.floor(clockS()) });
    this.trustList = this.verifier.loadTrustList(cachedTrustList);
  }

  /** Verifies any code. */
  check(text: string): VerificationResult {
    return this.verifier.verify(text);
  }

  /** Verifies a permit together with the credentials and plates it must cover. */
  checkPermit(permit: string, credentials: readonly string[], plates: readonly string[]): PermitBundleResult {
    return verifyPermitBundle(
      this.verifier.state,
      { permit, credentials, plates },
      { now: Math.floor(this.clockS()) },
    );
  }
}
