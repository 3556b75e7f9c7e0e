import { WeldcodeError } from '@weldcode/errors';

/**
 * Every stable error code of the wire protocol (spec/protocol.md section 11). Directive and grant
 * validation results use the same codes.
 */
export type ProtocolErrorCode =
  | 'ERR_PROTO_FRAME_TRUNCATED'
  | 'ERR_PROTO_FRAME_TRAILING'
  | 'ERR_PROTO_FRAME_MAGIC'
  | 'ERR_PROTO_FRAME_VERSION'
  | 'ERR_PROTO_FRAME_CRC'
  | 'ERR_PROTO_OVERSIZED'
  | 'ERR_PROTO_MALFORMED'
  | 'ERR_PROTO_UNKNOWN_MESSAGE'
  | 'ERR_PROTO_INVALID_FIELD'
  | 'ERR_PROTO_BAD_MAC'
  | 'ERR_PROTO_NO_SESSION'
  | 'ERR_PROTO_BAD_SIGNATURE'
  | 'ERR_PROTO_UNKNOWN_KEY'
  | 'ERR_PROTO_REPLAYED'
  | 'ERR_PROTO_FOREIGN'
  | 'ERR_PROTO_EXPIRED'
  | 'ERR_PROTO_NOT_YET_VALID'
  | 'ERR_PROTO_LOCKED'
  | 'ERR_PROTO_STALE_VERSION'
  | 'ERR_PROTO_HANDSHAKE'
  | 'ERR_PROTO_BAD_TOPIC';

/**
 * The one error class of `@weldcode/protocol`: bad input always ends here, never in a crash.
 *
 * @example
 * ```ts
 * import { decodeFrame, ProtocolError } from '@weldcode/protocol';
 *
 * try {
 *   decodeFrame(bytes);
 * } catch (error) {
 *   if (error instanceof ProtocolError && error.code === 'ERR_PROTO_FRAME_CRC') requestResend();
 * }
 * ```
 */
export class ProtocolError extends WeldcodeError<ProtocolErrorCode> {}
