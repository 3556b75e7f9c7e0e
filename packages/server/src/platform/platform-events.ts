import { EventEmitter } from 'node:events';
import type { EnvelopeBody, IngestedRecord, PlatformAlert } from '@weldcode/protocol';

/** A chip's record, after it is durable (stored for the first time: duplicates are not emitted). */
export type DurableRecordEvent = IngestedRecord;

/** A transient chip message: birth, death, unlock request, command result, heartbeat. */
export interface ChipMessageEvent {
  chipId: string;
  body: EnvelopeBody;
  receivedMs: number;
}

/** A protocol-level finding about a chip (clone, stale epoch, unknown chip, log tamper...). */
export interface ChipAlertEvent extends PlatformAlert {
  receivedMs: number;
}

/** A chip's authenticated session started or ended. */
export interface ChipPresenceEvent {
  chipId: string;
  online: boolean;
  atMs: number;
  /** Set on `online: false` when the session ended by the chip's Last Will (not an orderly close). */
  lastWill?: boolean;
}

/** A scan-to-start decision, as written to the audit log. */
export interface ScanDecisionEvent {
  decisionId: string;
  /** The registered machine the scanned plate names; absent when none does. */
  machineId?: string;
  /**
   * The scanned plate's key (binding hash of its bytes, or a hash of its text when it does not
   * decode): what the alerts of a scan naming no registered machine are keyed by.
   */
  plate?: string;
  chipId?: string;
  workerId?: string;
  permitId?: string;
  accepted: boolean;
  /** Every failing reason code (empty when accepted). */
  reasons: readonly string[];
  atMs: number;
}

/** The fire watcher (监护人) of a permit arrived or left, or hot work started or ended (duties). */
export interface FireWatchEvent {
  permitId: string;
  watcherId: string;
  present: boolean;
  hotWorkActive: boolean;
  atMs: number;
}

/** The events features exchange inside one server process. */
export interface PlatformEventMap {
  record: [DurableRecordEvent];
  message: [ChipMessageEvent];
  'chip-alert': [ChipAlertEvent];
  presence: [ChipPresenceEvent];
  'scan-decision': [ScanDecisionEvent];
  'fire-watch': [FireWatchEvent];
}

/**
 * The in-process bus between ingest, decisions and monitoring, so each feature depends on the
 * events it consumes rather than on the feature that produces them. Listeners run synchronously
 * in emit order; a listener that needs I/O starts it and handles its own errors.
 */
export class PlatformEvents extends EventEmitter<PlatformEventMap> {}
