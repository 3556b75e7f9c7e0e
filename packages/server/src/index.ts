/**
 * The weldcode reference district platform: a Fastify HTTP API (OpenAPI 3.1, RFC 9457 problem
 * documents, health, readiness, Prometheus metrics) over SQLite or PostgreSQL storage with one
 * migration history, holding the registry (areas, owners, sites, machines, chips, workers,
 * certificates, crowded places, special periods), hot-work permits, the decision log and the
 * idempotent uplink log, and durable chip ingest (embedded or external MQTT 5 broker with shared
 * subscriptions, TCP stream framing) that acknowledges a record only once it is committed.
 *
 * @packageDocumentation
 * @module @weldcode/server
 */
export type { AccessStore } from './access/access-store';
export { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './access/login-throttle';
export {
  DEPARTMENT_SECTORS,
  DEPARTMENTS,
  type Department,
  type Principal,
  ROLES,
  type Role,
} from './access/roles';
export { ROUTE_ACCESS, type RouteAccess } from './access/route-access';
export type { IssuedApiKey, User, UserInput } from './access/users';
export { DEFAULT_LIST_POLICY, type ListPolicy } from './codes/code-lists';
export { CodeService, type CodeServiceOptions } from './codes/code-service';
export type { IssuedCodeRow, IssuedCodeState, PublishedList } from './codes/code-store';
export type { ChipFix, ChipState } from './decisions/chip-state-store';
export { ChipView } from './decisions/chip-view';
export { OFFLINE_GATEWAY } from './decisions/offline-gateway';
export {
  CHECK_ORDER,
  REFUSAL_MESSAGES,
  REFUSAL_REASONS,
  type ReasonText,
  type RefusalReason,
  type ScanCheck,
  type ScanFailure,
} from './decisions/refusal-reasons';
export type { PhoneFix, ScanDecision, ScanGrant, ScanRequest } from './decisions/scan-schemas';
export {
  DEFAULT_SCAN_POLICY,
  type ScanPolicy,
  ScanToStart,
  type ScanToStartOptions,
} from './decisions/scan-to-start';
export {
  API_VERSION,
  type CreateServerOptions,
  createServer,
  type PlatformServices,
} from './http/create-server';
export { PROBLEM_MEDIA_TYPE, type Problem, type ValidationIssue } from './http/problem';
export { ChipIngest, type ChipIngestOptions, type IngestLink } from './ingest/chip-ingest';
export { createIngestMetrics, type IngestMetrics } from './ingest/ingest-metrics';
export {
  type ChipIngestRuntime,
  DEFAULT_MQTT_PORT,
  DEFAULT_TCP_PORT,
  type IngestHealth,
} from './ingest/start-chip-ingest';
export { ALERT_KINDS, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from './monitoring/alert-kinds';
export type {
  Alert,
  AlertListFilter,
  AlertSource,
  AlertState,
  SubjectType,
} from './monitoring/alert-schemas';
export type { AlertSignal, AlertStore, RaiseOutcome } from './monitoring/alert-store';
export type { ArcEndReason, ArcSession, ArcSessionStore } from './monitoring/arc-session-store';
export type { ComplianceFinding, ComplianceFindings } from './monitoring/compliance-findings';
export {
  MonitoringEngine,
  type MonitoringEngineOptions,
  type MonitoringLogger,
  type MonitoringStats,
} from './monitoring/monitoring-engine';
export {
  DEFAULT_MONITORING_POLICY,
  type MonitoringPolicy,
} from './monitoring/monitoring-policy';
export type { MonitoringStore } from './monitoring/monitoring-store';
export type { SweepReport } from './monitoring/sweep';
export { openApiDocument } from './openapi-document';
export type { ChipGateway } from './platform/chip-gateway';
export { type PlatformClock, TestClock } from './platform/platform-clock';
export {
  type ChipAlertEvent,
  type ChipMessageEvent,
  type ChipPresenceEvent,
  type DurableRecordEvent,
  type FireWatchEvent,
  type PlatformEventMap,
  PlatformEvents,
  type ScanDecisionEvent,
} from './platform/platform-events';
export { type PlatformKeys, type SigningKey, signingKey } from './platform/platform-keys';
export { DEFAULT_POLICY, type ServerPolicy } from './policy';
export type { Area, AreaInput, AreaLevel } from './registry/areas';
export type { AuditEntry, AuditRecord } from './registry/audit-log';
export type { Certificate, CertificateInput } from './registry/certificates';
export type { Chip, ChipInput, Retrofit, RetrofitInput } from './registry/chips';
export type { CrowdedPlace, CrowdedPlaceInput } from './registry/crowded-places';
export type { Machine, MachineInput } from './registry/machines';
export type { Owner, OwnerInput } from './registry/owners';
export type { Permit, PermitDecision, PermitInput, PermitState } from './registry/permits';
export type { Site, SiteInput } from './registry/sites';
export type { SpecialPeriod, SpecialPeriodInput } from './registry/special-periods';
export type { Worker, WorkerInput } from './registry/workers';
export type { Zone } from './registry/zone';
export { ServerError, type ServerErrorCode } from './server-error';
export { type IngestOptions, type RunningServer, type StartServerOptions, startServer } from './start-server';
export { BatchWriter, type BatchWriterOptions } from './storage/batch-writer';
export type {
  ChipSessionRow,
  ChipSessionStore,
  EstablishedSession,
  HandshakeTranscript,
} from './storage/chip-session-store';
export type { DialectName } from './storage/dialect';
export type { MigrationStatus } from './storage/migrate';
export { openStorage, type Storage, type StorageOptions } from './storage/storage';
export type { Page, PageRequest } from './storage/table';
export type { UplinkOutcome, UplinkRecord } from './storage/uplink-store';
export type { AlertRoute, Tier } from './supervision/alert-routing';
export type { Annex1Row } from './supervision/annex1';
export type { PermitDuties } from './supervision/duties';
export type { Inspection, InspectionInput } from './supervision/inspections';
export type { Totals } from './supervision/inventory';
export type { MapFeatureCollection } from './supervision/map-features';
export type { ProgressReport } from './supervision/progress';
export { DEFAULT_SUPERVISION_POLICY, type SupervisionPolicy } from './supervision/supervision-policy';
export type { SupervisionStore } from './supervision/supervision-store';
export type { Training, TrainingInput } from './supervision/training';
export {
  CERTIFICATE_TYPES,
  type CertificateType,
  DATUMS,
  type Datum,
  MACHINE_KINDS,
  type MachineKind,
  PERMIT_LEVELS,
  type PermitLevel,
  SECTORS,
  type SectorId,
  type VocabularyEntry,
  WORK_KINDS,
  type WorkKind,
} from './vocabulary';
