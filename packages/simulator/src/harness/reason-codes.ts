/**
 * Why a correct platform refuses an unlock: the reason codes a scenario expects (spec/simulator.md,
 * WC-SIM-040). Checked in this order; the first failure is the reason.
 */
export const REFUSAL_REASONS = [
  'PLATE_INVALID',
  'MACHINE_UNKNOWN',
  'MACHINE_TAMPERED',
  'UNLICENSED_WORKER',
  'CREDENTIAL_INVALID',
  'CERTIFICATE_EXPIRED',
  'NO_PERMIT',
  'PERMIT_INVALID',
  'NOT_ON_PERMIT',
  'WRONG_CERTIFICATE_TYPE',
  'OUTSIDE_WINDOW',
  'REMOTE_SCAN',
  'OUTSIDE_ZONE',
  'CROWDED_PLACE_OPEN',
  'FIRE_WATCHER_ABSENT',
] as const;

/** One refusal reason. */
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Alerts a correct platform raises from what chips report (WC-SIM-041). */
export const ALERT_KINDS = [
  'BYPASS',
  'ENCLOSURE_OPENED',
  'CHIP_REMOVED',
  'POWER_CUT',
  'MOBILE_WELDING',
  'CERTIFICATE_EXPIRING',
  'CLONED_CHIP',
  'UNKNOWN_CHIP',
  'STALE_EPOCH',
  'LOG_TAMPER',
  'LOG_GAP',
  'GRANT_REJECTED',
  'CHIP_OFFLINE',
] as const;

/** One alert kind. */
export type AlertKind = (typeof ALERT_KINDS)[number];
