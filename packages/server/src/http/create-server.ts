import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Registry } from 'prom-client';
import { installAccess } from '../access/enforce';
import type { LoginLimits } from '../access/login-throttle';
import { CodeService, type CodeServiceOptions } from '../codes/code-service';
import { OFFLINE_GATEWAY } from '../decisions/offline-gateway';
import { type ScanPolicy, ScanToStart } from '../decisions/scan-to-start';
import type { IngestHealth } from '../ingest/start-chip-ingest';
import { MonitoringEngine } from '../monitoring/monitoring-engine';
import { MONITORING_SCHEMAS } from '../monitoring/monitoring-schemas';
import type { ChipGateway } from '../platform/chip-gateway';
import type { PlatformClock, TestClock } from '../platform/platform-clock';
import { PlatformEvents } from '../platform/platform-events';
import { DEFAULT_POLICY, type ServerPolicy } from '../policy';
import { accessRoutes } from '../routes/access-routes';
import { alertRoutes } from '../routes/alert-routes';
import { chipRecordRoutes } from '../routes/chip-record-routes';
import { codeRoutes } from '../routes/code-routes';
import { healthRoutes } from '../routes/health-routes';
import { metaRoutes } from '../routes/meta-routes';
import { platformRoutes } from '../routes/platform-routes';
import { registryRoutes } from '../routes/registry-routes';
import { scanRoutes } from '../routes/scan-routes';
import { supervisionRoutes } from '../routes/supervision-routes';
import type { Storage } from '../storage/storage';
import { openAlertCounter } from '../supervision/alert-routing';
import { serveConsoleAssets } from './console-assets';
import { installMetrics } from './metrics';
import { MODEL_SCHEMAS } from './model-schemas';
import { installProblemHandlers } from './problem';

/** The version the API document states; bumped with breaking API changes only. */
export const API_VERSION = '1.0.0';

/** What {@link createServer} builds on. */
export interface CreateServerOptions {
  /** Opened storage (see `openStorage`); the caller closes it after the server. */
  storage: Storage;
  /** pino logger options, or `false` for none (default: info level, JSON lines). */
  logger?: FastifyServerOptions['logger'];
  /** Serve Swagger UI at `/docs` (default true). */
  docs?: boolean;
  /** Policy values; must match the storage's (default {@link DEFAULT_POLICY}). */
  policy?: ServerPolicy;
  /** Prometheus registry to expose at `/metrics` (default: a new one), shared with ingest. */
  metrics?: Registry;
  /** A built web console (`consoleAssetsDir()` of `@weldcode/console`) to serve at `/console/`. */
  consoleDir?: string;
  /** The in-process event bus (default: a new one, exposed as `app.platform.events`). */
  events?: PlatformEvents;
  /** How grants reach chips (default: none online; ingest provides the real gateway). */
  chipGateway?: ChipGateway;
  /** Whether ingest's worker thread serves, for `/readyz` (WC-SRV-155; default: nothing to wait for). */
  ingestHealth?: () => IngestHealth | undefined;
  /** Code issuance and list publication (issuer id, district, periods, clock). */
  codes?: CodeServiceOptions;
  /** Scan-to-start policy values. */
  scanPolicy?: Partial<ScanPolicy>;
  /** Platform clock of codes, decisions and monitoring, Unix ms (default `Date.now`; tests move it). */
  clock?: PlatformClock;
  /**
   * A settable clock for conformance runs and demos (WC-SRV-150): it becomes the platform clock
   * (unless `clock` is given) and `GET`/`PUT /v1/test/clock` are served. Never in production.
   */
  testClock?: TestClock;
  /** The monitoring engine to serve (already attached to `events`); default one built on `storage`, the policy and `clock`. */
  monitoring?: MonitoringEngine;
  /** Sign-in attempts allowed per username and per address (default `DEFAULT_LOGIN_LIMITS`). */
  loginLimits?: Partial<LoginLimits>;
}

/** The features a server instance runs, for embedding code and tests. */
export interface PlatformServices {
  events: PlatformEvents;
  codes: CodeService;
  scans: ScanToStart;
  monitoring: MonitoringEngine;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's features: event bus, code issuance, scan-to-start, monitoring. */
    platform: PlatformServices;
  }
}

const OPENAPI_INFO = {
  title: 'weldcode reference district platform',
  description:
    'Registry (areas, owners, sites, machines, chips, workers, crowded places, special periods), ' +
    'hot-work permits and the decision log of a chip-and-code (加芯赋码) welding supervision platform. ' +
    'Every error is an RFC 9457 problem document (application/problem+json) with a stable `code`.',
  version: API_VERSION,
  license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
};

