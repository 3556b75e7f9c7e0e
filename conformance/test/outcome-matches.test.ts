import { describe, expect, it } from 'vitest';
import { approx, outcomeMatches } from '../src/index';

describe('outcome comparison', () => {
  it('WC-CONF-017: objects match regardless of key order, but not with extra or missing keys', () => {
    expect(outcomeMatches({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(outcomeMatches({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(outcomeMatches({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(outcomeMatches([1, 2], [2, 1])).toBe(false);
    expect(outcomeMatches({ a: null }, { a: undefined })).toBe(false);
    expect(outcomeMatches('x', 'x')).toBe(true);
    expect(outcomeMatches({ a: {} }, { a: [] })).toBe(false);
  });

  it('WC-CONF-017: approximate numbers match within their tolerance only', () => {
    expect(outcomeMatches({ lon: approx(121.5, 1e-9) }, { lon: 121.5 + 5e-10 })).toBe(true);
    expect(outcomeMatches({ lon: approx(121.5, 1e-9) }, { lon: 121.5 + 2e-9 })).toBe(false);
    expect(outcomeMatches({ lon: approx(121.5, 1e-9) }, { lon: '121.5' })).toBe(false);
  });
});
