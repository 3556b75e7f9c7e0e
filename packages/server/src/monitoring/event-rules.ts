import type { BodyOf } from '@weldcode/protocol';
import type { AlertKind } from './alert-kinds';

/**
 * The chip's alarm kinds (`AlarmKind` in spec/proto/weldcode/v1/uplink.proto) and the alert each
 * raises (WC-SRV-126). A cleared alarm (the condition ended) raises nothing.
 */
const ALARM_ALERTS: Readonly<Record<number, AlertKind>> = {
  1: 'ENCLOSURE_OPENED',
  2: 'CHIP_REMOVED',
  3: 'BYPASS',
  4: 'POWER_CUT',
  5: 'BYPASS',
  6: 'MOBILE_WELDING',
  7: 'OVER_TEMPERATURE',
  8: 'GAS_DETECTED',
};

/** The alert an alarm record raises, if any. */
export function alarmAlert(alarm: BodyOf<'alarm'>): AlertKind | undefined {
  if (alarm.cleared === true) return undefined;
  return ALARM_ALERTS[alarm.kind ?? 0];
}

/** `EventKind.EVENT_KIND_GRANT_REJECTED`, `RELAY_CLOSED`, `RELAY_OPENED`. */
export const EVENT_GRANT_REJECTED = 5;
export const EVENT_RELAY_CLOSED = 2;
export const EVENT_RELAY_OPENED = 3;

/** The protocol machine's findings (`PlatformAlert.kind`) and their alerts (WC-SRV-128). */
const PROTOCOL_ALERTS: Readonly<Record<string, AlertKind>> = {
  'duplicate-session': 'CLONED_CHIP',
  'bad-signature': 'CLONED_CHIP',
  'unknown-chip': 'UNKNOWN_CHIP',
  'stale-epoch': 'STALE_EPOCH',
  'log-tamper': 'LOG_TAMPER',
  'log-gap': 'LOG_GAP',
};

/** The alert a protocol finding raises, if any. */
export function protocolAlert(kind: unknown): AlertKind | undefined {
  return typeof kind === 'string' && Object.hasOwn(PROTOCOL_ALERTS, kind) ? PROTOCOL_ALERTS[kind] : undefined;
}

/** `DeathReason`: the broker's Last Will, and a mains power loss (WC-SRV-131). */
const DEATH_ALERTS: Readonly<Record<number, AlertKind>> = { 1: 'CHIP_OFFLINE', 3: 'POWER_CUT' };

/** The alert a death message raises, if any. */
export function deathAlert(death: BodyOf<'death'>): AlertKind | undefined {
  return DEATH_ALERTS[death.reason ?? 0];
}

/** Whether a death means the machine lost power (so it is no longer energised). */
export function deathDeEnergises(death: BodyOf<'death'>): boolean {
  return death.reason === 2 || death.reason === 3;
}

/**
 * Refusal reasons of a scan-to-start decision that are alerts in their own right (WC-SRV-132):
 * the simulator's reason codes (WC-SIM-040), and `SPECIAL_PERIOD` for a refusal in 特殊时期.
 */
const REFUSAL_ALERTS: Readonly<Record<string, AlertKind>> = {
  REMOTE_SCAN: 'REMOTE_SCAN',
  FIRE_WATCHER_ABSENT: 'FIRE_WATCHER_ABSENT',
  CROWDED_PLACE_OPEN: 'CROWDED_PLACE_OPEN',
  SPECIAL_PERIOD: 'SPECIAL_PERIOD',
};

/** The alerts a decision's refusal reasons raise, each once. */
export function refusalAlerts(reasons: readonly unknown[]): AlertKind[] {
  const kinds = new Set<AlertKind>();
  for (const reason of reasons) {
    if (typeof reason === 'string' && Object.hasOwn(REFUSAL_ALERTS, reason)) {
      kinds.add(REFUSAL_ALERTS[reason] as AlertKind);
    }
  }
  return [...kinds];
}
