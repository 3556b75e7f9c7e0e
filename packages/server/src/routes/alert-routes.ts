import { type Static, type TObject, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { asActingUser } from '../access/acting-user';
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

/** A keyset-paginated listing route of the monitoring tag. */
function listing<Q extends TObject>(
  app: FastifyInstance,
  path: string,
  summary: string,
  query: Q,
  page: TSchema & { $id?: string },
  list: (filter: Static<Q>) => Promise<unknown>,
): void {
  app.get(
    path,
    {
      schema: {
        tags: ['alerts'],
        summary,
        querystring: query,
        response: { 200: Type.Ref(page as TSchema & { $id: string }), ...problemResponses(400) },
      },
    },
    async (request) => list(request.query as Static<Q>),
  );
}

/** A transition route: `POST /v1/alerts/:id/<action>`. */
function transitionRoute(
  app: FastifyInstance,
  action: string,
  summary: string,
  body: TSchema & { $id?: string },
  move: (id: string, input: never) => Promise<unknown>,
): void {
  app.post(
    `/v1/alerts/:id/${action}`,
    {
      schema: {
        tags: ['alerts'],
        summary,
        params: IdParams,
        body: Type.Ref(body as TSchema & { $id: string }),
        response: { 200: Type.Ref(AlertSchema), ...problemResponses(400, 404, 409, 413, 415) },
      },
    },
    async (request) => move((request.params as { id: string }).id, asActingUser(request, 'actor') as never),
  );
}

/** Monitoring under `/v1`: alerts and their transitions, arc sessions, compliance findings. */
export function alertRoutes(app: FastifyInstance, { storage, policy, clock }: AlertRouteContext): void {
  const m = storage.monitoring;

  listing(
    app,
    '/v1/alerts',
    'List alerts (keyset-paginated; filters state, kind, severity, machine, town, ...)',
    AlertListQuery,
    AlertPageSchema,
    (q) => m.alerts.list(q),
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
    async (request) => m.alerts.get((request.params as { id: string }).id),
  );

  transitionRoute(
    app,
    'acknowledge',
    'Acknowledge an open alert (open → acknowledged)',
    AlertAcknowledgeSchema,
    (id, input) => m.alerts.acknowledge(id, input, clock()),
  );
  transitionRoute(
    app,
    'close',
    'Close an open or acknowledged alert with a note of what was done (核实处置)',
    AlertCloseSchema,
    (id, input) => m.alerts.close(id, input, clock()),
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

  listing(
    app,
    '/v1/arc-sessions',
    'List arc sessions built from telemetry (filter machineId for one machine)',
    ArcSessionListQuery,
    ArcSessionPageSchema,
    (q) => m.arcSessions.list(q),
  );
  listing(
    app,
    '/v1/compliance-findings',
    'List what the alert rules found in historical (backfilled) records',
    ComplianceFindingListQuery,
    ComplianceFindingPageSchema,
    (q) => m.findings.list(q),
  );
}
