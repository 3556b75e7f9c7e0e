import { createServer } from './http/create-server';
import { openStorage } from './storage/storage';

/**
 * The OpenAPI 3.1 document of the HTTP API, as stable JSON text: built from the route schemas on
 * a throw-away in-memory database, with nothing time- or host-dependent in it, so regenerating it
 * is byte-for-byte reproducible (CI fails on a diff).
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { openApiDocument } from '@weldcode/server';
 *
 * writeFileSync('openapi.json', await openApiDocument());
 * ```
 */
export async function openApiDocument(): Promise<string> {
  const storage = await openStorage({ db: ':memory:' });
  try {
    const app = await createServer({ storage, logger: false, docs: false });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await storage.close();
  }
}
