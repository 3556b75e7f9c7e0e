import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { createServer, type Storage, type StorageOptions } from '../../src/index';
import { type Backend, freshStorage } from './backends';

/** A server on a fresh database of `backend`, exercised with Fastify's `inject` (no socket). */
export async function testApp(
  backend: Backend,
  options: Omit<StorageOptions, 'db'> = {},
): Promise<{ app: FastifyInstance; storage: Storage; close(): Promise<void> }> {
  const fresh = await freshStorage(backend, options);
  const app = await createServer({ storage: fresh.storage, logger: false, docs: false });
  return {
    app,
    storage: fresh.storage,
    close: async () => {
      await app.close();
      await fresh.close();
    },
  };
}

/** Asserts `response` is a problem document with `status` and `code` (WC-SRV-001) and returns it. */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.json() as Record<string, unknown>;
  expect({ httpStatus: response.statusCode, status: problem.status, code: problem.code }).toEqual({
    httpStatus: status,
    status,
    code,
  });
  expect(problem.type).toBe(`/problems/${code}`);
  expect(typeof problem.title).toBe('string');
  expect(typeof problem.detail).toBe('string');
  expect(typeof problem.instance).toBe('string');
  return problem;
}
