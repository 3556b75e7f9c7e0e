import type { TSchema } from '@sinclair/typebox';
import { AreaInputSchema, AreaPageSchema, AreaSchema } from '../registry/areas';
import { AuditEntrySchema, AuditPageSchema } from '../registry/audit-log';
import { CertificateInputSchema, CertificatePageSchema, CertificateSchema } from '../registry/certificates';
import {
  ChipInputSchema,
  ChipPageSchema,
  ChipSchema,
  RetrofitInputSchema,
  RetrofitSchema,
} from '../registry/chips';
import {
  CrowdedPlaceInputSchema,
  CrowdedPlacePageSchema,
  CrowdedPlaceSchema,
} from '../registry/crowded-places';
import { MachineInputSchema, MachinePageSchema, MachineSchema } from '../registry/machines';
import { OwnerInputSchema, OwnerPageSchema, OwnerSchema } from '../registry/owners';
import { PermitDecisionSchema, PermitInputSchema, PermitPageSchema, PermitSchema } from '../registry/permits';
import { SiteInputSchema, SitePageSchema, SiteSchema } from '../registry/sites';
import {
  SpecialPeriodInputSchema,
  SpecialPeriodPageSchema,
  SpecialPeriodSchema,
} from '../registry/special-periods';
import { WorkerInputSchema, WorkerPageSchema, WorkerSchema } from '../registry/workers';
import { ZoneSchema } from '../registry/zone';
import { ProblemSchema } from '../schemas/problem';

/**
 * Every named schema, registered once with Fastify: routes refer to them by `$id`, and the
 * OpenAPI document lists them under `components.schemas` with those names.
 */
export const MODEL_SCHEMAS: readonly (TSchema & { $id: string })[] = [
  ProblemSchema,
  ZoneSchema,
  AreaInputSchema,
  AreaSchema,
  AreaPageSchema,
  OwnerInputSchema,
  OwnerSchema,
  OwnerPageSchema,
  SiteInputSchema,
  SiteSchema,
  SitePageSchema,
  MachineInputSchema,
  MachineSchema,
  MachinePageSchema,
  ChipInputSchema,
  ChipSchema,
  ChipPageSchema,
  RetrofitInputSchema,
  RetrofitSchema,
  WorkerInputSchema,
  WorkerSchema,
  WorkerPageSchema,
  CertificateInputSchema,
  CertificateSchema,
  CertificatePageSchema,
  CrowdedPlaceInputSchema,
  CrowdedPlaceSchema,
  CrowdedPlacePageSchema,
  SpecialPeriodInputSchema,
  SpecialPeriodSchema,
  SpecialPeriodPageSchema,
  PermitInputSchema,
  PermitSchema,
  PermitPageSchema,
  PermitDecisionSchema,
  AuditEntrySchema,
  AuditPageSchema,
] as (TSchema & { $id: string })[];
