import type { SignedDirective } from '@weldcode/protocol';

/**
 * How features reach chips without knowing the transport (embedded MQTT broker, external broker,
 * TCP stream framing). Ingest implements it; the scan-to-start pipeline and operators' lock and
 * revoke actions use it.
 */
export interface ChipGateway {
  /** True when the chip has a live, authenticated session on this platform. */
  isOnline(chipId: string): boolean;
  /**
   * Sends a platform-signed directive (grant, lock, revoke, ...) to the chip. Resolves `true` once
   * handed to the transport, `false` when the chip has no live session (the phone relays it then).
   */
  deliver(chipId: string, directive: SignedDirective): Promise<boolean>;
}
