import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf } from '../access/enforce';
import { scopeCondition } from '../access/scope';
import type { PlatformEvents } from '../platform/platform-events';
import { AREA_LEVELS } from '../registry/areas';
import { IdParams, Instant, RecordId, StringEnum } from '../schemas/common';
import { problemResponses } from '../schemas/problem';
import { ServerError } from '../server-error';
import type { Storage } from '../storage/storage';
import {
  AlertActionSchema,
  AlertHandlingSchema,
  AlertRouteSchema,
  AlertVerifySchema,
} from '../supervision/alert-routing';
import { annex1Csv, annex1Xlsx, csvText } from '../supervision/annex1';
import { type DutyEventInput, DutyEventInputSchema, PermitDutiesSchema } from '../supervision/duties';
import {
  InspectionIdParams,
  type InspectionInput,
  InspectionInputSchema,
  InspectionListQuery,
  InspectionPageSchema,
  InspectionSchema,
} from '../supervision/inspections';
import { TOTAL_KEYS } from '../supervision/inventory';
import type { OpenAlertCounter } from '../supervision/map-features';
import {
  type TrainingInput,
  TrainingInputSchema,
  TrainingListQuery,
  TrainingPageSchema,
  TrainingSchema,
} from '../supervision/training';

const AreaQuery = Type.Object(
  { areaId: Type.Optional(RecordId) },
  { additionalProperties: false, description: 'default: the signed-in user’s area' },
);

const TotalsSchema = Type.Object(
  Object.fromEntries(TOTAL_KEYS.map((key) => [key, Type.Integer({ minimum: 0 })])) as Record<string, TSchema>,
  { $id: 'ProgressTotals' },
);

const AreaSummary = Type.Object({ id: RecordId, name: Type.String(), level: StringEnum(AREA_LEVELS) });
const Share = Type.Number({ minimum: 0, maximum: 1, description: 'chipped-and-coded machines / machines' });

const ProgressSchema = Type.Object(
  {
    area: AreaSummary,
    asOf: Instant,
    targets: Type.Array(Type.Object({ date: Type.String(), share: Type.Number() })),
    share: Share,
    due: Type.Union([
      Type.Object({ date: Type.String(), share: Type.Number(), met: Type.Boolean() }),
      Type.Null(),
    ]),
    totals: Type.Ref(TotalsSchema),
    children: Type.Array(Type.Object({ area: AreaSummary, totals: Type.Ref(TotalsSchema), share: Share })),
    bySector: Type.Array(
      Type.Object({ sector: Type.String(), totals: Type.Ref(TotalsSchema), share: Share }),
    ),
  },
  { $id: 'Progress' },
);

const MapQuery = Type.Object(
  {
    areaId: Type.Optional(RecordId),
    machineLimit: Type.Integer({ minimum: 0, maximum: 100_000, default: 5000 }),
  },
  { additionalProperties: false },
);

const FeatureCollectionSchema = Type.Object(
  {
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(
      Type.Object({
        type: Type.Literal('Feature'),
        id: Type.String(),
        geometry: Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Unknown()) }),
        properties: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Null()])),
      }),
    ),
    truncated: Type.Boolean(),
  },
  { $id: 'MapFeatures', description: 'GeoJSON (RFC 7946), WGS-84' },
);

/** Options of the supervision routes. */
export interface SupervisionRouteOptions {
  /** Where fire-watch changes are announced (the alerts engine raises "fire watcher absent"). */
  events?: PlatformEvents;
  /** Counts open alerts per site and machine for the map, once alerts exist. */
  openAlerts?: OpenAlertCounter;
  /** The platform clock of alert escalation and 核实处置 stamps (default `Date.now`). */
  clock?: () => number;
}

function areaOf(request: FastifyRequest): string {
  const { areaId } = request.query as { areaId?: string };
  const own = principalOf(request).areaId;
  const area = areaId ?? own;
  if (area === undefined || area === null) {
    throw new ServerError('ERR_SRV_VALIDATION', 'areaId is required (you are bound to no area)', {
      details: { errors: [{ location: 'querystring', pointer: '/areaId', message: 'required' }] },
    });
  }
  return area;
}

