import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../src/app/i18n/messages-en';
import { MESSAGES_ZH } from '../src/app/i18n/messages-zh';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogues', () => {
  it('English has exactly the Chinese keys', () => {
    expect(Object.keys(MESSAGES_EN).sort()).toEqual(Object.keys(MESSAGES_ZH).sort());
  });

  it.each(Object.keys(MESSAGES_ZH) as (keyof typeof MESSAGES_ZH)[])(
    '%s has text and the same placeholders in both languages',
    (key) => {
      expect(MESSAGES_ZH[key].trim()).not.toBe('');
      expect(MESSAGES_EN[key].trim()).not.toBe('');
      // The tile URL example shows a template's own {z}/{x}/{y}, not placeholders we fill.
      expect(placeholders(MESSAGES_EN[key])).toEqual(placeholders(MESSAGES_ZH[key]));
    },
  );
});
