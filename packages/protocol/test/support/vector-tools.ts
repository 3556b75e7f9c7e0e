export { envelopeToJson } from '../../src/index';

import { hexToBytes } from '@weldcode/crypto';
import type { DirectiveContext, PlatformOutput } from '../../src/index';

/** Random source that hands out fixed values in order (each call must ask for that value's length). */
export function queuedRandom(values: Uint8Array[]): (length: number) => Uint8Array {
  const queue = values.map((value) => value.slice());
  return (length) => {
    const next = queue.shift();
    if (next === undefined || next.length !== length)
      throw new Error(`queued random exhausted or wrong length ${length}`);
    return next;
  };
}

/** What the platform did with one uplink, one entry per record or message or error. */
export function outcomesOf(out: PlatformOutput): string[] {
  return [
    ...out.records.map((record) => (record.historical ? 'historical' : 'ingested')),
    ...out.messages.map(() => 'accepted'),
    ...out.errors.map((error) => error.code),
  ];
}

/** The chip state a directive vector is judged in. */
export interface DirectiveState {
  chipId: string;
  nowS: number;
  locked: boolean;
  configVersion: number;
  geofenceVersion: number;
  /** Hex id of the grant the chip holds; empty: none. */
  heldGrantId: string;
  /** Hex nonces the chip has already accepted. */
  seenNonces: string[];
  /** Hex platform public keys the chip trusts. */
  trustedKeys: string[];
}

export function directiveContext(state: DirectiveState): DirectiveContext {
  return {
    chipId: state.chipId,
    nowS: state.nowS,
    locked: state.locked,
    configVersion: state.configVersion,
    geofenceVersion: state.geofenceVersion,
    grant: state.heldGrantId
      ? { grantId: hexToBytes(state.heldGrantId), workerId: '', permitId: '', notAfterS: 0, maxDurationS: 0 }
      : undefined,
    nonces: new Map(state.seenNonces.map((nonce) => [nonce, Number.MAX_SAFE_INTEGER])),
    platformKeys: state.trustedKeys.map(hexToBytes),
  };
}
