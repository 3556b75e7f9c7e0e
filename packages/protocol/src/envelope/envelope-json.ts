import { weldcode } from '../generated/weldcode';

const pb = weldcode.v1.Envelope;

/**
 * The envelope in the canonical proto3 JSON mapping (64-bit integers as strings, bytes as base64,
 * enums by name), as `protoc` and the test vectors show it. For people and tools, never for
 * signing: signatures and MACs always cover the bytes as carried.
 *
 * It does not check the envelope's rules or MAC: decode or open the bytes first.
 * @example
 * ```ts
 * import { envelopeToJson, openEnvelope } from '@weldcode/protocol';
 *
 * openEnvelope(bytes, macKey); // checks structure and MAC first
 * console.log(JSON.stringify(envelopeToJson(bytes)));
 * ```
 */
export function envelopeToJson(bytes: Uint8Array): Record<string, unknown> {
  return pb.toObject(pb.decode(bytes), { longs: String, enums: String, bytes: String }) as Record<
    string,
    unknown
  >;
}
