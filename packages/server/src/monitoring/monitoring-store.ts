import type { SqlDatabase } from '../storage/sql-database';
import { AlertStore } from './alert-store';
import { ArcSessionStore } from './arc-session-store';
import { ChipStatusStore } from './chip-status';
import { ComplianceFindings } from './compliance-findings';
import { RegistryLookups } from './registry-lookups';
import { SubjectContexts } from './subject-context';

/** Everything monitoring keeps and reads, as one member of `Storage`. */
export interface MonitoringStore {
  readonly alerts: AlertStore;
  readonly arcSessions: ArcSessionStore;
  readonly findings: ComplianceFindings;
  readonly chipStatus: ChipStatusStore;
  readonly lookups: RegistryLookups;
  readonly contexts: SubjectContexts;
}

/** The monitoring repositories over `db`. */
export function monitoringStore(db: SqlDatabase): MonitoringStore {
  return {
    alerts: new AlertStore(db),
    arcSessions: new ArcSessionStore(db),
    findings: new ComplianceFindings(db),
    chipStatus: new ChipStatusStore(db),
    lookups: new RegistryLookups(db),
    contexts: new SubjectContexts(db, Date.now),
  };
}