/** Progress, 附件1, the map, the five duties, training and inspections. */
export function supervisionRoutes(
  app: FastifyInstance,
  storage: Storage,
  options: SupervisionRouteOptions = {},
): void {
  const s = storage.supervision;
  const clock = options.clock ?? Date.now;
  for (const schema of [
    TotalsSchema,
    ProgressSchema,
    FeatureCollectionSchema,
    DutyEventInputSchema,
    PermitDutiesSchema,
    TrainingSchema,
    TrainingInputSchema,
    TrainingPageSchema,
    InspectionSchema,
    InspectionInputSchema,
    InspectionPageSchema,
    AlertVerifySchema,
    AlertActionSchema,
    AlertHandlingSchema,
  ]) {
    app.addSchema(schema);
  }

  app.get(
    '/v1/progress',
    {
      schema: {
        tags: ['supervision'],
        summary:
          'Inventory (底数) and retrofit progress of an area against the policy targets, per child area and sector',
        querystring: AreaQuery,
        response: { 200: Type.Ref(ProgressSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => s.progress(areaOf(request), principalOf(request)),
  );

  const exportRoute = (format: 'csv' | 'xlsx', type: string) =>
    app.get(
      `/v1/exports/annex1.${format}`,
      {
        schema: {
          tags: ['supervision'],
          summary: `附件1 电气焊作业基础信息表 of an area as ${format.toUpperCase()} (per owner, town subtotals, total)`,
          querystring: AreaQuery,
          produces: [type],
          response: {
            200: { description: `附件1 (${format})`, type: 'string' },
            ...problemResponses(400, 404),
          },
        },
      },
      async (request, reply) => {
        const rows = await s.annex1(areaOf(request), principalOf(request));
        const body = format === 'csv' ? annex1Csv(rows) : await annex1Xlsx(rows);
        return reply
          .type(type)
          .header(
            'content-disposition',
            `attachment; filename="annex1.${format}"; filename*=UTF-8''${encodeURIComponent(`附件1-电气焊作业基础信息表.${format}`)}`,
          )
          .send(body);
      },
    );
  exportRoute('csv', 'text/csv; charset=utf-8');
  exportRoute('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

  app.get(
    '/v1/map/features',
    {
      schema: {
        tags: ['supervision'],
        summary: 'GeoJSON layers of an area in WGS-84: sites, machines, permit zones, crowded places',
        querystring: MapQuery,
        response: { 200: Type.Ref(FeatureCollectionSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { machineLimit } = request.query as Static<typeof MapQuery>;
      return s.map(areaOf(request), principalOf(request), {
        machineLimit,
        ...(options.openAlerts === undefined ? {} : { openAlerts: options.openAlerts }),
      });
    },
  );

  app.get(
    '/v1/permits/:id/duties',
    {
      schema: {
        tags: ['permits'],
        summary: 'The five duties of a permit (审批 → 清理 → 动火 → 监护 → 处置): status, who and when',
        params: IdParams,
        response: { 200: Type.Ref(PermitDutiesSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => s.duties.get((request.params as { id: string }).id),
  );

  app.post(
    '/v1/permits/:id/duties',
    {
      schema: {
        tags: ['permits'],
        summary:
          'Record a duty step: clearance checklist, hot work start/end, fire-watcher co-scan, closing inspection',
        params: IdParams,
        body: Type.Ref(DutyEventInputSchema),
        response: { 201: Type.Ref(PermitDutiesSchema), ...problemResponses(400, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const result = await s.duties.record(
        (request.params as { id: string }).id,
        request.body as DutyEventInput,
        principalOf(request),
      );
      if (result.watch !== undefined) {
        options.events?.emit('fire-watch', result.watch);
        await s.alerts.fireWatch(result.watch, (signal) => storage.monitoring.alerts.raise(signal));
      }
      return reply.status(201).send(result.duties);
    },
  );

  app.post(
    '/v1/trainings',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Record a training on the chip-and-code operation (边安装、边培训)',
        body: Type.Ref(TrainingInputSchema),
        response: { 201: Type.Ref(TrainingSchema), ...problemResponses(400, 415, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await s.trainings.record(request.body as TrainingInput, principalOf(request).username)),
  );

  app.get(
    '/v1/trainings',
    {
      schema: {
        tags: ['supervision'],
        summary: 'List trainings (keyset-paginated)',
        querystring: TrainingListQuery,
        response: { 200: Type.Ref(TrainingPageSchema), ...problemResponses(400) },
      },
    },
    async (request) => s.trainings.list(request.query as Static<typeof TrainingListQuery>),
  );

  app.put(
    '/v1/inspections/:id',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Sync an inspection (检查) recorded offline, under the id the phone generated (idempotent)',
        params: InspectionIdParams,
        body: Type.Ref(InspectionInputSchema),
        response: {
          200: Type.Ref(InspectionSchema),
          201: Type.Ref(InspectionSchema),
          ...problemResponses(400, 409, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { inspection, created } = await s.inspections.sync(
        (request.params as { id: string }).id,
        request.body as InspectionInput,
        principalOf(request).userId,
      );
      return reply.status(created ? 201 : 200).send(inspection);
    },
  );

  app.get(
    '/v1/inspections',
    {
      schema: {
        tags: ['supervision'],
        summary: 'List inspections (keyset-paginated by id)',
        querystring: InspectionListQuery,
        response: { 200: Type.Ref(InspectionPageSchema), ...problemResponses(400) },
      },
    },
    async (request) => s.inspections.list(request.query as Static<typeof InspectionListQuery>),
  );

  const alertId = (request: FastifyRequest) => (request.params as { id: string }).id;

  app.get(
    '/v1/alert-queue',
    {
      schema: {
        tags: ['alerts'],
        summary:
          'Alerts routed to me now: my tier (town → district → city on escalation) or my sector department',
        querystring: Type.Object(
          { limit: Type.Integer({ minimum: 1, maximum: 500, default: 200 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                kind: Type.String(),
                severity: Type.String(),
                state: Type.String(),
                townId: Type.Union([Type.String(), Type.Null()]),
                sector: Type.Union([Type.String(), Type.Null()]),
                firstSeenAt: Instant,
                route: AlertRouteSchema,
              }),
            ),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { limit } = request.query as { limit: number };
      return {
        items: await s.alerts.queue(principal, scopeCondition('alert', principal), clock(), limit),
      };
    },
  );

  app.get(
    '/v1/alerts/:id/handling',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Who owns an alert now (tier, department, escalation) and its 核实处置 steps',
        params: IdParams,
        response: { 200: Type.Ref(AlertHandlingSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => s.alerts.handling(alertId(request), clock()),
  );

  app.post(
    '/v1/alerts/:id/verify',
    {
      schema: {
        tags: ['alerts'],
        summary: '核实: record what was found on site (acknowledges an open alert)',
        params: IdParams,
        body: Type.Ref(AlertVerifySchema),
        response: { 200: Type.Ref(AlertHandlingSchema), ...problemResponses(400, 404, 409, 415) },
      },
    },
    async (request) =>
      s.alerts.verify(
        alertId(request),
        request.body as Static<typeof AlertVerifySchema>,
        principalOf(request).username,
        clock(),
      ),
  );

  app.post(
    '/v1/alerts/:id/actions',
    {
      schema: {
        tags: ['alerts'],
        summary:
          '处置: record an enforcement action on a confirmed alert; close it with POST /v1/alerts/:id/close',
        params: IdParams,
        body: Type.Ref(AlertActionSchema),
        response: { 200: Type.Ref(AlertHandlingSchema), ...problemResponses(400, 404, 409, 415) },
      },
    },
    async (request) =>
      s.alerts.act(
        alertId(request),
        request.body as Static<typeof AlertActionSchema>,
        principalOf(request).username,
        clock(),
      ),
  );

  app.get(
    '/v1/exports/enforcement-leads.csv',
    {
      schema: {
        tags: ['alerts'],
        summary:
          'Enforcement leads (执法线索): alerts verified as confirmed in an area, with who and what, as CSV',
        querystring: AreaQuery,
        produces: ['text/csv'],
        response: {
          200: { description: 'CSV, UTF-8 with BOM', type: 'string' },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const area = areaOf(request);
      // The caller's own scope, narrowed to the area asked for.
      const scope = scopeCondition('alert', principal);
      const inArea = {
        sql: `(${scope.sql}) AND town_id IN (SELECT id FROM areas WHERE id = ? OR parent_id = ? OR parent_id IN (SELECT id FROM areas WHERE parent_id = ?))`,
        params: [...scope.params, area, area, area],
      };
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="enforcement-leads.csv"')
        .send(csvText(await s.alerts.leads(inArea)));
    },
  );
}
