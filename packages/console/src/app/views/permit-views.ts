import { html } from 'lit-html';
import { getJson } from '../api-client';
import type { Permit } from '../api-types';
import { formatTime, label, t } from '../i18n/i18n';
import type { PageContext } from '../router';
import { detailList } from './detail-list';
import { pagedTable } from './paged-table';

function machineLinks(ids: readonly string[]) {
  return ids.map(
    (id, index) => html`${index === 0 ? '' : '、'}<a href="#/machines/${encodeURIComponent(id)}">${id}</a>`,
  );
}

/** One hot-work permit: level, window, zone, people, machines and the approval. */
export async function permitView(context: PageContext): Promise<void> {
  const permit = await getJson<Permit>(`/v1/permits/${encodeURIComponent(context.params.id ?? '')}`);
  context.render(html`<section class="record" data-testid="permit" data-permit-id=${permit.id}>
    <p><a href="#/permits">← ${t('common.back')}</a></p>
    <h2>${t('permit.title', { code: permit.codeNo })}</h2>
    ${detailList([
      [t('permit.state'), label('permitState', permit.state), 'permit-state'],
      [t('permit.level'), label('permitLevel', permit.level), 'permit-level'],
      [t('permit.workKind'), label('workKind', permit.workKind)],
      [t('permit.window'), `${formatTime(permit.startsAt)} – ${formatTime(permit.endsAt)}`],
      [t('permit.site'), permit.siteId],
      [t('permit.applicant'), permit.applicant],
      [t('permit.fireWatcher'), permit.fireWatcherId],
      [t('permit.workers'), permit.workerIds.join('、')],
      [t('permit.machines'), machineLinks(permit.machineIds)],
      [t('permit.zone'), `${permit.zone.geometry.type} (${permit.zone.datum})`],
      [t('permit.decidedBy'), permit.decidedBy],
      [t('permit.decisionNote'), permit.decisionNote],
    ])}
  </section>`);
}

/** The permits of the user's scope, a page at a time. */
export function permitListView(context: PageContext): Promise<void> {
  return pagedTable<Permit>(context, {
    title: t('permits.title'),
    path: '/v1/permits',
    testId: 'permits-table',
    columns: [
      [
        t('machine.codeNo'),
        (permit) => html`<a href="#/permits/${encodeURIComponent(permit.id)}">${permit.codeNo}</a>`,
      ],
      [t('permit.level'), (permit) => label('permitLevel', permit.level)],
      [t('permit.workKind'), (permit) => label('workKind', permit.workKind)],
      [t('permit.window'), (permit) => `${formatTime(permit.startsAt)} – ${formatTime(permit.endsAt)}`],
      [t('permit.state'), (permit) => label('permitState', permit.state)],
    ],
  });
}
