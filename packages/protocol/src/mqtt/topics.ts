import { BODY_KINDS, type BodyKind } from '../envelope/body-kinds';
import { ProtocolError } from '../protocol-error';

const CHIP_ID = /^[A-Za-z0-9_-]{1,32}$/;
const PREFIX = 'wc/v1/';

/** The three topics of one chip (spec section 3). */
export type TopicChannel = 'up' | 'down' | 'death';

/**
 * Throws unless `chipId` is a valid chip id (WC-PROTO-014), so a topic can never contain `+`, `#`
 * or `/`.
 *
 * @example
 * ```ts
 * import { assertChipId } from '@weldcode/protocol';
 *
 * assertChipId('WC-310120-000123');
 * ```
 */
export function assertChipId(chipId: string): void {
  if (!CHIP_ID.test(chipId)) {
    throw new ProtocolError('ERR_PROTO_BAD_TOPIC', 'a chip id is 1-32 of A-Z a-z 0-9 _ -', {
      details: { chipId },
    });
  }
}

/**
 * The MQTT topic of one chip and channel.
 *
 * @example
 * ```ts
 * import { chipTopic } from '@weldcode/protocol';
 *
 * chipTopic('WC-310120-000123', 'up'); // 'wc/v1/WC-310120-000123/up'
 * ```
 */
export function chipTopic(chipId: string, channel: TopicChannel): string {
  assertChipId(chipId);
  return `${PREFIX}${chipId}/${channel}`;
}

/**
 * The platform's subscriptions: every chip's uplinks and death notices; with a `group`, as MQTT 5
 * shared subscriptions so that several ingest workers split the load.
 *
 * @example
 * ```ts
 * import { platformSubscriptions } from '@weldcode/protocol';
 *
 * client.subscribe(platformSubscriptions('ingest'), { qos: 1 });
 * ```
 */
export function platformSubscriptions(group?: string): string[] {
  const topics = [`${PREFIX}+/up`, `${PREFIX}+/death`];
  if (group === undefined) return topics;
  assertChipId(group);
  return topics.map((topic) => `$share/${group}/${topic}`);
}

/**
 * Splits a weldcode topic into chip id and channel.
 *
 * @throws {@link ProtocolError} `ERR_PROTO_BAD_TOPIC`.
 * @example
 * ```ts
 * import { parseChipTopic } from '@weldcode/protocol';
 *
 * parseChipTopic('wc/v1/WC-1/up'); // { chipId: 'WC-1', channel: 'up' }
 * ```
 */
export function parseChipTopic(topic: string): { chipId: string; channel: TopicChannel } {
  const parts = topic.split('/');
  const [wc, version, chipId, channel] = parts;
  if (
    parts.length !== 4 ||
    wc !== 'wc' ||
    version !== 'v1' ||
    chipId === undefined ||
    !CHIP_ID.test(chipId) ||
    (channel !== 'up' && channel !== 'down' && channel !== 'death')
  ) {
    throw new ProtocolError('ERR_PROTO_BAD_TOPIC', 'not a weldcode v1 chip topic', { details: { topic } });
  }
  return { chipId, channel };
}

/**
 * The QoS to publish a body kind with (WC-PROTO-015). Retain is always false.
 *
 * @example
 * ```ts
 * import { qosFor } from '@weldcode/protocol';
 *
 * client.publish(topic, bytes, { qos: qosFor('alarm'), retain: false });
 * ```
 */
export function qosFor(kind: BodyKind): 0 | 1 {
  return BODY_KINDS[kind].qos;
}

/** Options for publishing one envelope, in the shape the `mqtt` package takes. */
export interface PublishOptions {
  qos: 0 | 1;
  retain: false;
  /** MQTT 5 only. */
  properties?: { contentType: string; messageExpiryInterval?: number };
}

/** MIME type of a weldcode v1 envelope, sent as the MQTT 5 content type. */
export const CONTENT_TYPE = 'application/vnd.weldcode.v1+protobuf';

/**
 * Publish options for a body kind: its QoS, never retained (WC-PROTO-015), and on MQTT 5 a content
 * type and, for a directive, a message expiry equal to the grant's remaining validity so a broker
 * never delivers a stale grant late (WC-PROTO-017).
 *
 * @example
 * ```ts
 * import { publishOptions } from '@weldcode/protocol';
 *
 * client.publish(topic, bytes, publishOptions('directive', { mqtt5: true, expiresInS: grant.notAfterS - nowS }));
 * ```
 */
export function publishOptions(
  kind: BodyKind,
  options: { mqtt5?: boolean; expiresInS?: number } = {},
): PublishOptions {
  const base: PublishOptions = { qos: qosFor(kind), retain: false };
  if (!options.mqtt5) return base;
  const properties: NonNullable<PublishOptions['properties']> = { contentType: CONTENT_TYPE };
  if (options.expiresInS !== undefined)
    properties.messageExpiryInterval = Math.max(1, Math.floor(options.expiresInS));
  return { ...base, properties };
}
