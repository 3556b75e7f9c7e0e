/** Largest envelope any receiver accepts (WC-PROTO-005, WC-PROTO-020). */
export const MAX_ENVELOPE_BYTES = 4096;
/** Most samples one telemetry record carries (WC-PROTO-010). */
export const MAX_TELEMETRY_SAMPLES = 16;
/** Bytes of the truncated HMAC-SHA256 session tag (WC-PROTO-031). */
export const MAC_BYTES = 8;
/** Field number of `Envelope.mac`: the highest with a two-byte key, so number order puts it last. */
export const MAC_FIELD = 2047;
/** Key (field 2047, wire type 2) and length byte that precede the tag. */
export const MAC_PREFIX: readonly number[] = [0xfa, 0x7f, 8];
/** Protocol major version spoken by this implementation. */
export const PROTOCOL_VERSION = 1;
