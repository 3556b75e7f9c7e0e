import { html } from 'lit-html';
import { getJson } from '../api-client';
import type { Machine } from '../api-types';
import { formatTime, label, t } from '../i18n/i18n';
import type { PageContext } from '../router';
import { detailList } from './detail-list';
import { pagedTable } from './paged-table';

/** One machine: what it is, where, and its retrofit (加芯) and coding (赋码) state. */
export async function machineView(context: PageContext): Promise<void> {
  const machine = await getJson<Machine>(`/v1/machines/${encodeURIComponent(context.params.id ?? '')}`);
  context.render(html`<section class="record" data-testid="machine" data-machine-id=${machine.id}>
    <p><a href="#/machines">← ${t('common.back')}</a></p>
    <h2>${t('machine.title', { name: `${machine.brand} ${machine.model}` })}</h2>
    ${detailList([
      [t('machine.codeNo'), machine.codeNo],
      [t('machine.brand'), machine.brand],
      [t('machine.model'), machine.model],
      [t('machine.serial'), machine.serial, 'machine-serial'],
      [t('machine.kind'), label('machineKind', machine.kind)],
      [t('machine.status'), label('machineStatus', machine.status), 'machine-status'],
      [t('machine.chip'), machine.chipId],
      [t('machine.plate'), machine.plateId],
      [t('machine.site'), machine.siteId],
      [t('machine.owner'), machine.ownerId],
      [t('machine.createdAt'), formatTime(machine.createdAt)],
    ])}
  </section>`);
}

/** The machines of the user's scope, a page at a time. */
export function machineListView(context: PageContext): Promise<void> {
  return pagedTable<Machine>(context, {
    title: t('machines.title'),
    path: '/v1/machines',
    testId: 'machines-table',
    columns: [
      [
        t('machine.codeNo'),
        (machine) => html`<a href="#/machines/${encodeURIComponent(machine.id)}">${machine.codeNo}</a>`,
      ],
      [t('machine.brand'), (machine) => machine.brand],
      [t('machine.model'), (machine) => machine.model],
      [t('machine.serial'), (machine) => machine.serial],
      [t('machine.kind'), (machine) => label('machineKind', machine.kind)],
      [t('machine.status'), (machine) => label('machineStatus', machine.status)],
    ],
  });
}
