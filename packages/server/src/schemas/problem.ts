import { Type } from '@sinclair/typebox';

/**
 * RFC 9457 problem document. `code` is the stable `ERR_*` code; `type` resolves (against the
 * server) to a page describing that code. Extension members may follow.
 */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI reference identifying the problem type' }),
    title: Type.String({ description: 'short summary of the problem type' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String({ description: 'what went wrong in this occurrence' }),
    instance: Type.String({ description: 'the request path' }),
    code: Type.String({ pattern: '^ERR_[A-Z0-9_]+$', description: 'stable error code' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          location: Type.String({ description: 'body, querystring, params or headers' }),
          pointer: Type.String({ description: 'JSON Pointer to the offending member' }),
          message: Type.String(),
        }),
        { description: 'every validation failure (ERR_SRV_VALIDATION only)' },
      ),
    ),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { $id: 'Problem', additionalProperties: true },
);

/** Response entries for the given error statuses, documented as `application/problem+json`. */
export function problemResponses(...statuses: number[]) {
  const ref = Type.Ref(ProblemSchema);
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'problem document', content: { 'application/problem+json': { schema: ref } } },
    ]),
  );
}
