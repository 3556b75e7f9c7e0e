import { type MachinePlate, normaliseScan, type QrVerifier } from '@weldcode/qr';
import type { VirtualChip } from '../chip/virtual-chip';
import type { PlatformHarness } from '../harness/platform-harness';
import type { UnlockDecision } from '../harness/unlock-policy';
import type { GeoPoint } from '../signals/position-signal';
import { BleLink } from './ble-link';

/** The platform API a worker app calls (the harness, or a client of the reference server). */
export interface UnlockApi {
  requestUnlock: PlatformHarness['requestUnlock'];
}

/** Options of {@link WorkerApp}. */
export interface WorkerAppOptions {
  workerId: number;
  /** The worker's credential code text; absent for an unlicensed worker. */
  credentialText?: string;
  verifier: QrVerifier;
  api: UnlockApi;
}

/** The result of one scan-to-start. */
export interface ScanResult {
  plate?: MachinePlate;
  decision: UnlockDecision & { relay?: Uint8Array };
  relayedOverBle: boolean;
}

/**
 * The virtual worker app (扫码开机): scans a plate, checks it offline, sends the credential code,
 * the permit and the phone position to the platform, and relays the signed grant to a chip that
 * is offline over the BLE link.
 *
 * @example
 * ```ts
 * import { WorkerApp } from '@weldcode/simulator';
 *
 * const app = new WorkerApp({ workerId: 5001, credentialText, verifier, api: harness });
 * const { decision } = app.scan(plateText, { phone, permitText, fireWatcher, chip });
 * ```
 */
export class WorkerApp {
  constructor(private readonly options: WorkerAppOptions) {}

  scan(
    scanned: string,
    at: {
      phone: GeoPoint;
      permitText?: string;
      fireWatcher?: GeoPoint;
      chip?: VirtualChip;
      viaBle?: boolean;
    },
  ): ScanResult {
    const plateText = normaliseScan(scanned);
    const local = this.options.verifier.verify(plateText, { expectKind: 'plate' });
    const decision = this.options.api.requestUnlock({
      plateText,
      phone: at.phone,
      ...(this.options.credentialText === undefined ? {} : { credentialText: this.options.credentialText }),
      ...(at.permitText === undefined ? {} : { permitText: at.permitText }),
      ...(at.fireWatcher === undefined ? {} : { fireWatcher: at.fireWatcher }),
    });
    let relayedOverBle = false;
    if (decision.granted && decision.relay && at.chip && at.viaBle) {
      new BleLink(at.chip).send(decision.relay);
      relayedOverBle = true;
    }
    return {
      ...(local.payload?.kind === 'plate' ? { plate: local.payload } : {}),
      decision,
      relayedOverBle,
    };
  }
}
