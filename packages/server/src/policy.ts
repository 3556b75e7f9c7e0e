import type { MonitoringPolicy } from './monitoring/monitoring-policy';
import type { PermitLevel } from './vocabulary';

/**
 * Policy values the platform enforces, kept as data so a district can change them without a new
 * release. Defaults follow GB 30871-2022: 特级 and 一级 permits at most 8 hours, 二级 at most 72.
 */
export interface ServerPolicy {
  /** Longest permit window per level, in minutes. */
  readonly permitMaxMinutes: Readonly<Record<PermitLevel, number>>;
  /** Monitoring thresholds (offline, on-too-long, certificate warning, arc, site radius, ...). */
  readonly monitoring?: Partial<MonitoringPolicy>;
}

/** The defaults. */
export const DEFAULT_POLICY: ServerPolicy = {
  permitMaxMinutes: { special: 8 * 60, 'level-1': 8 * 60, 'level-2': 72 * 60 },
};
