import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problemResponses } from '../schemas/problem';
import { ServerError } from '../server-error';
import type { SqlExecutor } from '../storage/sql-database';
import { LIST_SCOPE } from '../storage/table';
import type { AccessStore } from './access-store';
import { isPlatformAdmin, type Principal } from './roles';
import { type RouteAccess, routeAccess } from './route-access';
import { type ResourceKind, recordScope, scopeCondition } from './scope';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; `null` on public routes. */
    principal: Principal | null;
  }
}

/** The caller of a guarded route (set by the access hooks before any handler runs). */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) throw new ServerError('ERR_SRV_UNAUTHENTICATED', 'sign in first');
  return request.principal;
}

function forbidden(detail: string, details: Record<string, unknown> = {}): ServerError {
  return new ServerError('ERR_SRV_FORBIDDEN', detail, { details });
}

async function authenticate(request: FastifyRequest, access: AccessStore): Promise<Principal> {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer +(\S+)$/i.exec(header) : null;
  if (match?.[1] === undefined) {
    throw new ServerError('ERR_SRV_UNAUTHENTICATED', 'send Authorization: Bearer <token or API key>');
  }
  const principal = await access.authenticate(match[1]);
  if (principal === undefined) {
    throw new ServerError('ERR_SRV_UNAUTHENTICATED', 'the token or API key is invalid, expired or revoked');
  }
  return principal;
}

function ids(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

async function checkRecords(
  db: SqlExecutor,
  principal: Principal,
  source: unknown,
  references: Readonly<Record<string, ResourceKind>> | undefined,
): Promise<void> {
  if (references === undefined || typeof source !== 'object' || source === null) return;
  for (const [field, kind] of Object.entries(references)) {
    for (const id of ids((source as Record<string, unknown>)[field])) {
      // A missing record is not a scope question: the route answers 404 or 422 as for anyone.
      if ((await recordScope(db, kind, id, principal)) === 'out') {
        throw forbidden(`${field} ${id} is outside your scope`, { field });
      }
    }
  }
}

/** Role, platform-only and referenced-record checks: everything decidable before validation. */
async function authorize(
  db: SqlExecutor,
  request: FastifyRequest,
  rule: RouteAccess | undefined,
  principal: Principal,
): Promise<void> {
  if (isPlatformAdmin(principal)) return;
  if (rule === undefined)
    throw forbidden('this route has no access rule: only the platform administrator may call it');
  if (rule.roles !== 'authenticated' && rule.roles !== 'public' && !rule.roles.includes(principal.role)) {
    throw forbidden(`a ${principal.role} may not call this route`, { role: principal.role });
  }
  if (rule.platformOnly === true) throw forbidden('only the platform administrator may call this route');
  const body = request.body as Record<string, unknown> | undefined;
  for (const field of rule.required ?? []) {
    if (body?.[field] === undefined) throw forbidden(`${field} is required of a scoped user`, { field });
  }
  await checkRecords(db, principal, request.params, rule.params);
  await checkRecords(db, principal, request.query, rule.query);
  await checkRecords(db, principal, request.body, rule.body);
}

/**
 * Installs authentication (bearer JWTs and API keys) and scope enforcement on every route,
 * present and future: the rule comes from the route table by method and URL, never from the
 * route itself, so a route added without a rule is refused (default deny). Also documents the
 * bearer scheme and the 401/403 problems in the OpenAPI document of each guarded route.
 */
export function installAccess(app: FastifyInstance, access: AccessStore): void {
  const db = access.db;
  app.decorateRequest('principal', null);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const rule = routeAccess(String(methods[0]), route.url);
    if (rule?.roles === 'public' || route.schema === undefined || route.schema.hide === true) return;
    route.schema = {
      ...route.schema,
      security: [{ bearerAuth: [] }],
      response: { ...(route.schema.response as object), ...problemResponses(401, 403) },
    };
  });
  app.addHook('onRequest', async (request) => {
    const url = request.routeOptions.url;
    if (url === undefined) return; // no such route: the 404 handler answers
    if (routeAccess(request.method, url)?.roles === 'public') return;
    request.principal = await authenticate(request, access);
  });
  app.addHook('preValidation', async (request) => {
    const url = request.routeOptions.url;
    if (url === undefined || request.principal === null) return;
    await authorize(db, request, routeAccess(request.method, url), request.principal);
  });
  app.addHook('preHandler', async (request) => {
    const url = request.routeOptions.url;
    const kind = url === undefined ? undefined : routeAccess(request.method, url)?.list;
    if (kind === undefined || request.principal === null || typeof request.query !== 'object') return;
    // Listings read this condition (storage/table.ts): records out of scope never leave SQL.
    (request.query as Record<symbol, unknown>)[LIST_SCOPE] = scopeCondition(kind, request.principal);
  });
}
