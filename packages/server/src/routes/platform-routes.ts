import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { MonitoringEngine } from '../monitoring/monitoring-engine';
import type { TestClock } from '../platform/platform-clock';
import type { SigningKey } from '../platform/platform-keys';
import { problemResponses } from '../schemas/problem';
import type { Storage } from '../storage/storage';

const PublicKeySchema = Type.Object(
  {
    publicKey: Type.String({ description: 'Ed25519 public key, base64url without padding' }),
    keyId: Type.String({ description: 'first 8 bytes of SHA-256(publicKey), hex' }),
  },
  { additionalProperties: false },
);

const PlatformSchema = Type.Object(
  {
    keys: Type.Object(
      {
        directive: PublicKeySchema,
        root: PublicKeySchema,
        issuer: PublicKeySchema,
      },
      {
        additionalProperties: false,
        description:
          '`directive`: the key a chip pins at retrofit (handshake, grants); `root`: signs the trust list; `issuer`: signs codes and revocation lists',
      },
    ),
    testClock: Type.Boolean({ description: 'whether this instance runs on a settable test clock' }),
  },
  { additionalProperties: false },
);

const ClockSchema = Type.Object(
  {
    at: Type.String({ format: 'date-time', description: 'the platform clock, ISO 8601 UTC' }),
    ms: Type.Integer({ description: 'the same instant in Unix milliseconds' }),
  },
  { additionalProperties: false },
);

const ClockInputSchema = Type.Object(
  { at: Type.String({ format: 'date-time', description: 'the new instant; never earlier than now' }) },
  { additionalProperties: false },
);

function published(key: SigningKey) {
  return {
    publicKey: Buffer.from(key.publicKey).toString('base64url'),
    keyId: Buffer.from(key.keyId).toString('hex'),
  };
}

function clockView(ms: number) {
  return { at: new Date(ms).toISOString(), ms };
}

/**
 * `GET /v1/platform`: the platform's public keys (WC-SRV-152). With a test clock, also
 * `GET`/`PUT /v1/test/clock` (WC-SRV-150, WC-SRV-151); without one those routes do not exist.
 */
export function platformRoutes(
  app: FastifyInstance,
  storage: Storage,
  testClock: { clock: TestClock; monitoring: MonitoringEngine } | undefined,
): void {
  app.get(
    '/v1/platform',
    {
      schema: {
        tags: ['meta'],
        summary: "The platform's public keys: the directive key a chip pins at retrofit, root and issuer",
        response: { 200: PlatformSchema, ...problemResponses(400) },
      },
    },
    async () => ({
      keys: {
        directive: published(storage.keys.directive),
        root: published(storage.keys.root),
        issuer: published(storage.keys.issuer),
      },
      testClock: testClock !== undefined,
    }),
  );
  if (testClock === undefined) return;
  const { clock, monitoring } = testClock;
  app.get(
    '/v1/test/clock',
    {
      schema: {
        tags: ['operations'],
        summary: 'The test clock (only on a server started with a test clock; never in production)',
        response: { 200: ClockSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async () => clockView(clock.now()),
  );
  app.put(
    '/v1/test/clock',
    {
      schema: {
        tags: ['operations'],
        summary:
          'Move the test clock forward and run the time-based alert rules at the new instant (never in production)',
        body: ClockInputSchema,
        response: { 200: ClockSchema, ...problemResponses(400, 401, 403, 409, 415) },
      },
    },
    async (request) => {
      const at = Date.parse((request.body as { at: string }).at);
      clock.set(at);
      // What a sweep on a real clock would have seen by now is raised before the answer (WC-SRV-151).
      await monitoring.sweep();
      return clockView(clock.now());
    },
  );
}
