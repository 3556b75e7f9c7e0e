import type { FaultPlan } from '../faults/fault-pipe';
import type { AlertKind, RefusalReason } from '../harness/reason-codes';
import type { MachineKind } from '../signals/arc-signal';
import type { GeoPoint, PositionMode } from '../signals/position-signal';

/** A declarative scenario (schema: scenarios/scenario.schema.json, semantics: spec/simulator.md). */
export interface Scenario {
  $schema?: string;
  name: string;
  description?: string;
  seed: number;
  /** ISO date-time with offset; event times "HH:MM" are local times of this day. */
  start: string;
  durationMinutes: number;
  district: number;
  enterprises: ScenarioEnterprise[];
  sites: ScenarioSite[];
  machines: ScenarioMachine[];
  workers: ScenarioWorker[];
  permits: ScenarioPermit[];
  faults?: { up?: FaultPlan; down?: FaultPlan };
  events: ScenarioEvent[];
  expect: ScenarioExpectations;
}

export interface ScenarioEnterprise {
  id: number;
  name: string;
  sector: string;
}

export interface ScenarioSite {
  id: number;
  enterprise: number;
  name: string;
  centre: GeoPoint;
  radiusM: number;
  /** Crowded place opening hours, local "HH:MM". */
  openingHours?: [string, string];
  /** The town (街镇) of the district the site is in; a platform run registers one town per name. */
  town?: string;
}

export interface ScenarioMachine {
  id: number;
  site: number;
  kind: MachineKind;
  positionMode?: PositionMode;
  /** Chip clock crystal error, ppm. */
  driftPpm?: number;
  skewMs?: number;
}

export interface ScenarioCertificate {
  type: 'em-welding' | 'construction-welder' | 'special-equipment-welding';
  validFrom: string;
  validTo: string;
}

export interface ScenarioWorker {
  id: number;
  name: string;
  /** Empty: an unlicensed worker (no credential code at all). */
  certificates: ScenarioCertificate[];
}

export interface ScenarioPermit {
  id: number;
  site: number;
  workKind: 'ordinary' | 'crowded-place' | 'construction-site' | 'special-equipment';
  level: 'special' | 'level-1' | 'level-2';
  zone: { lat: number; lon: number; radiusM: number };
  start: string;
  durationMinutes: number;
  workers: number[];
  machines: number[];
  fireWatcher: number;
}

export type ScenarioEvent =
  | {
      at: string;
      type: 'scan';
      worker: number;
      machine: number;
      permit?: number;
      /** Phone position as metres north/east of the machine (remote scan, outside the zone). */
      phoneOffsetM?: [north: number, east: number];
      fireWatcherAbsent?: boolean;
      /** Deliver the grant through the worker's phone over BLE instead of the platform link. */
      viaBle?: boolean;
      workMinutes?: number;
    }
  | { at: string; type: 'bypass'; machine: number; minutes: number }
  | {
      at: string;
      type: 'open-enclosure' | 'remove-chip' | 'power-cut' | 'power-restore' | 'reboot';
      machine: number;
    }
  | { at: string; type: 'move'; machine: number; northM: number; eastM: number }
  | { at: string; type: 'offline'; machine: number; minutes: number }
  | { at: string; type: 'replay-grant'; machine: number }
  | { at: string; type: 'broker-restart' }
  | { at: string; type: 'inspect'; worker?: number; machine?: number; permit?: number };

export interface ScenarioExpectations {
  refusals: { reason: RefusalReason; worker?: number; machine?: number }[];
  alerts: { kind: AlertKind; machine: number }[];
  /** Alert kinds raised that a scenario does not list but tolerates (e.g. CHIP_OFFLINE). */
  ignoreAlerts?: AlertKind[];
  grants?: number;
}
