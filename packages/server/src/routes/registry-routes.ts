import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { actingUser, asActingUser } from '../access/acting-user';
import { AreaInputSchema, AreaListQuery, AreaPageSchema, AreaSchema } from '../registry/areas';
import { AuditListQuery, AuditPageSchema } from '../registry/audit-log';
import {
  CertificateInputSchema,
  CertificateListQuery,
  CertificatePageSchema,
  CertificateSchema,
} from '../registry/certificates';
import {
  ChipInputSchema,
  ChipListQuery,
  ChipPageSchema,
  ChipSchema,
  RetrofitInputSchema,
  RetrofitSchema,
} from '../registry/chips';
import {
  CrowdedPlaceInputSchema,
  CrowdedPlaceListQuery,
  CrowdedPlacePageSchema,
  CrowdedPlaceSchema,
} from '../registry/crowded-places';
import { MachineInputSchema, MachineListQuery, MachinePageSchema, MachineSchema } from '../registry/machines';
import { OwnerInputSchema, OwnerListQuery, OwnerPageSchema, OwnerSchema } from '../registry/owners';
import {
  PermitDecisionSchema,
  PermitInputSchema,
  PermitListQuery,
  PermitPageSchema,
  PermitSchema,
} from '../registry/permits';
import { SiteInputSchema, SiteListQuery, SitePageSchema, SiteSchema } from '../registry/sites';
import {
  SpecialPeriodInputSchema,
  SpecialPeriodListQuery,
  SpecialPeriodPageSchema,
  SpecialPeriodSchema,
} from '../registry/special-periods';
import { WorkerInputSchema, WorkerListQuery, WorkerPageSchema, WorkerSchema } from '../registry/workers';
import { IdParams } from '../schemas/common';
import { problemResponses } from '../schemas/problem';
import type { Storage } from '../storage/storage';
import { collectionRoutes } from './collection-routes';

