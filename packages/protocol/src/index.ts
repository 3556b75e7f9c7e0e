/**
 * weldcode wire protocol v1: the chip <-> platform envelope and its codecs, stream framing, MQTT
 * topics, session authentication, platform-signed directives and unlock grants, and the
 * transport-free chip and platform state machines. Normative text: spec/protocol.md.
 *
 * @packageDocumentation
 * @module @weldcode/protocol
 */
export { BODY_KINDS, type BodyKind, type BodyKindInfo, isBodyKind } from './envelope/body-kinds';
export {
  type DecodedEnvelope,
  decodeEnvelope,
  encodeEnvelope,
  openEnvelope,
  sealEnvelope,
} from './envelope/envelope-codec';
export { MAC_BYTES, MAX_ENVELOPE_BYTES, MAX_TELEMETRY_SAMPLES, PROTOCOL_VERSION } from './envelope/limits';
export type {
  BodyOf,
  Directive,
  Envelope,
  EnvelopeBody,
  Grant,
  Location,
  Plain,
  SignedDirective,
  Telemetry,
} from './envelope/messages';
export { crc32 } from './framing/crc32';
export { decodeFrame, encodeFrame } from './framing/frame';
export { FrameDecoder, type FrameDecoderOutput } from './framing/frame-decoder';
export { type LastWill, lastWill } from './mqtt/last-will';
export {
  assertChipId,
  chipTopic,
  parseChipTopic,
  platformSubscriptions,
  qosFor,
  type TopicChannel,
} from './mqtt/topics';
export { ProtocolError, type ProtocolErrorCode } from './protocol-error';
export { createMacKey, type MacKey } from './session/mac';
