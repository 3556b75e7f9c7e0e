import type { Principal } from '../access/roles';
import type { AreaLevel } from '../registry/areas';
import type { SqlExecutor } from '../storage/sql-database';
import {
  addTotals,
  areaTree,
  emptyTotals,
  type FigureSource,
  inspectionGroups,
  sectorsOf,
  shanghaiDay,
  type Totals,
} from './inventory';
import { ROLLUP_FIGURES } from './rollup-figures';
import type { SupervisionPolicy } from './supervision-policy';

/** An area as the progress report names it. */
export interface AreaSummary {
  id: string;
  name: string;
  level: AreaLevel;
}

/** A policy target: the share of machines chipped and coded by a date. */
export interface ProgressTarget {
  date: string;
  share: number;
}

/** Retrofit progress of an area against the policy's targets. */
export interface ProgressReport {
  area: AreaSummary;
  asOf: string;
  targets: ProgressTarget[];
  /** Chipped-and-coded machines over machines (0 when there are none). */
  share: number;
  /** The target in force on `asOf` (the next one due), and whether the share already meets it. */
  due: (ProgressTarget & { met: boolean }) | null;
  totals: Totals;
  children: { area: AreaSummary; totals: Totals; share: number }[];
  bySector: { sector: string; totals: Totals; share: number }[];
}

export function shareOf(totals: Totals): number {
  return totals.machines === 0 ? 0 : totals.chippedAndCodedMachines / totals.machines;
}

function summary(area: { id: string; name: string; level: AreaLevel }): AreaSummary {
  return { id: area.id, name: area.name, level: area.level };
}

/**
 * The progress report of `areaId`: totals, one row per child (districts of a city, towns of a
 * district), one row per sector, from grouped queries over the area's rollup rows (or over
 * `figures`, e.g. the recount); a sector officer's figures count only its department's sectors.
 */
export async function progressReport(
  db: SqlExecutor,
  areaId: string,
  policy: SupervisionPolicy,
  principal?: Principal,
  at = Date.now(),
  figures: FigureSource = ROLLUP_FIGURES,
): Promise<ProgressReport> {
  const tree = await areaTree(db, areaId);
  const sectors = sectorsOf(principal);
  const day = shanghaiDay(at);
  const [groups, inspections] = await Promise.all([
    figures.groups(db, tree.area, sectors, day),
    inspectionGroups(db, tree.area, sectors),
  ]);
  const totals = emptyTotals();
  const byChild = new Map(tree.children.map((child) => [child.id, emptyTotals()]));
  const bySector = new Map<string, Totals>();
  const addToArea = (townId: string, figures: Partial<Totals>) => {
    addTotals(totals, figures);
    const child = byChild.get(tree.childOfTown.get(townId) ?? '');
    if (child !== undefined) addTotals(child, figures);
  };
  const addToSector = (sector: string, figures: Partial<Totals>) => {
    bySector.set(sector, addTotals(bySector.get(sector) ?? emptyTotals(), figures));
  };
  for (const group of groups.byTown) {
    addToArea(group.townId, group.totals);
    if (group.sector !== '') addToSector(group.sector, group.totals);
  }
  for (const group of groups.workersBySector) addToSector(group.sector, group.totals);
  for (const group of inspections) addToArea(group.townId, group.totals);
  const share = shareOf(totals);
  const next =
    policy.targets.find((target) => target.date >= day) ?? policy.targets[policy.targets.length - 1];
  return {
    area: summary(tree.area),
    asOf: new Date(at).toISOString(),
    targets: policy.targets.map((t) => ({ ...t })),
    share,
    due: next === undefined ? null : { ...next, met: share >= next.share },
    totals,
    children: tree.children.map((child) => {
      const t = byChild.get(child.id) ?? emptyTotals();
      return { area: summary(child), totals: t, share: shareOf(t) };
    }),
    bySector: [...bySector.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([sector, t]) => ({ sector, totals: t, share: shareOf(t) })),
  };
}
