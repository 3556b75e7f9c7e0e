import { describe, expect, it } from 'vitest';
import {
  BODY_KINDS,
  chipTopic,
  decodeEnvelope,
  lastWill,
  ProtocolError,
  parseChipTopic,
  platformSubscriptions,
  publishOptions,
  qosFor,
} from '../src/index';

describe('MQTT topics', () => {
  it('WC-PROTO-014: builds and parses per-chip topics, rejecting ids that could escape a level', () => {
    expect(chipTopic('WC-310120-000123', 'up')).toBe('wc/v1/WC-310120-000123/up');
    expect(parseChipTopic('wc/v1/WC-1/down')).toEqual({ chipId: 'WC-1', channel: 'down' });
    for (const bad of ['', 'a/b', 'a+', '#', 'x'.repeat(33), 'é']) {
      expect(() => chipTopic(bad, 'up')).toThrow(ProtocolError);
    }
    for (const bad of ['wc/v2/a/up', 'wc/v1/a/sideways', 'wc/v1/a/up/extra', 'wc/v1/+/up']) {
      expect(() => parseChipTopic(bad)).toThrow(ProtocolError);
    }
  });

  it('subscribes the platform to uplinks and deaths, optionally as an MQTT 5 shared group', () => {
    expect(platformSubscriptions()).toEqual(['wc/v1/+/up', 'wc/v1/+/death']);
    expect(platformSubscriptions('ingest')).toEqual([
      '$share/ingest/wc/v1/+/up',
      '$share/ingest/wc/v1/+/death',
    ]);
  });

  it('WC-PROTO-015: QoS 1 for alarms, directives and handshakes; QoS 0 for telemetry and acks', () => {
    expect(qosFor('alarm')).toBe(1);
    expect(qosFor('directive')).toBe(1);
    expect(qosFor('telemetry')).toBe(0);
    expect(qosFor('ack')).toBe(0);
    expect(Object.keys(BODY_KINDS)).toHaveLength(24);
  });

  it('WC-PROTO-016: the Last Will is an unauthenticated death on the death topic', () => {
    const will = lastWill('WC-7');
    expect(will.topic).toBe('wc/v1/WC-7/death');
    expect(will.retain).toBe(false);
    const envelope = decodeEnvelope(will.payload);
    expect(envelope.body).toEqual({ kind: 'death', value: { reason: 1 } });
    expect(envelope.mac).toBeUndefined();
  });

  it('WC-PROTO-017: on MQTT 5 a directive expires with its grant; nothing is ever retained', () => {
    expect(publishOptions('telemetry')).toEqual({ qos: 0, retain: false });
    expect(publishOptions('directive', { mqtt5: true, expiresInS: 600.7 })).toEqual({
      qos: 1,
      retain: false,
      properties: { contentType: 'application/vnd.weldcode.v1+protobuf', messageExpiryInterval: 600 },
    });
    expect(
      publishOptions('directive', { mqtt5: true, expiresInS: -5 }).properties?.messageExpiryInterval,
    ).toBe(1);
  });
});
