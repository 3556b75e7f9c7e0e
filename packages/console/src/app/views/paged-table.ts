import { html, nothing, render, type TemplateResult } from 'lit-html';
import { getJson, query } from '../api-client';
import type { Page } from '../api-types';
import { t } from '../i18n/i18n';
import type { PageContext } from '../router';

/** A column: its header and how a record fills its cell. */
export type Column<T> = readonly [header: string, cell: (item: T) => unknown];

/** A keyset-paginated listing of the user's scope as a table, with "load more". */
export async function pagedTable<T>(
  context: PageContext,
  options: { title: string; path: string; testId: string; columns: readonly Column<T>[] },
): Promise<void> {
  const items: T[] = [];
  let cursor: string | null = null;
  const body = (): TemplateResult =>
    items.length === 0
      ? html`<p class="muted">${t('common.none')}</p>`
      : html`<table data-testid=${options.testId}>
          <thead>
            <tr>
              ${options.columns.map(([header]) => html`<th>${header}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${items.map((item) => html`<tr>${options.columns.map(([, cell]) => html`<td>${cell(item)}</td>`)}</tr>`)}
          </tbody>
        </table>`;
  const more = async () => {
    const page = await getJson<Page<T>>(
      `${options.path}${query({ limit: 50, cursor: cursor ?? undefined })}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
    render(
      html`<section class="list">
        <h2>${options.title}</h2>
        ${body()}
        ${cursor === null ? nothing : html`<button type="button" @click=${more}>${t('common.more')}</button>`}
      </section>`,
      context.outlet,
    );
  };
  await more();
}
