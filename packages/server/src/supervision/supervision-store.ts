import type { Principal } from '../access/roles';
import type { SqlDatabase } from '../storage/sql-database';
import { AlertRouting } from './alert-routing';
import { type Annex1Row, annex1Rows } from './annex1';
import { DutyLog } from './duties';
import { InspectionLog } from './inspections';
import { type MapFeatureCollection, mapFeatures, type OpenAlertCounter } from './map-features';
import { type ProgressReport, progressReport } from './progress';
import { rebuildStatements } from './rollup-schema';
import { DEFAULT_SUPERVISION_POLICY, type SupervisionPolicy } from './supervision-policy';
import { TrainingLog } from './training';

/** District supervision over storage: figures, 附件1, duties, training and inspections. */
export class SupervisionStore {
  readonly duties: DutyLog;
  readonly trainings: TrainingLog;
  readonly inspections: InspectionLog;
  readonly alerts: AlertRouting;

  constructor(
    private readonly db: SqlDatabase,
    readonly policy: SupervisionPolicy = DEFAULT_SUPERVISION_POLICY,
  ) {
    this.duties = new DutyLog(db);
    this.trainings = new TrainingLog(db);
    this.inspections = new InspectionLog(db);
    this.alerts = new AlertRouting(db, policy);
  }

  /** Retrofit progress of an area (a sector officer's figures count only its sectors). */
  progress(areaId: string, principal?: Principal, at?: number): Promise<ProgressReport> {
    return progressReport(this.db, areaId, this.policy, principal, at);
  }

  /** The rows of 附件1 for an area, per owner with town subtotals and the total. */
  annex1(areaId: string, principal?: Principal, at?: number): Promise<Annex1Row[]> {
    return annex1Rows(this.db, areaId, principal, at);
  }

  /**
   * Recomputes every rollup row (rollup-schema.ts) from the registry's tables in one
   * transaction: the repair after rows were changed with the triggers dropped, or a restore
   * of the base tables alone. The triggers keep the rollups current otherwise.
   */
  async rebuildRollups(): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const statement of rebuildStatements()) await tx.execute(statement);
    });
  }

  /** The map layers of an area, in WGS-84. */
  map(
    areaId: string,
    principal?: Principal,
    options: { machineLimit?: number; openAlerts?: OpenAlertCounter } = {},
  ): Promise<MapFeatureCollection> {
    return mapFeatures(this.db, areaId, principal, {
      machineLimit: options.machineLimit ?? 5000,
      ...options,
    });
  }
}
