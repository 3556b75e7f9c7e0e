import type { TSchema } from '@sinclair/typebox';
import { AlertAcknowledgeSchema, AlertCloseSchema, AlertPageSchema, AlertSchema } from './alert-schemas';
import { ArcSessionPageSchema, ArcSessionSchema } from './arc-session-store';
import { ComplianceFindingPageSchema, ComplianceFindingSchema } from './compliance-findings';

/** The named schemas of the monitoring routes, registered once (OpenAPI `components.schemas`). */
export const MONITORING_SCHEMAS: readonly (TSchema & { $id: string })[] = [
  AlertSchema,
  AlertPageSchema,
  AlertAcknowledgeSchema,
  AlertCloseSchema,
  ArcSessionSchema,
  ArcSessionPageSchema,
  ComplianceFindingSchema,
  ComplianceFindingPageSchema,
] as (TSchema & { $id: string })[];
