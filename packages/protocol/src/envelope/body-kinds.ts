/** How one body kind of the envelope behaves (spec/protocol.md section 2, the message table). */
export interface BodyKindInfo {
  /** Envelope field number of the body. */
  readonly field: number;
  readonly direction: 'up' | 'down';
  /** A record: sequenced, logged, buffered until acknowledged (WC-PROTO-009). */
  readonly record: boolean;
  /** Carries a session MAC once a session exists (WC-PROTO-031). */
  readonly mac: boolean;
  /** MQTT QoS to publish it with (WC-PROTO-015). */
  readonly qos: 0 | 1;
}

function info(
  field: number,
  direction: 'up' | 'down',
  qos: 0 | 1,
  flags: { record?: boolean; mac?: boolean } = {},
): BodyKindInfo {
  return { field, direction, qos, record: flags.record ?? false, mac: flags.mac ?? true };
}

/** Every body kind of `weldcode.v1.Envelope`, keyed by its oneof member name. */
export const BODY_KINDS = {
  telemetry: info(2, 'up', 0, { record: true }),
  location: info(3, 'up', 0, { record: true }),
  heartbeat: info(4, 'up', 0),
  ack: info(5, 'down', 0),
  alarm: info(6, 'up', 1, { record: true }),
  arcSession: info(7, 'up', 1, { record: true }),
  event: info(8, 'up', 1, { record: true }),
  nack: info(9, 'down', 0),
  alarmAck: info(10, 'down', 1),
  unlockRequest: info(11, 'up', 1),
  directive: info(12, 'down', 1),
  backfill: info(13, 'up', 1),
  timeSync: info(14, 'down', 0),
  hello: info(16, 'up', 1, { mac: false }),
  challenge: info(17, 'down', 1, { mac: false }),
  authResponse: info(18, 'up', 1, { mac: false }),
  authResult: info(19, 'down', 1),
  birth: info(20, 'up', 1),
  death: info(21, 'up', 1),
  timeSyncRequest: info(22, 'up', 0),
  command: info(23, 'down', 1),
  commandResult: info(24, 'up', 1),
  registerRequest: info(25, 'up', 1, { mac: false }),
  registerResult: info(26, 'down', 1, { mac: false }),
} as const satisfies Record<string, BodyKindInfo>;

/** The oneof member names of the envelope body. */
export type BodyKind = keyof typeof BODY_KINDS;

/** Tells whether `name` is a body kind this implementation knows. */
export function isBodyKind(name: string): name is BodyKind {
  return Object.hasOwn(BODY_KINDS, name);
}