/** The registry API under `/v1`: areas, owners, sites, machines, chips, workers, places, permits. */
export function registryRoutes(app: FastifyInstance, storage: Storage): void {
  const s = storage;
  collectionRoutes(app, {
    path: '/v1/areas',
    tag: 'areas',
    noun: 'an area (city, district or town)',
    plural: 'areas',
    input: AreaInputSchema,
    record: AreaSchema,
    page: AreaPageSchema,
    query: AreaListQuery,
    create: (i) => s.areas.create(i),
    get: (id) => s.areas.get(id),
    list: (q) => s.areas.list(q),
  });
  collectionRoutes(app, {
    path: '/v1/owners',
    tag: 'owners',
    noun: 'an owner (enterprise or individual)',
    plural: 'owners',
    input: OwnerInputSchema,
    record: OwnerSchema,
    page: OwnerPageSchema,
    query: OwnerListQuery,
    create: (i) => s.owners.create(i),
    get: (id) => s.owners.get(id),
    list: (q) => s.owners.list(q),
  });
  collectionRoutes(app, {
    path: '/v1/sites',
    tag: 'sites',
    noun: 'a site',
    plural: 'sites',
    input: SiteInputSchema,
    record: SiteSchema,
    page: SitePageSchema,
    query: SiteListQuery,
    create: (i) => s.sites.create(i),
    get: (id) => s.sites.get(id),
    list: (q) => s.sites.list(q),
  });
  collectionRoutes(app, {
    path: '/v1/machines',
    tag: 'machines',
    noun: 'a machine',
    plural: 'machines',
    input: MachineInputSchema,
    record: MachineSchema,
    page: MachinePageSchema,
    query: MachineListQuery,
    create: (i) => s.machines.create(i),
    get: (id) => s.machines.get(id),
    list: (q) => s.machines.list(q),
  });
  collectionRoutes(app, {
    path: '/v1/chips',
    tag: 'chips',
    noun: 'a chip',
    plural: 'chips',
    input: ChipInputSchema,
    record: ChipSchema,
    page: ChipPageSchema,
    query: ChipListQuery,
    create: (i) => s.chips.create(i),
    get: (id) => s.chips.get(id),
    list: (q) => s.chips.list(q),
  });
  collectionRoutes(app, {
    path: '/v1/workers',
    tag: 'workers',
    noun: 'a worker',
    plural: 'workers',
    input: WorkerInputSchema,
    record: WorkerSchema,
    page: WorkerPageSchema,
    query: WorkerListQuery,
    create: (i) => s.workers.create(i),
    get: (id) => s.workers.get(id),
    list: (q) => s.workers.list(q),
  });
  collectionRoutes(app, {
    path: '/v1/crowded-places',
    tag: 'crowded places',
    noun: 'a crowded place (人员密集场所)',
    plural: 'crowded places',
    input: CrowdedPlaceInputSchema,
    record: CrowdedPlaceSchema,
    page: CrowdedPlacePageSchema,
    query: CrowdedPlaceListQuery,
    create: (i) => s.crowdedPlaces.create(i),
    get: (id) => s.crowdedPlaces.get(id),
    list: (q) => s.crowdedPlaces.list(q),
  });
  collectionRoutes(app, {
    path: '/v1/special-periods',
    tag: 'special periods',
    noun: 'a special period (特殊时期)',
    plural: 'special periods',
    input: SpecialPeriodInputSchema,
    record: SpecialPeriodSchema,
    page: SpecialPeriodPageSchema,
    query: SpecialPeriodListQuery,
    create: (i) => s.specialPeriods.create(i),
    get: (id) => s.specialPeriods.get(id),
    list: (q) => s.specialPeriods.list(q),
  });
  collectionRoutes(app, {
    path: '/v1/permits',
    tag: 'permits',
    noun: 'a hot-work permit (动火作业许可)',
    plural: 'hot-work permits',
    input: PermitInputSchema,
    record: PermitSchema,
    page: PermitPageSchema,
    query: PermitListQuery,
    create: (i, request) => s.permits.create({ ...i, applicant: actingUser(request) }),
    get: (id) => s.permits.get(id),
    list: (q) => s.permits.list(q),
  });

  app.post(
    '/v1/retrofits',
    {
      schema: {
        tags: ['chips'],
        summary: 'Retrofit (加芯): bind a provisioned chip to a registered machine',
        body: Type.Ref(RetrofitInputSchema),
        response: { 201: Type.Ref(RetrofitSchema), ...problemResponses(400, 409, 415, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await s.chips.retrofit(asActingUser(request, 'installer') as never)),
  );

  app.post(
    '/v1/workers/:id/certificates',
    {
      schema: {
        tags: ['workers'],
        summary: "Record one of a worker's certificates",
        params: IdParams,
        body: Type.Ref(CertificateInputSchema),
        response: { 201: Type.Ref(CertificateSchema), ...problemResponses(400, 404, 409, 415, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await s.certificates.create((request.params as { id: string }).id, request.body as never)),
  );

  app.get(
    '/v1/workers/:id/certificates',
    {
      schema: {
        tags: ['workers'],
        summary: "List a worker's certificates",
        params: IdParams,
        querystring: CertificateListQuery,
        response: { 200: Type.Ref(CertificatePageSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => s.certificates.list((request.params as { id: string }).id, request.query as never),
  );

  app.post(
    '/v1/permits/:id/decision',
    {
      schema: {
        tags: ['permits'],
        summary: 'Approve or reject a pending permit, or revoke an approved one (审批)',
        params: IdParams,
        body: Type.Ref(PermitDecisionSchema),
        response: { 200: Type.Ref(PermitSchema), ...problemResponses(400, 404, 409, 415) },
      },
    },
    // Through the code service: revoking a permit also revokes its code (WC-SRV-089).
    async (request) =>
      app.platform.codes.decidePermit(
        (request.params as { id: string }).id,
        asActingUser(request, 'by') as never,
      ),
  );

  app.get(
    '/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Read the decision log (oldest first)',
        querystring: AuditListQuery,
        response: { 200: Type.Ref(AuditPageSchema), ...problemResponses(400) },
      },
    },
    async (request) => s.audit.list(request.query as never),
  );
}
