import { createServer } from './http/create-server';
import { TestClock } from './platform/platform-clock';
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
    // With a test clock, so the document also describes its routes (present only when enabled).
    const app = await createServer({ storage, logger: false, docs: false, testClock: new TestClock(0) });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await storage.close();
  }
}
