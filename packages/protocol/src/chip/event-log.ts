import { concatBytes, sha256 } from '../crypto-port';
import { context, u32be } from '../session/transcripts';

const encoder = new TextEncoder();

/** h_0 of one chip's epoch (spec section 8). */
export function logGenesis(chipId: string, epoch: number): Uint8Array {
  return sha256(concatBytes(context('weldcode/v1 log'), encoder.encode(chipId), u32be(epoch)));
}

/** h_seq = SHA-256(h_{seq-1} || record bytes without MAC). */
export function logNext(previous: Uint8Array, record: Uint8Array): Uint8Array {
  return sha256(concatBytes(previous, record));
}

/**
 * The append-only, hash-chained log of one boot epoch (WC-PROTO-042): each record's bytes are
 * chained, so a head the platform has seen commits to every record before it.
 *
 * @example
 * ```ts
 * import { HashChain } from '@weldcode/protocol';
 *
 * const chain = new HashChain('WC-1', 3);
 * chain.append(1, recordBytes);
 * heartbeat.logSeq = chain.seq; heartbeat.logHead = chain.head;
 * ```
 */
export class HashChain {
  /** seq of the last appended record (0 = none). */
  seq = 0;
  head: Uint8Array;

  constructor(chipId: string, epoch: number) {
    this.head = logGenesis(chipId, epoch);
  }

  /** Appends the record with the next seq; returns false (and changes nothing) on any other seq. */
  append(seq: number, record: Uint8Array): boolean {
    if (seq !== this.seq + 1) return false;
    this.head = logNext(this.head, record);
    this.seq = seq;
    return true;
  }
}
