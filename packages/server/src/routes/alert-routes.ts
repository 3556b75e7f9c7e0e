import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ALERT_KIND_INFO, ALERT_KINDS, ALERT_SEVERITIES, severityOf } from '../monitoring/alert-kinds';
import {
  AlertAcknowledgeSchema,
  AlertCloseSchema,
  AlertListQuery,
  AlertPageSchema,
  AlertSchema,
} from '../monitoring/alert-schemas';
import { ArcSessionListQuery, ArcSessionPageSchema } from '../monitoring/arc-session-store';
import { ComplianceFindingListQuery, ComplianceFindingPageSchema } from '../monitoring/compliance-findings';
import type { MonitoringPolicy } from '../monitoring/monitoring-policy';
import { IdParams } from '../schemas/common';
import { problemResponses } from '../schemas/problem';
import type { Storage } from '../storage/storage';

const AlertKindsSchema = Type.Object({
  kinds: Type.Array(
    Type.Object(
      { kind: Type.String(), severity: Type.String(), label: Type.String() },
      { additionalProperties: false },
    ),
  ),
  severities: Type.Array(Type.String()),
  policy: Type.Object({
    offlineAlertMinutes: Type.Number(),
    maxEnergisedMinutes: Type.Number(),
    certificateWarningDays: Type.Number(),
    arcThresholdDa: Type.Number(),
    arcGapSeconds: Type.Number(),
    siteRadiusM: Type.Number(),
    fixAccuracyLimitM: Type.Number(),
    sweepIntervalSeconds: Type.Number(),
  }),
});

/** What the alert routes need: storage, the thresholds in force and the platform clock. */
export interface AlertRouteContext {
  storage: Pick<Storage, 'monitoring'>;
  policy: MonitoringPolicy;
  clock: () => number;
}

/** Monitoring under `/v1`: alerts and their transitions, arc sessions, compliance findings. */
export function alertRoutes(app: FastifyInstance, { storage, policy, clock }: AlertRouteContext): void {
  const m = storage.monitoring;
  const params = (request: { params: unknown }) => (request.params as { id: string }).id;

  app.get(
    '/v1/alerts',
    {
      schema: {
        tags: ['alerts'],
        summary: 'List alerts (keyset-paginated; filters state, kind, severity, machine, town, ...)',
        querystring: AlertListQuery,
        response: { 200: Type.Ref(AlertPageSchema), ...problemResponses(400) },
      },
    },
    async (request) => m.alerts.list(request.query as Static<typeof AlertListQuery>),
  );

  app.get(
    '/v1/alerts/:id',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Read an alert',
        params: IdParams,
        response: { 200: Type.Ref(AlertSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => m.alerts.get(params(request)),
  );

  app.post(
    '/v1/alerts/:id/acknowledge',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Acknowledge an open alert (open → acknowledged)',
        params: IdParams,
        body: Type.Ref(AlertAcknowledgeSchema),
        response: { 200: Type.Ref(AlertSchema), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request) => m.alerts.acknowledge(params(request), request.body as never, clock()),
  );

  app.post(
    '/v1/alerts/:id/close',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Close an open or acknowledged alert with a note of what was done (核实处置)',
        params: IdParams,
        body: Type.Ref(AlertCloseSchema),
        response: { 200: Type.Ref(AlertSchema), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request) => m.alerts.close(params(request), request.body as never, clock()),
  );

  app.get(
    '/v1/alert-kinds',
    {
      schema: {
        tags: ['alerts'],
        summary: 'The closed list of alert kinds with severities in force, and the monitoring thresholds',
        response: { 200: AlertKindsSchema, ...problemResponses(400) },
      },
    },
    async () => ({
      kinds: ALERT_KINDS.map((kind) => ({
        kind,
        severity: severityOf(kind, policy.severities),
        label: ALERT_KIND_INFO[kind].label,
      })),
      severities: [...ALERT_SEVERITIES],
      policy: {
        offlineAlertMinutes: policy.offlineAlertMinutes,
        maxEnergisedMinutes: policy.maxEnergisedMinutes,
        certificateWarningDays: policy.certificateWarningDays,
        arcThresholdDa: policy.arcThresholdDa,
        arcGapSeconds: policy.arcGapSeconds,
        siteRadiusM: policy.siteRadiusM,
        fixAccuracyLimitM: policy.fixAccuracyLimitM,
        sweepIntervalSeconds: policy.sweepIntervalSeconds,
      },
    }),
  );

  app.get(
    '/v1/arc-sessions',
    {
      schema: {
        tags: ['alerts'],
        summary: 'List arc sessions built from telemetry (filter machineId for one machine)',
        querystring: ArcSessionListQuery,
        response: { 200: Type.Ref(ArcSessionPageSchema), ...problemResponses(400) },
      },
    },
    async (request) => m.arcSessions.list(request.query as Static<typeof ArcSessionListQuery>),
  );

  app.get(
    '/v1/compliance-findings',
    {
      schema: {
        tags: ['alerts'],
        summary: 'List what the alert rules found in historical (backfilled) records',
        querystring: ComplianceFindingListQuery,
        response: { 200: Type.Ref(ComplianceFindingPageSchema), ...problemResponses(400) },
      },
    },
    async (request) => m.findings.list(request.query as Static<typeof ComplianceFindingListQuery>),
  );
}
