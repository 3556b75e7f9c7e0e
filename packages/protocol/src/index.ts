/**
 * weldcode wire protocol v1: the chip <-> platform envelope and its codecs, stream framing, MQTT
 * topics, session authentication, platform-signed directives and unlock grants, and the
 * transport-free chip and platform state machines. Normative text: spec/protocol.md.
 *
 * @packageDocumentation
 * @module @weldcode/protocol
 */
export { type BackoffOptions, ReconnectBackoff } from './chip/backoff';
export {
  ChipMachine,
  type ChipMachineOptions,
  type ChipOutput,
  type ChipSnapshot,
  type ChipStatus,
} from './chip/chip-machine';
export {
  applyDirective,
  DIRECTIVE_MAX_AGE_S,
  type DirectiveAction,
  type DirectiveContext,
  type DirectiveOutcome,
  GRANT_EARLY_TOLERANCE_S,
  type GrantState,
} from './chip/directive-rules';
export { HashChain, logGenesis, logNext } from './chip/event-log';
export { BODY_KINDS, type BodyKind, type BodyKindInfo, isBodyKind } from './envelope/body-kinds';
export {
  type DecodedEnvelope,
  decodeEnvelope,
  encodeEnvelope,
  openEnvelope,
  sealEnvelope,
} from './envelope/envelope-codec';
export { envelopeToJson } from './envelope/envelope-json';
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
export { weldcode as proto } from './generated/weldcode';
export { type LastWill, lastWill } from './mqtt/last-will';
export {
  assertChipId,
  CONTENT_TYPE,
  chipTopic,
  type PublishOptions,
  parseChipTopic,
  platformSubscriptions,
  publishOptions,
  qosFor,
  type TopicChannel,
} from './mqtt/topics';
export {
  type IngestedRecord,
  type PlatformAlert,
  PlatformMachine,
  type PlatformMachineOptions,
  type PlatformOutput,
} from './platform/platform-machine';
export { ProtocolError, type ProtocolErrorCode } from './protocol-error';
export { directiveEnvelope, signDirective, verifyDirective } from './session/directive-signature';
export {
  answerChallenge,
  answerHello,
  type ChipHello,
  checkAuthResponse,
  createHello,
  type PendingSession,
  type RandomSource,
} from './session/handshake';
export { createMacKey, type MacKey } from './session/mac';
export { type RegisterRequest, signRegisterRequest, verifyRegisterRequest } from './session/registration';
export { deriveSessionKeys, type SessionKeys } from './session/transcripts';
