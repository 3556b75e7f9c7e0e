import { encodeEnvelope } from '../envelope/envelope-codec';
import { weldcode } from '../generated/weldcode';
import { chipTopic } from './topics';

/** An MQTT Last Will as both `mqtt` (`will`) and most other clients take it. */
export interface LastWill {
  topic: string;
  payload: Uint8Array;
  qos: 1;
  retain: false;
}

/**
 * The Last Will a chip registers when it connects (WC-PROTO-016): a `death` with reason
 * CONNECTION_LOST and no MAC, on the chip's death topic.
 *
 * @example
 * ```ts
 * import mqtt from 'mqtt';
 * import { lastWill } from '@weldcode/protocol';
 *
 * const will = lastWill('WC-310120-000123');
 * mqtt.connect(url, { will: { ...will, payload: Buffer.from(will.payload) } });
 * ```
 */
export function lastWill(chipId: string): LastWill {
  const payload = encodeEnvelope({
    seq: 0,
    body: { kind: 'death', value: { reason: weldcode.v1.DeathReason.DEATH_REASON_CONNECTION_LOST } },
  });
  return { topic: chipTopic(chipId, 'death'), payload, qos: 1, retain: false };
}
