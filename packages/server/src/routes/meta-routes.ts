import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { PROBLEM_CATALOG, problemType } from '../http/problem-catalog';
import type { ServerPolicy } from '../policy';
import { problemResponses } from '../schemas/problem';
import { ServerError, type ServerErrorCode } from '../server-error';
import { CERTIFICATE_TYPES, DATUMS, MACHINE_KINDS, PERMIT_LEVELS, SECTORS, WORK_KINDS } from '../vocabulary';

const Entry = Type.Object({ id: Type.String(), label: Type.String() }, { additionalProperties: true });

const VocabularySchema = Type.Object({
  sectors: Type.Array(Entry),
  machineKinds: Type.Array(Entry),
  certificateTypes: Type.Array(Entry),
  workKinds: Type.Array(Entry),
  permitLevels: Type.Array(Entry),
  datums: Type.Array(Type.String()),
  policy: Type.Object({ permitMaxMinutes: Type.Record(Type.String(), Type.Integer()) }),
});

const ProblemTypeSchema = Type.Object({
  type: Type.String(),
  code: Type.String(),
  status: Type.Integer(),
  title: Type.String(),
});

/** Self-description: the vocabulary and policy in force, and the problem types. */
export function metaRoutes(app: FastifyInstance, policy: ServerPolicy): void {
  app.get(
    '/v1/vocabulary',
    {
      schema: {
        tags: ['meta'],
        summary:
          'Sector, machine-kind, certificate, work-kind and permit-level ids with labels; policy values',
        response: { 200: VocabularySchema },
      },
    },
    async () => ({
      sectors: [...SECTORS],
      machineKinds: [...MACHINE_KINDS],
      certificateTypes: [...CERTIFICATE_TYPES],
      workKinds: [...WORK_KINDS],
      permitLevels: [...PERMIT_LEVELS],
      datums: [...DATUMS],
      policy: { permitMaxMinutes: { ...policy.permitMaxMinutes } },
    }),
  );

  app.get(
    '/problems/:code',
    {
      schema: {
        tags: ['meta'],
        summary: 'Describe a problem type (the `type` URI of every problem document resolves here)',
        params: Type.Object({ code: Type.String({ pattern: '^ERR_[A-Z0-9_]+$' }) }),
        response: { 200: ProblemTypeSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const code = (request.params as { code: string }).code as ServerErrorCode;
      const entry = Object.hasOwn(PROBLEM_CATALOG, code) ? PROBLEM_CATALOG[code] : undefined;
      if (entry === undefined) {
        throw new ServerError('ERR_SRV_NOT_FOUND', `no problem type ${code}`, { details: { code } });
      }
      return { type: problemType(code), code, ...entry };
    },
  );
}
