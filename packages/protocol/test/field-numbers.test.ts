import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldLines, lockPath } from './support/proto-fields';

const locked = readFileSync(lockPath, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0 && !line.startsWith('#'));
const current = fieldLines();

describe('field and enum numbers', () => {
  it('WC-PROTO-006: no field or enum value of v1 was renumbered, retyped or removed', () => {
    expect(current.filter((line) => !locked.includes(line))).toEqual([]);
    expect(locked.filter((line) => !current.includes(line))).toEqual([]);
  });

  it('WC-PROTO-008: the specification uses no number in the vendor range 20000-29999', () => {
    const vendor = current.filter((line) => {
      const number = Number(/= (-?\d+)/.exec(line)?.[1]);
      return number >= 20000 && number <= 29999;
    });
    expect(vendor).toEqual([]);
  });

  it('WC-PROTO-002: mac is the highest-numbered field of the envelope', () => {
    const numbers = current
      .filter((line) => line.startsWith('weldcode.v1.Envelope.'))
      .map((line) => Number(/= (\d+)/.exec(line)?.[1]));
    expect(Math.max(...numbers)).toBe(2047);
    expect(current).toContain('weldcode.v1.Envelope.mac = 2047 bytes');
  });
});