/**
 * Builds the HTTP API on top of `storage`: route schemas (which also produce the OpenAPI 3.1
 * document), problem documents for every error, health, readiness and metrics.
 *
 * @example
 * ```ts
 * import { createServer, openStorage } from '@weldcode/server';
 *
 * const storage = await openStorage({ db: ':memory:' });
 * const app = await createServer({ storage, logger: false });
 * const response = await app.inject({ method: 'GET', url: '/readyz' });
 * console.log(response.statusCode); // 200
 * await app.close();
 * await storage.close();
 * ```
 */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? { level: 'info' },
    bodyLimit: 1 << 20,
    ajv: {
      // Unknown members are errors, not silently dropped: a misspelt field must never be ignored.
      // Coercion stays scalar (query strings need it); 'array' coercion would rewrite a body while
      // one branch of a union is tried, so the next branch sees altered data.
      customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      tags: [
        { name: 'areas', description: 'city → districts → towns (街镇)' },
        { name: 'owners', description: 'enterprises and individual machine owners' },
        { name: 'sites', description: 'welding sites by sector' },
        { name: 'machines', description: 'welding machines: the inventory (底数)' },
        { name: 'chips', description: 'chips and the retrofit (加芯) that binds them to machines' },
        { name: 'workers', description: 'welders, fire watchers and their certificates' },
        { name: 'crowded places', description: '人员密集场所 and opening hours' },
        { name: 'special periods', description: '特殊时期' },
        { name: 'permits', description: 'hot-work permits (动火作业许可) and their approval' },
        {
          name: 'codes',
          description: '赋码: plates, worker credentials, permit codes, trust and revocation lists',
        },
        { name: 'scan-to-start', description: '扫码开机: the decision to let a worker start a machine' },
        { name: 'audit', description: 'the decision log' },
        { name: 'alerts', description: 'monitoring (以智管焊): alerts, arc sessions, compliance findings' },
        { name: 'meta', description: 'vocabulary, policy and problem types' },
        { name: 'operations', description: 'health, readiness, metrics' },
        { name: 'access', description: 'sign-in, users, roles and scopes, API keys' },
        { name: 'supervision', description: 'progress, 附件1, map, training, inspections' },
      ],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'a token from POST /v1/auth/login, or an API key',
          },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  for (const schema of MODEL_SCHEMAS) app.addSchema(schema);
  for (const schema of MONITORING_SCHEMAS) app.addSchema(schema);

  // The API speaks JSON only; any other body media type is refused with 415 (WC-SRV-005).
  app.removeContentTypeParser('text/plain');
  installProblemHandlers(app);
  installAccess(app, options.storage.access);
  // Only the routes that ask for it are limited (sign-in); nothing is limited globally.
  await app.register(rateLimit, { global: false });
  const metrics = installMetrics(app, options.metrics);
  healthRoutes(app, options.storage, metrics, options.ingestHealth);
  metaRoutes(app, options.policy ?? DEFAULT_POLICY);
  registryRoutes(app, options.storage);
  chipRecordRoutes(app, options.storage);
  const events = options.events ?? new PlatformEvents();
  const clock = options.clock ?? options.testClock?.now ?? Date.now;
  const codes = new CodeService(options.storage, { clock, ...options.codes });
  const scans = new ScanToStart({
    storage: options.storage,
    codes,
    gateway: options.chipGateway ?? OFFLINE_GATEWAY,
    events,
    clock,
    ...(options.scanPolicy === undefined ? {} : { policy: options.scanPolicy }),
    onError: (error) => app.log.error({ err: error }, 'scan-to-start background work failed'),
  });
  const monitoring =
    options.monitoring ??
    new MonitoringEngine({
      storage: options.storage,
      policy: (options.policy ?? DEFAULT_POLICY).monitoring ?? {},
      clock,
      logger: app.log,
    });
  const detach = options.monitoring === undefined ? monitoring.attach(events) : undefined;
  app.decorate('platform', { events, codes, scans, monitoring });
  app.addHook('onClose', async () => {
    detach?.();
    await monitoring.stop();
    await scans.close();
    await scans.chips.flush();
  });
  codeRoutes(app, codes);
  scanRoutes(app, scans);
  alertRoutes(app, { storage: options.storage, policy: monitoring.policy, clock: monitoring.clock });
  accessRoutes(app, options.storage, options.loginLimits);
  platformRoutes(
    app,
    options.storage,
    options.testClock === undefined ? undefined : { clock: options.testClock, monitoring },
  );
  supervisionRoutes(app, options.storage, {
    ...(options.events === undefined ? {} : { events: options.events }),
    openAlerts: openAlertCounter,
    clock,
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  if (options.docs ?? true) await app.register(swaggerUi, { routePrefix: '/docs' });
  await serveConsoleAssets(app, options.consoleDir);
  return app;
}
