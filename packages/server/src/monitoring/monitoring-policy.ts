import type { AlertKind, AlertSeverity } from './alert-kinds';

/**
 * The thresholds of monitoring, kept as data so a district can tune them without a release
 * (spec/server.md, WC-SRV-140). Every time-based rule reads them at sweep time.
 */
export interface MonitoringPolicy {
  /** A chip offline (Last Will or closed session) longer than this raises `LONG_OFFLINE`. */
  readonly offlineAlertMinutes: number;
  /** A machine energised (relay closed) without a break longer than this raises `ON_TOO_LONG`. */
  readonly maxEnergisedMinutes: number;
  /** A certificate expiring within this many days raises `CERTIFICATE_EXPIRING`. */
  readonly certificateWarningDays: number;
  /** Arc current (0.1 A) at or above which a telemetry sample counts as welding. */
  readonly arcThresholdDa: number;
  /** Two arc samples further apart than this belong to different arc sessions. */
  readonly arcGapSeconds: number;
  /** Radius around a site's registered position inside which the machine is "on site". */
  readonly siteRadiusM: number;
  /** Fixes with an accuracy radius at or above this are too coarse to accuse anyone of leaving. */
  readonly fixAccuracyLimitM: number;
  /** How often the time-based rules run (`startServer` only; tests call `sweep()` themselves). */
  readonly sweepIntervalSeconds: number;
  /** Severity overrides per alert kind; kinds not named keep their default. */
  readonly severities: Readonly<Partial<Record<AlertKind, AlertSeverity>>>;
}

/** The defaults: 30 min offline, 24 h energised, 30 days' certificate warning, 5 A arc. */
export const DEFAULT_MONITORING_POLICY: MonitoringPolicy = {
  offlineAlertMinutes: 30,
  maxEnergisedMinutes: 24 * 60,
  certificateWarningDays: 30,
  arcThresholdDa: 50,
  arcGapSeconds: 30,
  siteRadiusM: 300,
  fixAccuracyLimitM: 200,
  sweepIntervalSeconds: 60,
  severities: {},
};

/** `overrides` over the defaults. */
export function monitoringPolicy(overrides: Partial<MonitoringPolicy> = {}): MonitoringPolicy {
  return { ...DEFAULT_MONITORING_POLICY, ...overrides };
}
