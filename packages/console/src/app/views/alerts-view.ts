import { html, nothing, render } from 'lit-html';
import { getJson, postJson, query } from '../api-client';
import type { Alert, Page } from '../api-types';
import { formatTime, label, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-zh';
import { messageOf, type PageContext } from '../router';

const STATES = ['open', 'acknowledged', 'closed', 'all'] as const;
const PAGE_SIZE = 50;

function subject(alert: Alert) {
  if (alert.machineId)
    return html`<a href="#/machines/${encodeURIComponent(alert.machineId)}">${alert.machineId}</a>`;
  return alert.siteId ?? alert.townId ?? '—';
}

/**
 * The alert queue of the user's scope (the server routes each alert to its tier): acknowledge,
 * then close with a note after verifying and acting (核实处置).
 */
export async function alertsView(context: PageContext): Promise<void> {
  const state = STATES.find((candidate) => candidate === context.query.get('state')) ?? 'open';
  const items: Alert[] = [];
  let cursor: string | null = null;
  let closing: string | undefined;
  let failure = '';

  const load = async () => {
    const page = await getJson<Page<Alert>>(
      `/v1/alerts${query({ state: state === 'all' ? undefined : state, limit: PAGE_SIZE, cursor: cursor ?? undefined })}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  };
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      context.refresh();
    } catch (error) {
      failure = messageOf(error);
      draw();
    }
  };
  // The server records who acted; today's alert API takes it in the body as `actor`.
  const actor = context.session.user.username;
  const acknowledge = (alert: Alert) =>
    act(() => postJson(`/v1/alerts/${encodeURIComponent(alert.id)}/acknowledge`, { actor }));
  const close = (alert: Alert, event: SubmitEvent) => {
    event.preventDefault();
    const note = String(new FormData(event.target as HTMLFormElement).get('note') ?? '').trim();
    if (note === '') {
      failure = t('alerts.noteRequired');
      return draw();
    }
    return act(() => postJson(`/v1/alerts/${encodeURIComponent(alert.id)}/close`, { actor, note }));
  };
  const more = async () => {
    await load();
    draw();
  };

  const row = (alert: Alert) => html`<tr data-alert-id=${alert.id} data-state=${alert.state}>
      <td>${label('alertKind', alert.kind)}</td>
      <td class="severity-${alert.severity}">${label('severity', alert.severity)}</td>
      <td>${label('state', alert.state)}</td>
      <td>${subject(alert)}</td>
      <td>${formatTime(alert.openedAt)}</td>
      <td>${formatTime(alert.lastSeenAt)}</td>
      <td>${alert.count}</td>
      <td>
        ${
          alert.state === 'open'
            ? html`<button type="button" data-action="acknowledge" @click=${() => acknowledge(alert)}>
              ${t('alerts.acknowledge')}
            </button>`
            : nothing
        }
        ${
          alert.state !== 'closed'
            ? html`<button type="button" data-action="close" @click=${() => {
                closing = alert.id;
                draw();
              }}>
              ${t('alerts.close')}
            </button>`
            : nothing
        }
      </td>
    </tr>
    ${
      closing === alert.id
        ? html`<tr class="close-form">
          <td colspan="8">
            <form @submit=${(event: SubmitEvent) => close(alert, event)}>
              <label>${t('alerts.note')} <textarea name="note" rows="2" required></textarea></label>
              <button type="submit" data-action="confirm-close">${t('alerts.confirmClose')}</button>
              <button type="button" @click=${() => {
                closing = undefined;
                draw();
              }}>
                ${t('alerts.cancel')}
              </button>
            </form>
          </td>
        </tr>`
        : nothing
    }`;

  const draw = () =>
    render(
      html`<section class="alerts">
        <h2>${t('alerts.title')}</h2>
        <nav class="filters">
          ${STATES.map(
            (candidate) =>
              html`<a href="#/alerts?state=${candidate}" class=${candidate === state ? 'tab active' : 'tab'}
                >${t(`alerts.filter.${candidate}` as MessageKey)}</a
              >`,
          )}
        </nav>
        ${failure === '' ? nothing : html`<p class="error" role="alert">${failure}</p>`}
        ${
          items.length === 0
            ? html`<p class="muted" data-testid="alerts-empty">${t('common.none')}</p>`
            : html`<table data-testid="alerts-table">
              <thead>
                <tr>
                  <th>${t('alerts.kind')}</th>
                  <th>${t('alerts.severity')}</th>
                  <th>${t('alerts.state')}</th>
                  <th>${t('alerts.subject')}</th>
                  <th>${t('alerts.openedAt')}</th>
                  <th>${t('alerts.lastSeenAt')}</th>
                  <th>${t('alerts.count')}</th>
                  <th>${t('alerts.actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${items.map(row)}
              </tbody>
            </table>`
        }
        ${cursor === null ? nothing : html`<button type="button" @click=${more}>${t('common.more')}</button>`}
      </section>`,
      context.outlet,
    );

  await load();
  draw();
}
