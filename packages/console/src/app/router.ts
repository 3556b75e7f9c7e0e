import { html, render, type TemplateResult } from 'lit-html';
import { ConsoleError } from '../console-error';
import { t } from './i18n/i18n';
import { currentSession, type Session } from './session';

/** What a page gets: where to draw, the route's parameters and the logged-in session. */
export interface PageContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly session: Session;
  /** Draws into this page's outlet; a page left behind draws into a detached element, harmlessly. */
  render(template: TemplateResult): void;
  /** The outlet element (the map draws into it directly). */
  readonly outlet: HTMLElement;
  /** Runs the current route again (after an action changed the data). */
  refresh(): void;
}

/** A page: may return a cleanup that runs when the user navigates away. */
export type Page = (context: PageContext) => Promise<(() => void) | undefined> | Promise<void> | void;

export interface Route {
  readonly pattern: RegExp;
  readonly page: Page;
}

/** Hash routes (`#/alerts`) need no server-side fallback: the server only serves files. */
export function startRouter(options: {
  routes: readonly Route[];
  login: (done: () => void) => TemplateResult;
  chrome: (session: Session, outlet: HTMLElement, rerender: () => void) => void;
  root: HTMLElement;
}): void {
  let cleanup: (() => void) | undefined;
  const show = async () => {
    cleanup?.();
    cleanup = undefined;
    const session = currentSession();
    if (session === undefined) {
      render(options.login(show), options.root);
      return;
    }
    const outlet = document.createElement('main');
    options.chrome(session, outlet, show);
    const [path = '/', search = ''] = location.hash.replace(/^#/, '').split('?');
    const route = options.routes.find((candidate) => candidate.pattern.test(path || '/'));
    const match = route?.pattern.exec(path || '/');
    if (route === undefined || match === null || match === undefined) {
      location.hash = '#/';
      return;
    }
    const context: PageContext = {
      params: match.groups ?? {},
      query: new URLSearchParams(search),
      session,
      outlet,
      render: (template) => render(template, outlet),
      refresh: () => void show(),
    };
    context.render(html`<p class="loading">${t('common.loading')}</p>`);
    try {
      cleanup = (await route.page(context)) ?? undefined;
    } catch (error) {
      if (error instanceof ConsoleError && error.code === 'ERR_CONSOLE_UNAUTHENTICATED') return void show();
      context.render(
        html`<p class="error" role="alert">${t('common.error', { detail: messageOf(error) })}</p>`,
      );
    }
  };
  window.addEventListener('hashchange', () => void show());
  void show();
}

/** The text of an error for the user. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
