import { QrError } from '../qr-error';
import { renderSvg } from './render-code';

/** One label of an A4 sheet: a plate and the lines printed under it. */
export interface PlateLabel {
  /** The plate's text (or URL) form. */
  text: string;
  /** Printed in large type, e.g. the machine id `FX-1200345`. */
  title: string;
  /** Printed small, e.g. `举报电话 12345` (the hotline). */
  footer?: string;
}

const PAGE_W = 210;
const PAGE_H = 297;
const COLUMNS = 3;
const ROWS = 4;
const CELL_W = 64;
const CELL_H = 70;
const QR_SIZE = 50;
const MARGIN_X = (PAGE_W - COLUMNS * CELL_W) / 2;
const MARGIN_Y = (PAGE_H - ROWS * CELL_H) / 2;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function labelAt(label: PlateLabel, index: number): Promise<string> {
  const x = MARGIN_X + (index % COLUMNS) * CELL_W;
  const y = MARGIN_Y + Math.floor(index / COLUMNS) * CELL_H;
  const symbol = (await renderSvg(label.text, { ecc: 'H' }))
    .replace(/<\?xml[^>]*>/, '')
    .replace(
      '<svg ',
      `<svg x="${x + (CELL_W - QR_SIZE) / 2}" y="${y + 3}" width="${QR_SIZE}" height="${QR_SIZE}" `,
    );
  const cx = x + CELL_W / 2;
  return [
    `<rect x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}" rx="3" fill="none" stroke="#999" stroke-width="0.2" stroke-dasharray="1 1"/>`,
    symbol,
    `<text x="${cx}" y="${y + QR_SIZE + 9}" font-size="5" font-weight="bold" text-anchor="middle">${escapeXml(label.title)}</text>`,
    label.footer === undefined
      ? ''
      : `<text x="${cx}" y="${y + QR_SIZE + 14.5}" font-size="3.2" text-anchor="middle">${escapeXml(label.footer)}</text>`,
  ].join('\n');
}

/**
 * Printable A4 sheets (SVG, millimetres) of plate labels, 3 × 4 a page, each with its QR at
 * ECC H, a title line (machine id) and a footer (hotline).
 *
 * @throws {@link QrError} `ERR_QR_RENDER` when there is nothing to print or a label cannot be rendered.
 * @example
 * ```ts
 * import { labelSheets } from '@weldcode/qr';
 *
 * const [page] = await labelSheets([{ text: plate.text, title: 'FX-1200345', footer: '举报电话 12345' }]);
 * ```
 */
export async function labelSheets(labels: readonly PlateLabel[]): Promise<string[]> {
  if (labels.length === 0) throw new QrError('ERR_QR_RENDER', 'no labels to print');
  const perPage = COLUMNS * ROWS;
  const pages: string[] = [];
  for (let start = 0; start < labels.length; start += perPage) {
    const cells = await Promise.all(labels.slice(start, start + perPage).map(labelAt));
    pages.push(
      [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE_W}mm" height="${PAGE_H}mm" viewBox="0 0 ${PAGE_W} ${PAGE_H}" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC',sans-serif">`,
        `<rect width="${PAGE_W}" height="${PAGE_H}" fill="#fff"/>`,
        ...cells,
        '</svg>',
      ].join('\n'),
    );
  }
  return pages;
}
