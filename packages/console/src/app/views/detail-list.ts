import { html, nothing, type TemplateResult } from 'lit-html';

/** A definition list of labelled values, the body of a record page. */
export function detailList(
  rows: readonly [label: string, value: unknown, testId?: string][],
): TemplateResult {
  return html`<dl class="details">
    ${rows.map(
      ([name, value, testId]) =>
        html`<div data-testid=${testId ?? nothing}><dt>${name}</dt><dd>${value ?? '—'}</dd></div>`,
    )}
  </dl>`;
}
