import { describe, expect, it } from 'vitest';
import { isWeldcodeError, WeldcodeError } from '../src/index';

type DemoCode = 'ERR_DEMO_ONE' | 'ERR_DEMO_TWO';
class DemoError extends WeldcodeError<DemoCode> {}

describe('WeldcodeError', () => {
  it('keeps code, message, details and cause', () => {
    const cause = new Error('low level');
    const error = new DemoError('ERR_DEMO_ONE', 'first', { cause, details: { offset: 3 } });
    expect(error.code).toBe('ERR_DEMO_ONE');
    expect(error.message).toBe('first');
    expect(error.details).toEqual({ offset: 3 });
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('DemoError');
    expect(error).toBeInstanceOf(WeldcodeError);
    expect(error).toBeInstanceOf(Error);
  });

  it('serialises without a stack', () => {
    const json = JSON.parse(JSON.stringify(new DemoError('ERR_DEMO_TWO', 'second')));
    expect(json).toEqual({ name: 'DemoError', code: 'ERR_DEMO_TWO', message: 'second', details: {} });
  });

  it('is recognised by brand, with or without a code', () => {
    const error = new DemoError('ERR_DEMO_TWO', 'x');
    expect(isWeldcodeError(error)).toBe(true);
    expect(isWeldcodeError(error, 'ERR_DEMO_TWO')).toBe(true);
    expect(isWeldcodeError(error, 'ERR_DEMO_ONE')).toBe(false);
    expect(isWeldcodeError(new Error('plain'))).toBe(false);
    expect(isWeldcodeError(null)).toBe(false);
    expect(isWeldcodeError({ code: 'ERR_DEMO_TWO' })).toBe(false);
  });
});
