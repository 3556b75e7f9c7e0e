import { html } from 'lit-html';
import { download, getJson, query } from '../api-client';
import type { Progress, Totals } from '../api-types';
import { progressChart } from '../charts/progress-chart';
import { formatShare, formatTime, label, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages-zh';
import type { PageContext } from '../router';

const TOTALS: readonly (keyof Totals)[] = [
  'sites',
  'machines',
  'chippedMachines',
  'codedMachines',
  'workers',
  'certifiedWorkers',
  'trainedWorkers',
];

/**
 * The first screen: the area's totals, progress per child area and per sector against the
 * policy's targets, and the 附件1 export. One request, so it stays fast for a whole city.
 */
export async function overviewView(context: PageContext): Promise<void> {
  const areaId = context.params.areaId ?? context.session.user.areaId;
  const progress = await getJson<Progress>(`/v1/progress${query({ areaId })}`);
  const exportFile = (extension: 'csv' | 'xlsx') =>
    download(
      `/v1/exports/annex1.${extension}${query({ areaId })}`,
      `附件1-${progress.area.name}.${extension}`,
    );
  context.render(html`<section class="overview" data-area-id=${progress.area.id}>
    <h2 data-testid="overview-title">
      ${t('overview.title', { area: `${progress.area.name}（${label('level', progress.area.level)}）` })}
    </h2>
    <p class="muted">${t('overview.asOf', { time: formatTime(progress.asOf) })}</p>
    <ul class="targets">
      ${progress.targets.map(
        (target) =>
          html`<li>${t('overview.target', { date: target.date, share: formatShare(target.share) })}</li>`,
      )}
    </ul>
    <dl class="totals" data-testid="totals">
      ${TOTALS.map(
        (key) =>
          html`<div data-total=${key}><dt>${t(`totals.${key}` as MessageKey)}</dt>
            <dd>${progress.totals[key].toLocaleString()}</dd></div>`,
      )}
    </dl>
    <div class="actions">
      <span>${t('overview.export')}</span>
      <button type="button" data-testid="export-csv" @click=${() => exportFile('csv')}>
        ${t('overview.exportCsv')}
      </button>
      <button type="button" data-testid="export-xlsx" @click=${() => exportFile('xlsx')}>
        ${t('overview.exportXlsx')}
      </button>
    </div>
    ${
      progress.children.length === 0
        ? ''
        : html`<h3>${t('overview.byChild')}</h3>
            ${progressChart(
              progress.children.map((child) => ({
                label: child.area.name,
                href: `#/areas/${encodeURIComponent(child.area.id)}`,
                totals: child.totals,
              })),
              progress.targets,
              'chart-children',
            )}`
    }
    ${
      progress.bySector.length === 0
        ? ''
        : html`<h3>${t('overview.bySector')}</h3>
            ${progressChart(
              progress.bySector.map((row) => ({ label: label('sector', row.sector), totals: row.totals })),
              progress.targets,
              'chart-sectors',
            )}`
    }
  </section>`);
}
