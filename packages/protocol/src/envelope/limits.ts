/** Largest envelope any receiver accepts (WC-PROTO-005, WC-PROTO-020). */
export const MAX_ENVELOPE_BYTES = 4096;
/** Most samples one telemetry record carries (WC-PROTO-010). */
export const MAX_TELEMETRY_SAMPLES = 16;
/** Bytes of the truncated HMAC-SHA256 session tag (WC-PROTO-031). */
export const MAC_BYTES = 8;
/** Field number of `Envelope.mac`. */
export const MAC_FIELD = 15;
/** Protocol major version spoken by this implementation. */
export const PROTOCOL_VERSION = 1;
