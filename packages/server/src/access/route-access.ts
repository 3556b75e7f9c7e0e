import type { Role } from './roles';
import type { ResourceKind } from './scope';

/**
 * How one route is guarded. A route is refused to everyone but the platform administrator until
 * it has an entry in {@link ROUTE_ACCESS} (default deny), and `test/access/route-matrix.test.ts`
 * fails for a route of the OpenAPI document without one.
 */
export interface RouteAccess {
  /** `public`: no credentials; `authenticated`: any user; else the roles that may call it. */
  readonly roles: 'public' | 'authenticated' | readonly Role[];
  /** Path parameters naming records the caller must have in scope. */
  readonly params?: Readonly<Record<string, ResourceKind>>;
  /** Body members (an id or an array of ids) naming records the caller must have in scope. */
  readonly body?: Readonly<Record<string, ResourceKind>>;
  /** Query members naming records the caller must have in scope. */
  readonly query?: Readonly<Record<string, ResourceKind>>;
  /** Body members a scoped caller must give (absent, the record would fall outside any scope). */
  readonly required?: readonly string[];
  /** A listing: the records of this kind outside the caller's scope are filtered out in SQL. */
  readonly list?: ResourceKind;
  /** Only the platform administrator (records without an area, e.g. the audit log). */
  readonly platformOnly?: boolean;
}

const OFFICERS: readonly Role[] = ['city-admin', 'district-officer', 'town-officer'];
const SUPERVISORS: readonly Role[] = [...OFFICERS, 'sector-officer'];
const READERS: readonly Role[] = [...SUPERVISORS, 'inspector'];
const ENTERPRISE: readonly Role[] = ['enterprise-manager', 'enterprise-approver'];
const REGISTRY_READERS: readonly Role[] = [...READERS, ...ENTERPRISE, 'installer'];

function collection(
  path: string,
  kind: ResourceKind,
  read: readonly Role[],
  write: readonly Role[],
  body: Record<string, ResourceKind>,
  required: readonly string[] = [],
): Record<string, RouteAccess> {
  return {
    [`POST ${path}`]: { roles: write, body, required },
    [`GET ${path}`]: { roles: read, list: kind },
    [`GET ${path}/:id`]: { roles: read, params: { id: kind } },
  };
}

