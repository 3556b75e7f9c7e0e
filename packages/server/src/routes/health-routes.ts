import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import type { IngestHealth } from '../ingest/start-chip-ingest';
import { problemResponses } from '../schemas/problem';
import { ServerError } from '../server-error';
import type { Storage } from '../storage/storage';

const HealthSchema = Type.Object({ status: Type.Literal('ok') });

const ReadySchema = Type.Object({
  status: Type.Literal('ready'),
  storage: Type.String({ description: 'sqlite or postgres' }),
  migrations: Type.Object({ applied: Type.Array(Type.Integer()), pending: Type.Array(Type.Integer()) }),
  ingest: Type.Optional(
    Type.Object(
      {
        state: Type.Literal('running'),
        restarts: Type.Integer({ description: 'worker threads started again after a death' }),
      },
      { description: 'ingest in a worker thread (WC-SRV-155); absent when ingest runs in the API thread' },
    ),
  ),
});

/**
 * Liveness, readiness and metrics: what an orchestrator and Prometheus poll. `ingest` tells
 * whether ingest's worker thread serves (absent: no worker to wait for).
 */
export function healthRoutes(
  app: FastifyInstance,
  storage: Storage,
  metrics: Registry,
  ingest: () => IngestHealth | undefined = () => undefined,
): void {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness: the process answers HTTP',
        response: { 200: HealthSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: storage answers, every migration is applied and ingest runs',
        response: { 200: ReadySchema, ...problemResponses(503) },
      },
    },
    async () => {
      let migrations: Awaited<ReturnType<Storage['migrations']>>;
      try {
        await storage.ping();
        migrations = await storage.migrations();
      } catch (error) {
        throw new ServerError('ERR_SRV_NOT_READY', 'storage does not answer', {
          cause: error,
          details: { storage: storage.dialect },
        });
      }
      if (migrations.pending.length > 0) {
        throw new ServerError('ERR_SRV_NOT_READY', `${migrations.pending.length} migration(s) pending`, {
          details: { pending: migrations.pending },
        });
      }
      const health = ingest();
      if (health !== undefined && health.state !== 'running') {
        throw new ServerError('ERR_SRV_NOT_READY', `ingest worker is ${health.state}`, {
          details: { ingest: health.state, restarts: health.restarts },
        });
      }
      return {
        status: 'ready' as const,
        storage: storage.dialect,
        migrations,
        ...(health === undefined ? {} : { ingest: { state: 'running' as const, restarts: health.restarts } }),
      };
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics (text exposition format)',
        produces: ['text/plain'],
        response: { 200: { description: 'Prometheus text exposition format', type: 'string' } },
      },
    },
    async (_request, reply) => reply.type(metrics.contentType).send(await metrics.metrics()),
  );
}
