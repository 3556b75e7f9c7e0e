import { describe, expect, it } from 'vitest';
import { parseExpectedFailures } from '../src/index';

describe('expected-failure lists', () => {
  it('WC-CONF-009: accepts entries that each have a case id and a reason', () => {
    const list = {
      implementation: 'acme-chip',
      entries: [{ id: 'proto-a', reason: 'firmware 1.2 sends v0 heartbeat' }],
    };
    expect(parseExpectedFailures(list)).toEqual(list);
  });

  it.each([
    ['no reason', { implementation: 'x', entries: [{ id: 'a', reason: ' ' }] }],
    ['no id', { implementation: 'x', entries: [{ reason: 'why' }] }],
    [
      'a duplicate',
      {
        implementation: 'x',
        entries: [
          { id: 'a', reason: 'r' },
          { id: 'a', reason: 'r' },
        ],
      },
    ],
    ['an unknown key', { implementation: 'x', entries: [{ id: 'a', reason: 'r', resaon: 'typo' }] }],
    ['no implementation', { entries: [] }],
    ['not an object', 'list'],
  ])('WC-CONF-009: refuses a list with %s', (_name, value) => {
    expect(() => parseExpectedFailures(value)).toThrowError(
      expect.objectContaining({ code: 'ERR_EXPECTED_FAILURES_INVALID' }),
    );
  });
});
