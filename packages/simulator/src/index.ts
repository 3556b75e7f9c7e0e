/**
 * Virtual weldcode chips and phone apps with fault injection: the reference chip vendors compare
 * their firmware with, the load generator for a platform and the source of end-to-end demos.
 * Normative reference: spec/simulator.md.
 *
 * @packageDocumentation
 * @module @weldcode/simulator
 */

export { BleLink } from './apps/ble-link';
export { InspectorApp } from './apps/inspector-app';
export { type ScanResult, type UnlockApi, WorkerApp, type WorkerAppOptions } from './apps/worker-app';
export { type ChipStats, type Misbehaviour, VirtualChip, type VirtualChipOptions } from './chip/virtual-chip';
export { type FaultCounts, FaultPipe, type FaultPlan, sumCounts } from './faults/fault-pipe';
export { type FleetOptions, type FleetStats, runFleet } from './fleet/run-fleet';
export { type EmbeddedBroker, startEmbeddedBroker } from './harness/embedded-broker';
export {
  type HarnessAlert,
  type HarnessMachine,
  type HarnessRefusal,
  PlatformHarness,
  type PlatformHarnessOptions,
} from './harness/platform-harness';
export { ALERT_KINDS, type AlertKind, REFUSAL_REASONS, type RefusalReason } from './harness/reason-codes';
export {
  ACCEPTED_CERTIFICATES,
  decideUnlock,
  type PolicyContext,
  REMOTE_SCAN_M,
  type SiteRecord,
  type UnlockApplication,
  type UnlockDecision,
} from './harness/unlock-policy';
export { type SeededRandom, seededRandom } from './random';
export { PlatformClient, type PlatformEndpoint } from './remote/platform-client';
export { PlatformNetwork } from './remote/platform-network';
export {
  type ProvisionedWorld,
  type ProvisionOptions,
  provisioningTime,
  provisionScenario,
} from './remote/provision-scenario';
export {
  type PlatformAlert,
  type PlatformProgress,
  type PlatformRunOptions,
  type PlatformRunSummary,
  runScenarioOnPlatform,
} from './remote/run-scenario-on-platform';
export { compareExpectations, type ExpectationReport } from './scenario/expectations';
export { parseScenario } from './scenario/parse-scenario';
export {
  driveScenario,
  type RunOptions,
  runScenario,
  type ScenarioNetwork,
  type ScenarioSummary,
} from './scenario/run-scenario';
export { runScenarioOverMqtt } from './scenario/run-scenario-live';
export { SCENARIO_SCHEMA } from './scenario/scenario-schema';
export type {
  Scenario,
  ScenarioCertificate,
  ScenarioEnterprise,
  ScenarioEvent,
  ScenarioExpectations,
  ScenarioMachine,
  ScenarioPermit,
  ScenarioSite,
  ScenarioWorker,
} from './scenario/scenario-types';
export { buildWorld, type ScenarioWorld } from './scenario/scenario-world';
export {
  type ArcProfile,
  type ArcSample,
  ArcSignal,
  arcProfile,
  MACHINE_KINDS,
  type MachineKind,
} from './signals/arc-signal';
export {
  distanceMetres,
  type Fix,
  type GeoPoint,
  offsetMetres,
  type PositionMode,
  PositionSignal,
} from './signals/position-signal';
export { SimClock } from './sim-clock';
export { SimulatorError, type SimulatorErrorCode } from './simulator-error';
export { MemoryNetwork } from './transport/memory-network';
export { MqttNetwork } from './transport/mqtt-network';
export {
  bindMqttHarness,
  MqttChipLink,
  type MqttHarnessBinding,
  type MqttLinkHooks,
} from './transport/mqtt-transport';
export { serveTcpHarness, TcpChipLink, type TcpHarnessServer } from './transport/tcp-transport';
