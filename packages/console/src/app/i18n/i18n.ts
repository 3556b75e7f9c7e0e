import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH, type MessageKey } from './messages-zh';

/** The console's languages; Chinese comes first and is the default. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { 'zh-CN': MESSAGES_ZH, en: MESSAGES_EN };
const STORAGE_KEY = 'weldcode.language';

let current: Language = readLanguage();

function readLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LANGUAGES.find((language) => language === stored) ?? 'zh-CN';
}

/** The language in use. */
export function language(): Language {
  return current;
}

/** Switches language and remembers the choice in this browser. */
export function setLanguage(next: Language): void {
  current = next;
  globalThis.localStorage?.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
}

/** The message `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGUES[current][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The label of a vocabulary value (`prefix.value`), or the raw value when the catalogue does not
 * know it: the server may grow a vocabulary before the console does.
 */
export function label(prefix: string, value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const key = `${prefix}.${value}`;
  return key in CATALOGUES[current] ? CATALOGUES[current][key as MessageKey] : value;
}

/** A timestamp in the current language's conventions, local time. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(current);
}

/** A share (0..1) as a percentage. */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(share > 0 && share < 0.1 ? 1 : 0)}%`;
}
