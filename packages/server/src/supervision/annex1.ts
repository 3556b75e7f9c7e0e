import writeXlsxFile from 'write-excel-file/node';
import type { Principal } from '../access/roles';
import type { SqlExecutor } from '../storage/sql-database';
import { SECTORS } from '../vocabulary';
import {
  type AreaRef,
  addTotals,
  areaTree,
  emptyTotals,
  type FigureSource,
  sectorsOf,
  shanghaiDay,
  type Totals,
} from './inventory';
import { ROLLUP_FIGURES } from './rollup-figures';

/** One line of 附件1 (电气焊作业基础信息表): an owner, a town's subtotal (小计) or the total (合计). */
export interface Annex1Row {
  kind: 'owner' | 'town' | 'total';
  district: string;
  town: string;
  owner: string;
  creditCode: string;
  sectors: string;
  totals: Totals;
}

/** The columns of 附件1, in order: header and how to read a row. */
const COLUMNS: readonly { header: string; value(row: Annex1Row, index: number): string | number }[] = [
  { header: '序号', value: (row, i) => (row.kind === 'owner' ? i : '') },
  { header: '区', value: (row) => row.district },
  { header: '街镇', value: (row) => row.town },
  { header: '单位（个人）名称', value: (row) => row.owner },
  { header: '统一社会信用代码', value: (row) => row.creditCode },
  { header: '行业领域', value: (row) => row.sectors },
  { header: '作业场所数', value: (row) => row.totals.sites },
  { header: '电焊机数（底数）', value: (row) => row.totals.machines },
  { header: '已加芯', value: (row) => row.totals.chippedMachines },
  { header: '已赋码', value: (row) => row.totals.codedMachines },
  { header: '已加芯赋码', value: (row) => row.totals.chippedAndCodedMachines },
  { header: '未改造', value: (row) => row.totals.notRetrofittedMachines },
  { header: '电气焊作业人员数', value: (row) => row.totals.workers },
  { header: '持证人员数', value: (row) => row.totals.certifiedWorkers },
  { header: '已培训人员数', value: (row) => row.totals.trainedWorkers },
];

const SECTOR_LABEL = new Map<string, string>([
  ...SECTORS.map((s) => [s.id, s.label] as const),
  ['unassigned', '未定'],
]);

interface OwnerLine {
  id: string;
  name: string;
  creditCode: string;
  townId: string;
  sectors: Set<string>;
  totals: Totals;
}

/**
 * 附件1 of `areaId`: one row per owner (enterprise or individual) with its sites, machines and
 * workers, grouped by town with a subtotal (小计) per town and the total (合计) last. Owners with no
 * machine yet stay listed: the table is the inventory (底数), not only what was retrofitted.
 */
export async function annex1Rows(
  db: SqlExecutor,
  areaId: string,
  principal?: Principal,
  at = Date.now(),
  figures: FigureSource = ROLLUP_FIGURES,
): Promise<Annex1Row[]> {
  const tree = await areaTree(db, areaId);
  const sectors = sectorsOf(principal);
  const snapshot = await figures.snapshot(db, tree.area, sectors, shanghaiDay(at));
  const owners = new Map<string, OwnerLine>();
  for (const owner of snapshot.owners) {
    const totals = addTotals(emptyTotals(), owner.totals);
    const sectorSet = new Set<string>((owner.totals.machines ?? 0) > 0 ? ['unassigned'] : []);
    if (owner.sites !== undefined) {
      addTotals(totals, owner.sites.totals);
      for (const sector of owner.sites.sectors) sectorSet.add(sector);
    }
    owners.set(owner.id, {
      id: owner.id,
      name: owner.name,
      creditCode: owner.creditCode,
      townId: owner.townId,
      sectors: sectorSet,
      totals,
    });
  }
  for (const site of snapshot.sites) {
    const owner = owners.get(site.ownerId);
    if (owner === undefined) continue;
    addTotals(owner.totals, site.totals);
    owner.sectors.add(site.sector);
  }
  return layout(tree.towns, tree.area, tree.children, [...owners.values()]);
}

// One collator for every comparison: localeCompare with a locale builds one per call.
const byName = new Intl.Collator('zh');

function layout(towns: AreaRef[], area: AreaRef, children: AreaRef[], owners: OwnerLine[]): Annex1Row[] {
  const districtName = new Map<string, string>(children.map((c) => [c.id, c.name]));
  if (area.level === 'district') districtName.set(area.id, area.name);
  const rows: Annex1Row[] = [];
  const total = emptyTotals();
  const sortedTowns = [...towns].sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const byTown = new Map<string, OwnerLine[]>();
  for (const owner of owners) {
    const list = byTown.get(owner.townId);
    if (list === undefined) byTown.set(owner.townId, [owner]);
    else list.push(owner);
  }
  for (const town of sortedTowns) {
    const district = districtName.get(town.parentId ?? '') ?? '';
    const subtotal = emptyTotals();
    const members = (byTown.get(town.id) ?? []).sort(
      (a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id),
    );
    for (const owner of members) {
      addTotals(subtotal, owner.totals);
      rows.push({
        kind: 'owner',
        district,
        town: town.name,
        owner: owner.name,
        creditCode: owner.creditCode,
        sectors: [...owner.sectors]
          .map((s) => SECTOR_LABEL.get(s) ?? s)
          .sort()
          .join('、'),
        totals: owner.totals,
      });
    }
    addTotals(total, subtotal);
    rows.push({
      kind: 'town',
      district,
      town: town.name,
      owner: '小计',
      creditCode: '',
      sectors: '',
      totals: subtotal,
    });
  }
  rows.push({
    kind: 'total',
    district: '',
    town: area.name,
    owner: '合计',
    creditCode: '',
    sectors: '',
    totals: total,
  });
  return rows;
}

function cells(rows: Annex1Row[]): (string | number)[][] {
  let index = 0;
  return rows.map((row) => {
    if (row.kind === 'owner') index += 1;
    return COLUMNS.map((column) => column.value(row, index));
  });
}

// A cell starting with one of these would be a formula in a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A table as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese), CRLF lines. */
export function csvText(table: (string | number)[][]): string {
  return `\uFEFF${table.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** 附件1 as CSV (see {@link csvText}). */
export function annex1Csv(rows: Annex1Row[]): string {
  return csvText([COLUMNS.map((c) => c.header), ...cells(rows)]);
}

/** 附件1 as an XLSX workbook (one sheet, header row in bold, frozen). */
export async function annex1Xlsx(rows: Annex1Row[]): Promise<Buffer> {
  const header = COLUMNS.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = cells(rows).map((line) => line.map((value) => ({ value })));
  return writeXlsxFile([header, ...body], {
    sheet: '电气焊作业基础信息表',
    stickyRowsCount: 1,
    columns: COLUMNS.map((c) => ({ width: Math.max(8, c.header.length * 2 + 2) })),
  }).toBuffer();
}
