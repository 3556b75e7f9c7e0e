import { html, svg, type TemplateResult } from 'lit-html';
import type { Totals } from '../api-types';
import { formatShare, t } from '../i18n/i18n';

/** One bar group: an area or a sector with its counts. */
export interface ChartRow {
  label: string;
  href?: string;
  totals: Totals;
}

const SERIES = [
  { key: 'chipped', className: 'bar-chipped', share: (x: Totals) => ratio(x.chippedMachines, x.machines) },
  { key: 'coded', className: 'bar-coded', share: (x: Totals) => ratio(x.codedMachines, x.machines) },
  {
    key: 'certified',
    className: 'bar-certified',
    share: (x: Totals) => ratio(x.certifiedWorkers, x.workers),
  },
] as const;

const LABEL_WIDTH = 150;
const PLOT_WIDTH = 520;
const BAR = 8;
const ROW = SERIES.length * BAR + 14;

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.min(1, part / whole);
}

/**
 * Horizontal bars per row: shares of machines chipped and coded, and of workers certified, with
 * the policy's target shares as vertical lines. Plain SVG: a few hundred rows at most, no chart
 * library needed, and it prints and screenshots crisply.
 */
export function progressChart(
  rows: readonly ChartRow[],
  targets: readonly { date: string; share: number }[],
  testId: string,
): TemplateResult {
  const height = rows.length * ROW + 24;
  const x = (share: number) => LABEL_WIDTH + share * PLOT_WIDTH;
  return html`<figure class="chart" data-testid=${testId}>
    <svg viewBox="0 0 ${LABEL_WIDTH + PLOT_WIDTH + 60} ${height}" role="img" width="100%">
      ${rows.map((row, index) => {
        const top = index * ROW + 18;
        const name = svg`<text x=${LABEL_WIDTH - 6} y=${top + (SERIES.length * BAR) / 2 + 4} text-anchor="end"
          class="row-label">${row.label}</text>`;
        return svg`<g class="row" data-label=${row.label}>
          ${row.href === undefined ? name : svg`<a href=${row.href}>${name}</a>`}
          ${SERIES.map((series, s) => {
            const share = series.share(row.totals);
            return svg`<rect class=${series.className} x=${LABEL_WIDTH} y=${top + s * BAR}
              width=${Math.max(share * PLOT_WIDTH, 0.5)} height=${BAR - 1}><title>${formatShare(share)}</title></rect>
              <text class="bar-value" x=${x(share) + 3} y=${top + s * BAR + BAR - 1}>${formatShare(share)}</text>`;
          })}
        </g>`;
      })}
      ${targets.map(
        (
          target,
        ) => svg`<line class="target" x1=${x(target.share)} x2=${x(target.share)} y1="12" y2=${height}></line>
          <text class="target-label" x=${x(target.share)} y="10" text-anchor="middle">${formatShare(target.share)} ${target.date}</text>`,
      )}
    </svg>
    <figcaption class="legend">
      <span class="swatch bar-chipped"></span>${t('overview.legendChipped')}
      <span class="swatch bar-coded"></span>${t('overview.legendCoded')}
      <span class="swatch bar-certified"></span>${t('overview.legendCertified')}
      <span class="swatch target"></span>${t('overview.legendTarget')}
    </figcaption>
  </figure>`;
}
