import { Type } from '@sinclair/typebox';
import { encodeText, inspectCode, payloadToJson } from '@weldcode/qr';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { actingUser } from '../access/acting-user';
import {
  codeView,
  IssueBodySchema,
  IssueCredentialBodySchema,
  IssuedCodeSchema,
  RevokeBodySchema,
  TrustListViewSchema,
} from '../codes/code-schemas';
import type { CodeService } from '../codes/code-service';
import type { PublishedList } from '../codes/code-store';
import { IdParams } from '../schemas/common';
import { problemResponses } from '../schemas/problem';
import { ServerError } from '../server-error';

/** The media type of a bare COSE_Sign1 (RFC 9052 §2). */
export const COSE_MEDIA_TYPE = 'application/cose; cose-type="cose-sign1"';

const CoseResponse = {
  description: 'the signed list, COSE_Sign1 bytes, as @weldcode/qr verifiers load it',
  content: { 'application/cose': { schema: Type.String({ format: 'binary' }) } },
};

function sendCose(reply: FastifyReply, bytes: Uint8Array, maxAgeS: number): FastifyReply {
  return reply
    .header('content-type', COSE_MEDIA_TYPE)
    .header('cache-control', `public, max-age=${maxAgeS}`)
    .send(Buffer.from(bytes));
}

function listView(list: PublishedList) {
  return {
    number: list.number,
    issuedAt: new Date(list.issuedAt * 1000).toISOString(),
    cose: Buffer.from(list.cose).toString('base64url'),
    payload: payloadToJson(inspectCode(encodeText(list.cose)).payloadValue) as Record<string, unknown>,
  };
}

/** A published list at `path` (COSE bytes for verifiers) and `path.json` (readable). */
function publishedList(
  app: FastifyInstance,
  path: string,
  what: string,
  maxAgeS: number,
  load: () => Promise<PublishedList>,
): void {
  const schema = (summary: string, ok: unknown) => ({
    tags: ['codes'],
    summary,
    response: { 200: ok, ...problemResponses(400) },
  });
  app.get(path, { schema: schema(`${what} (COSE bytes)`, CoseResponse) }, async (_request, reply) =>
    sendCose(reply, (await load()).cose, maxAgeS),
  );
  app.get(`${path}.json`, { schema: schema(`${what}, readable`, Type.Ref(TrustListViewSchema)) }, async () =>
    listView(await load()),
  );
}

/**
 * 赋码 routes: issue plates, worker credentials and permit codes; revoke them; publish the trust
 * list and revocation lists at stable URLs (COSE bytes for verifiers, a JSON view for people).
 */
export function codeRoutes(app: FastifyInstance, codes: CodeService): void {
  for (const schema of [
    IssuedCodeSchema,
    IssueBodySchema,
    IssueCredentialBodySchema,
    RevokeBodySchema,
    TrustListViewSchema,
  ]) {
    app.addSchema(schema);
  }
  const issued = { 201: Type.Ref(IssuedCodeSchema), ...problemResponses(400, 404, 409, 415, 422) };
  const id = (request: { params: unknown }) => (request.params as { id: string }).id;

  app.post(
    '/v1/machines/:id/plate',
    {
      schema: {
        tags: ['codes'],
        summary: "Issue the machine's plate (设备码) after its retrofit; a reprint supersedes the old plate",
        params: IdParams,
        body: Type.Ref(IssueBodySchema),
        response: issued,
      },
    },
    async (request, reply) =>
      reply.status(201).send(codeView(await codes.issuePlate(id(request), actingUser(request)))),
  );
  app.post(
    '/v1/workers/:id/credential',
    {
      schema: {
        tags: ['codes'],
        summary: "Issue a worker's credential (人员码) from the certificates valid today",
        params: IdParams,
        body: Type.Ref(IssueCredentialBodySchema),
        response: issued,
      },
    },
    async (request, reply) => {
      const body = request.body as { idNumber: string };
      return reply
        .status(201)
        .send(codeView(await codes.issueCredential(id(request), body.idNumber, actingUser(request))));
    },
  );
  app.post(
    '/v1/permits/:id/code',
    {
      schema: {
        tags: ['codes'],
        summary:
          "Issue an approved permit's code (动火作业许可码), bound to its workers' and machines' codes",
        params: IdParams,
        body: Type.Ref(IssueBodySchema),
        response: issued,
      },
    },
    async (request, reply) =>
      reply.status(201).send(codeView(await codes.issuePermit(id(request), actingUser(request)))),
  );
  app.get(
    '/v1/codes/:id',
    {
      schema: {
        tags: ['codes'],
        summary: 'Read an issued code',
        params: IdParams,
        response: { 200: Type.Ref(IssuedCodeSchema), ...problemResponses(400, 404) },
      },
    },
    async (request) => codeView(await codes.get(id(request))),
  );
  app.post(
    '/v1/codes/:id/revoke',
    {
      schema: {
        tags: ['codes'],
        summary: 'Revoke a code: the next revocation list names it',
        params: IdParams,
        body: Type.Ref(RevokeBodySchema),
        response: { 200: Type.Ref(IssuedCodeSchema), ...problemResponses(400, 404, 409, 415) },
      },
    },
    async (request) => {
      const body = request.body as { reason: string };
      return codeView(await codes.revoke(id(request), actingUser(request), body.reason));
    },
  );

  publishedList(app, '/v1/trust-list', 'the root-signed trust list', 300, () => codes.lists.trustList());
  publishedList(app, '/v1/revocations', "the issuer's full revocation list", 60, () =>
    codes.lists.revocationList(),
  );
  app.get(
    '/v1/revocations/deltas/:base',
    {
      schema: {
        tags: ['codes'],
        summary: 'The delta list from list number `base` to `base + 1` (COSE bytes)',
        params: Type.Object(
          { base: Type.Integer({ minimum: 1, maximum: 2 ** 31 }) },
          { additionalProperties: false },
        ),
        response: { 200: CoseResponse, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const base = (request.params as { base: number }).base;
      const delta = await codes.lists.revocationDelta(base);
      if (delta === undefined) {
        throw new ServerError(
          'ERR_SRV_NOT_FOUND',
          `no delta after revocation list ${base}; fetch the full list`,
          {
            details: { base },
          },
        );
      }
      return sendCose(reply, delta, 86_400);
    },
  );
}
