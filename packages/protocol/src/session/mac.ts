import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { MAC_BYTES } from '../envelope/limits';
import { ProtocolError } from '../protocol-error';

/**
 * A session MAC key of one direction with the HMAC key block already absorbed, so each tag costs
 * only the message's own SHA-256 blocks (WC-PROTO-031).
 */
export interface MacKey {
  /** First 8 bytes of HMAC-SHA256(key, data). */
  tag(data: Uint8Array): Uint8Array;
  /** Constant-time comparison of `tag` with the expected tag of `data` (WC-PROTO-032). */
  verify(data: Uint8Array, tag: Uint8Array): boolean;
}

/**
 * Prepares a 32-byte session key for tagging and verifying envelopes.
 *
 * @example
 * ```ts
 * import { createMacKey } from '@weldcode/protocol';
 *
 * const key = createMacKey(new Uint8Array(32).fill(7));
 * const tag = key.tag(new Uint8Array([1, 2, 3]));
 * key.verify(new Uint8Array([1, 2, 3]), tag); // true
 * ```
 */
export function createMacKey(key: Uint8Array): MacKey {
  if (key.length !== 32) {
    throw new ProtocolError('ERR_PROTO_INVALID_FIELD', 'a session key is 32 bytes', {
      details: { length: key.length },
    });
  }
  const prepared = hmac.create(sha256, key);
  // One scratch state and output buffer per key: tagging is synchronous, so reuse is safe and
  // saves the allocations that otherwise dominate the cost of a short message.
  const scratch = prepared._cloneInto();
  const digest = new Uint8Array(32);
  const compute = (data: Uint8Array): void => {
    prepared._cloneInto(scratch);
    scratch.update(data);
    scratch.digestInto(digest);
  };
  return {
    tag(data) {
      compute(data);
      return digest.slice(0, MAC_BYTES);
    },
    verify(data, expected) {
      if (expected.length !== MAC_BYTES) return false;
      compute(data);
      let diff = 0;
      for (let i = 0; i < MAC_BYTES; i++) diff |= (digest[i] as number) ^ (expected[i] as number);
      return diff === 0;
    },
  };
}
