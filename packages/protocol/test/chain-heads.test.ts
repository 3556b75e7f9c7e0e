import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChainHeads, KEPT_HEADS } from '../src/platform/chain-heads';

const headOf = (seq: number) => {
  const head = new Uint8Array(32);
  new DataView(head.buffer).setUint32(0, seq);
  head[31] = seq % 251;
  return head;
};

describe('ChainHeads', () => {
  it('WC-PROTO-043: keeps exactly the latest 1,024 heads, as a map of every head would answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 3_000 }), (first, n) => {
        const heads = new ChainHeads();
        for (let seq = first; seq < first + n; seq++) heads.add(seq, headOf(seq));
        const last = first + n - 1;
        for (const seq of [
          first - 1,
          first,
          last - KEPT_HEADS,
          last - KEPT_HEADS + 1,
          last - 1,
          last,
          last + 1,
        ]) {
          const kept = n > 0 && seq >= Math.max(first, last - KEPT_HEADS + 1) && seq <= last;
          expect(heads.get(seq)).toEqual(kept ? headOf(seq) : undefined);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('WC-PROTO-043: a seq that does not follow the latest starts the ring again', () => {
    const heads = new ChainHeads();
    for (let seq = 1; seq <= 40; seq++) heads.add(seq, headOf(seq));
    heads.add(100, headOf(100));
    expect(heads.get(40)).toBeUndefined();
    expect(heads.get(100)).toEqual(headOf(100));
  });
});
