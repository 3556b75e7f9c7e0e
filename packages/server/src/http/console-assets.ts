import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the web console's built files (`@weldcode/console`, `consoleAssetsDir()`) at `/console/`
 * when that folder holds a build. The routes are hidden from the API document: the console is a
 * client of the API, not part of it.
 */
export async function serveConsoleAssets(app: FastifyInstance, dir: string | undefined): Promise<void> {
  if (dir === undefined || !existsSync(join(dir, 'index.html'))) return;
  await app.register(fastifyStatic, { root: dir, prefix: '/console/', schemaHide: true });
  // The console's relative asset URLs need the trailing slash.
  app.get('/console', { schema: { hide: true } }, (_request, reply) => reply.redirect('/console/', 301));
}
