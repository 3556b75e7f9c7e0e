import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { principalOf } from '../access/enforce';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits, LoginThrottle } from '../access/login-throttle';
import { isPlatformAdmin } from '../access/roles';
import { type UserInput, UserInputSchema, UserListQuery, UserPageSchema, UserSchema } from '../access/users';
import { IdParams, Instant, Text } from '../schemas/common';
import { problemResponses } from '../schemas/problem';
import { ServerError } from '../server-error';
import type { Storage } from '../storage/storage';

const LoginSchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

const SessionSchema = Type.Object({
  token: Type.String({ description: 'send as Authorization: Bearer <token>' }),
  expiresAt: Instant,
  user: Type.Ref(UserSchema),
});

const ApiKeyInputSchema = Type.Object({ label: Text(100) }, { additionalProperties: false });
const ApiKeySchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  label: Type.String(),
  key: Type.String({ description: 'shown once: send as Authorization: Bearer <key>' }),
});

/** Sign-in, the caller's own user, and user administration (city administrators). */
export function accessRoutes(
  app: FastifyInstance,
  storage: Storage,
  loginLimits: Partial<LoginLimits> = {},
): void {
  const { users, tokens } = storage.access;
  const throttle = new LoginThrottle(app, { ...DEFAULT_LOGIN_LIMITS, ...loginLimits });
  const refused = (username: string, ip: string, code: string) =>
    storage.audit.record({
      actor: 'anonymous',
      action: 'auth.login',
      subjectType: 'user',
      subjectId: username,
      outcome: 'refused',
      reasons: [code],
      details: { ip },
    });
  app.addSchema(UserSchema);
  app.addSchema(UserInputSchema);
  app.addSchema(UserPageSchema);

  app.post(
    '/v1/auth/login',
    {
      schema: {
        tags: ['access'],
        summary: 'Sign in with a username and password; returns a bearer token (attempts are rate-limited)',
        body: LoginSchema,
        response: { 200: SessionSchema, ...problemResponses(400, 401, 415, 429) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body as Static<typeof LoginSchema>;
      try {
        await throttle.admit(request, reply);
      } catch (error) {
        await refused(username, request.ip, 'ERR_SRV_RATE_LIMITED');
        throw error;
      }
      const user = await users.checkPassword(username, password);
      if (user === undefined) {
        await refused(username, request.ip, 'ERR_SRV_UNAUTHENTICATED');
        throw new ServerError('ERR_SRV_UNAUTHENTICATED', 'wrong username or password');
      }
      return { ...(await tokens.issue(user.id)), user };
    },
  );

  app.get(
    '/v1/me',
    {
      schema: {
        tags: ['access'],
        summary: 'The signed-in user: role and scope',
        response: { 200: Type.Ref(UserSchema), ...problemResponses(400) },
      },
    },
    async (request) => users.get(principalOf(request).userId),
  );

  app.post(
    '/v1/users',
    {
      schema: {
        tags: ['access'],
        summary: 'Create a user bound to a role and a scope (area, owner, department, worker or chip)',
        body: Type.Ref(UserInputSchema),
        response: { 201: Type.Ref(UserSchema), ...problemResponses(400, 409, 415, 422) },
      },
    },
    async (request, reply) => {
      const input = request.body as UserInput;
      const principal = principalOf(request);
      const unbound =
        input.areaId === undefined &&
        input.ownerId === undefined &&
        input.workerId === undefined &&
        input.chipId === undefined;
      if (!isPlatformAdmin(principal) && unbound) {
        throw new ServerError(
          'ERR_SRV_FORBIDDEN',
          'only the platform administrator creates users bound to no area',
        );
      }
      return reply.status(201).send(await users.create(input));
    },
  );

  app.get(
    '/v1/users',
    {
      schema: {
        tags: ['access'],
        summary: 'List users (keyset-paginated)',
        querystring: UserListQuery,
        response: { 200: Type.Ref(UserPageSchema), ...problemResponses(400) },
      },
    },
    async (request) => users.list(request.query as Static<typeof UserListQuery>),
  );

  app.get(
    '/v1/users/:id',
    {
      schema: {
        tags: ['access'],
        summary: 'Read a user',
        params: IdParams,
        response: { 200: Type.Ref(UserSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => users.get((request.params as { id: string }).id),
  );

  app.post(
    '/v1/users/:id/api-keys',
    {
      schema: {
        tags: ['access'],
        summary: 'Issue an API key for a machine client (chip, integration); the key is shown once',
        params: IdParams,
        body: ApiKeyInputSchema,
        response: { 201: ApiKeySchema, ...problemResponses(400, 404, 415) },
      },
    },
    async (request, reply) => {
      const { label } = request.body as Static<typeof ApiKeyInputSchema>;
      return reply.status(201).send(await users.issueApiKey((request.params as { id: string }).id, label));
    },
  );
}
