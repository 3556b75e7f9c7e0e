import { decodeEnvelope } from '@weldcode/protocol';

/** MAC field key and length (`FA 7F 08`) and the 8-byte tag: the last 11 bytes of a sealed envelope. */
const MAC_TRAILER = 11;

/** What an uplink looks like before it is verified, from its first and last bytes only. */
export type UplinkShape = 'hello' | 'authResponse' | 'unsealed' | 'sealed';

/**
 * Tells the handshake messages (which carry no MAC and start with their body's two-byte field key,
 * `hello` = field 16, `auth_response` = field 18) from sealed envelopes, which end with the MAC
 * field (WC-PROTO-002). Only a shape: the protocol machine verifies everything.
 */
export function classifyUplink(bytes: Uint8Array): UplinkShape {
  if (bytes[1] === 0x01 && bytes[0] === 0x82) return 'hello';
  if (bytes[1] === 0x01 && bytes[0] === 0x92) return 'authResponse';
  const n = bytes.length;
  if (n < MAC_TRAILER + 2 || bytes[n - 11] !== 0xfa || bytes[n - 10] !== 0x7f || bytes[n - 9] !== 0x08) {
    return 'unsealed';
  }
  return 'sealed';
}

/**
 * The bytes to store for each record of a verified uplink, by seq: the record envelope without
 * its MAC, which is also what the chip's hash chain covers (WC-PROTO-042). A live record is the
 * uplink itself minus the MAC trailer; a backfill carries its records' bytes.
 */
export function recordPayloads(bytes: Uint8Array, seqs: readonly number[]): Map<number, Uint8Array> {
  const payloads = new Map<number, Uint8Array>();
  if (bytes[0] === 0x08 && seqs.length === 1) {
    payloads.set(seqs[0] as number, bytes.slice(0, bytes.length - MAC_TRAILER));
    return payloads;
  }
  const envelope = decodeEnvelope(bytes);
  if (envelope.body.kind !== 'backfill') return payloads;
  for (const record of envelope.body.value.records ?? []) {
    try {
      payloads.set(decodeEnvelope(record).seq, record.slice());
    } catch {
      // the machine refused it already
    }
  }
  return payloads;
}
