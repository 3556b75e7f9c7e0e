import { html, render, type TemplateResult } from 'lit-html';
import { postJson } from '../api-client';
import type { LoginResult } from '../api-types';
import { LANGUAGES, type Language, language, setLanguage, t } from '../i18n/i18n';
import { messageOf } from '../router';
import { saveSession } from '../session';

/** The login form; `done` runs once a session is saved. */
export function loginView(done: () => void): TemplateResult {
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const status = form.querySelector<HTMLElement>('.status')!;
    try {
      const result = await postJson<LoginResult>('/v1/auth/login', {
        username: String(data.get('username') ?? ''),
        password: String(data.get('password') ?? ''),
      });
      saveSession(result);
      done();
    } catch (error) {
      render(html`${t('login.failed', { detail: messageOf(error) })}`, status);
    }
  };
  const switchLanguage = (event: Event) => {
    setLanguage((event.target as HTMLSelectElement).value as Language);
    done();
  };
  return html`<section class="login">
    <h1>${t('app.title')}</h1>
    <form @submit=${submit}>
      <h2>${t('login.title')}</h2>
      <label>${t('login.username')} <input name="username" autocomplete="username" required /></label>
      <label
        >${t('login.password')} <input name="password" type="password" autocomplete="current-password" required
      /></label>
      <button type="submit">${t('login.submit')}</button>
      <p class="status error" role="alert"></p>
    </form>
    <select aria-label=${t('app.language')} data-testid="language" @change=${switchLanguage}>
      ${LANGUAGES.map(
        (code) =>
          html`<option value=${code} ?selected=${code === language()}>${code === 'en' ? 'English' : '中文'}</option>`,
      )}
    </select>
  </section>`;
}
