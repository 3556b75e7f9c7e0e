import { html, render } from 'lit-html';
import { LANGUAGES, type Language, label, language, setLanguage, t } from './i18n/i18n';
import type { MessageKey } from './i18n/messages-zh';
import { clearSession, type Session } from './session';

const NAV: readonly [string, MessageKey][] = [
  ['#/', 'nav.overview'],
  ['#/map', 'nav.map'],
  ['#/alerts', 'nav.alerts'],
  ['#/machines', 'nav.machines'],
  ['#/permits', 'nav.permits'],
];

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** The page frame: title, navigation, who is logged in, the language switch and the outlet. */
export function renderChrome(root: HTMLElement, session: Session, outlet: HTMLElement, rerender: () => void) {
  const here = location.hash.split('?')[0] || '#/';
  const logout = () => {
    clearSession();
    location.hash = '#/';
    rerender();
  };
  const switchLanguage = (event: Event) => {
    setLanguage((event.target as HTMLSelectElement).value as Language);
    rerender();
  };
  render(
    html`<header class="chrome">
        <h1>${t('app.title')}</h1>
        <nav>
          ${NAV.map(
            ([href, key]) =>
              html`<a href=${href} class=${(href === '#/' ? here === '#/' : here.startsWith(href)) ? 'tab active' : 'tab'}
                >${t(key)}</a
              >`,
          )}
        </nav>
        <span class="who" data-testid="who"
          >${session.user.displayName} · ${label('role', session.user.role)}${session.user.sector ? ` · ${label('department', session.user.sector)}` : ''}</span
        >
        <label class="language"
          >${t('app.language')}
          <select data-testid="language" @change=${switchLanguage}>
            ${LANGUAGES.map(
              (code) =>
                html`<option value=${code} ?selected=${code === language()}>${LANGUAGE_NAMES[code]}</option>`,
            )}
          </select></label
        >
        <button type="button" class="link" @click=${logout}>${t('nav.logout')}</button>
      </header>
      ${outlet}`,
    root,
  );
}