/** Every route's guard, keyed `METHOD /path` as Fastify names routes. */
export const ROUTE_ACCESS: Readonly<Record<string, RouteAccess>> = {
  'GET /healthz': { roles: 'public' },
  'GET /readyz': { roles: 'public' },
  'GET /metrics': { roles: 'public' },
  'GET /openapi.json': { roles: 'public' },
  'GET /problems/:code': { roles: 'public' },
  'GET /v1/vocabulary': { roles: 'public' },
  'POST /v1/auth/login': { roles: 'public' },
  'GET /v1/me': { roles: 'authenticated' },
  'GET /v1/platform': { roles: 'public' },
  // Present only on a server started with a test clock (WC-SRV-150): the platform administrator.
  'GET /v1/test/clock': { roles: ['city-admin'], platformOnly: true },
  'PUT /v1/test/clock': { roles: ['city-admin'], platformOnly: true },

  ...collection('/v1/areas', 'area', REGISTRY_READERS, OFFICERS, { parentId: 'area' }, ['parentId']),
  ...collection('/v1/owners', 'owner', REGISTRY_READERS, [...OFFICERS, 'installer'], { townId: 'area' }),
  ...collection('/v1/sites', 'site', REGISTRY_READERS, [...OFFICERS, 'installer'], {
    ownerId: 'owner',
    townId: 'area',
  }),
  ...collection(
    '/v1/machines',
    'machine',
    REGISTRY_READERS,
    [...OFFICERS, 'installer', 'enterprise-manager'],
    { ownerId: 'owner', siteId: 'site' },
  ),
  ...collection('/v1/chips', 'chip', [...READERS, 'installer', 'chip'], ['city-admin', 'installer'], {}),
  'GET /v1/chips/:id/records': { roles: [...READERS, 'installer', 'chip'], params: { id: 'chip' } },
  'POST /v1/retrofits': {
    roles: ['city-admin', 'installer'],
    body: { chipId: 'chip', machineId: 'machine' },
  },
  ...collection(
    '/v1/workers',
    'worker',
    [...READERS, ...ENTERPRISE, 'worker'],
    [...OFFICERS, 'enterprise-manager'],
    { employerId: 'owner' },
    ['employerId'],
  ),
  'POST /v1/workers/:id/certificates': {
    roles: [...OFFICERS, 'enterprise-manager'],
    params: { id: 'worker' },
  },
  'GET /v1/workers/:id/certificates': {
    roles: [...READERS, ...ENTERPRISE, 'worker'],
    params: { id: 'worker' },
  },
  ...collection(
    '/v1/crowded-places',
    'crowded-place',
    [...READERS, ...ENTERPRISE],
    [...OFFICERS, 'enterprise-manager'],
    {
      siteId: 'site',
    },
  ),
  ...collection('/v1/special-periods', 'special-period', REGISTRY_READERS, OFFICERS, { areaId: 'area' }),
  ...collection(
    '/v1/permits',
    'permit',
    [...READERS, ...ENTERPRISE, 'worker'],
    ['city-admin', 'enterprise-manager'],
    {
      siteId: 'site',
      fireWatcherId: 'worker',
      machineIds: 'machine',
      workerIds: 'worker',
    },
  ),
  'POST /v1/permits/:id/decision': { roles: ['city-admin', 'enterprise-approver'], params: { id: 'permit' } },
  'GET /v1/audit': { roles: ['city-admin'], platformOnly: true },

  'POST /v1/users': {
    roles: ['city-admin'],
    body: { areaId: 'area', ownerId: 'owner', workerId: 'worker', chipId: 'chip' },
  },
  'GET /v1/users': { roles: ['city-admin'], list: 'user' },
  'GET /v1/users/:id': { roles: ['city-admin'], params: { id: 'user' } },
  'POST /v1/users/:id/api-keys': { roles: ['city-admin'], params: { id: 'user' } },

  'GET /v1/progress': { roles: SUPERVISORS, query: { areaId: 'area' } },
  'GET /v1/exports/annex1.csv': { roles: SUPERVISORS, query: { areaId: 'area' } },
  'GET /v1/exports/annex1.xlsx': { roles: SUPERVISORS, query: { areaId: 'area' } },
  'GET /v1/map/features': { roles: READERS, query: { areaId: 'area' } },

  'GET /v1/permits/:id/duties': { roles: [...READERS, ...ENTERPRISE, 'worker'], params: { id: 'permit' } },
  'POST /v1/permits/:id/duties': {
    roles: ['city-admin', ...ENTERPRISE, 'worker'],
    params: { id: 'permit' },
    body: { workerId: 'worker' },
  },
  'POST /v1/trainings': { roles: [...OFFICERS, 'enterprise-manager'], body: { ownerId: 'owner' } },
  'GET /v1/trainings': { roles: [...READERS, ...ENTERPRISE], list: 'training' },
  'PUT /v1/inspections/:id': {
    roles: [...SUPERVISORS, 'inspector'],
    params: { id: 'inspection' },
    body: { townId: 'area', siteId: 'site', machineId: 'machine', workerId: 'worker', permitId: 'permit' },
  },
  'GET /v1/inspections': { roles: READERS, list: 'inspection' },

  'GET /v1/alerts': { roles: [...READERS, ...ENTERPRISE], list: 'alert' },
  'GET /v1/alerts/:id': { roles: [...READERS, ...ENTERPRISE], params: { id: 'alert' } },
  'POST /v1/alerts/:id/acknowledge': { roles: SUPERVISORS, params: { id: 'alert' } },
  'POST /v1/alerts/:id/close': { roles: SUPERVISORS, params: { id: 'alert' } },
  'GET /v1/alert-kinds': { roles: 'authenticated' },
  'GET /v1/arc-sessions': { roles: [...READERS, ...ENTERPRISE], list: 'arc-session' },
  'GET /v1/compliance-findings': { roles: [...READERS, ...ENTERPRISE], list: 'compliance-finding' },
  'GET /v1/alert-queue': { roles: SUPERVISORS },
  'GET /v1/alerts/:id/handling': { roles: READERS, params: { id: 'alert' } },
  'POST /v1/alerts/:id/verify': { roles: [...SUPERVISORS, 'inspector'], params: { id: 'alert' } },
  'POST /v1/alerts/:id/actions': { roles: SUPERVISORS, params: { id: 'alert' } },

  // 赋码: issuing needs the subject in scope; the signed lists are public (phones verify offline).
  'POST /v1/machines/:id/plate': { roles: [...OFFICERS, 'installer'], params: { id: 'machine' } },
  'POST /v1/workers/:id/credential': { roles: OFFICERS, params: { id: 'worker' } },
  'POST /v1/permits/:id/code': { roles: ['city-admin', ...ENTERPRISE], params: { id: 'permit' } },
  'GET /v1/codes/:id': { roles: [...READERS, ...ENTERPRISE], params: { id: 'code' } },
  'POST /v1/codes/:id/revoke': { roles: OFFICERS, params: { id: 'code' } },
  'GET /v1/trust-list': { roles: 'public' },
  'GET /v1/trust-list.json': { roles: 'public' },
  'GET /v1/revocations': { roles: 'public' },
  'GET /v1/revocations.json': { roles: 'public' },
  'GET /v1/revocations/deltas/:base': { roles: 'public' },
  // 扫码开机: the worker app (or the platform administrator, e.g. a conformance runner) asks.
  'POST /v1/scans': { roles: ['city-admin', 'worker'] },
  'GET /v1/exports/enforcement-leads.csv': { roles: SUPERVISORS, query: { areaId: 'area' } },
};

/**
 * Routes under these prefixes need no credentials: the interactive documentation's assets and the
 * web console's static files (the console then calls the API with the user's bearer token).
 */
export const PUBLIC_PREFIXES: readonly string[] = ['/docs', '/console'];

/** The guard of `METHOD url`, `undefined` when the route has none (refused: default deny). */
export function routeAccess(method: string, url: string): RouteAccess | undefined {
  if (PUBLIC_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`))) {
    return { roles: 'public' };
  }
  const key = `${method === 'HEAD' ? 'GET' : method} ${url}`;
  return Object.hasOwn(ROUTE_ACCESS, key) ? ROUTE_ACCESS[key] : undefined;
}
