import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ServerError, type ServerErrorCode } from '../server-error';
import { PROBLEM_CATALOG, problemType } from './problem-catalog';

/** The media type of every error response (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** One schema violation, located by a JSON Pointer into the part of the request it is in. */
export interface ValidationIssue {
  location: string;
  pointer: string;
  message: string;
}

/** An RFC 9457 problem document with weldcode's `code` extension member. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ServerErrorCode;
  errors?: ValidationIssue[];
  details?: Record<string, unknown>;
}

/** Fastify's own error codes, mapped to ours so clients see one vocabulary. */
const FASTIFY_CODES: Record<string, ServerErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'ERR_SRV_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'ERR_SRV_MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'ERR_SRV_MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'ERR_SRV_MALFORMED_BODY',
  FST_ERR_CTP_BODY_TOO_LARGE: 'ERR_SRV_PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_TYPE: 'ERR_SRV_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'ERR_SRV_UNSUPPORTED_MEDIA_TYPE',
};

function validationIssues(error: FastifyError): ValidationIssue[] {
  return (error.validation ?? []).map((issue) => {
    const missing = (issue.params as { missingProperty?: unknown }).missingProperty;
    const extra = (issue.params as { additionalProperty?: unknown }).additionalProperty;
    const member = typeof missing === 'string' ? missing : typeof extra === 'string' ? extra : undefined;
    const pointer = member === undefined ? issue.instancePath : `${issue.instancePath}/${member}`;
    return {
      location: error.validationContext ?? 'request',
      pointer: pointer === '' ? '/' : pointer,
      message: typeof extra === 'string' ? 'unknown member' : (issue.message ?? 'invalid'),
    };
  });
}

function problemOf(request: FastifyRequest, code: ServerErrorCode, detail: string): Problem {
  const { status, title } = PROBLEM_CATALOG[code];
  return { type: problemType(code), title, status, detail, instance: request.url.split('?')[0] ?? '/', code };
}

/** The problem document describing `error`; internal failures reveal nothing but their code. */
export function toProblem(request: FastifyRequest, error: unknown): Problem {
  if (error instanceof ServerError) {
    const problem = problemOf(request, error.code, error.message);
    if (Object.keys(error.details).length > 0) problem.details = { ...error.details };
    return problem;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError?.validation !== undefined) {
    const errors = validationIssues(fastifyError);
    const first = errors[0];
    const detail =
      first === undefined
        ? 'the request does not match its schema'
        : `${first.location} ${first.pointer}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`;
    return { ...problemOf(request, 'ERR_SRV_VALIDATION', detail), errors };
  }
  const mapped = typeof fastifyError?.code === 'string' ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped !== undefined) return problemOf(request, mapped, fastifyError.message);
  return problemOf(request, 'ERR_SRV_INTERNAL', 'the server failed to handle the request; see its log');
}

/** Sends `problem` with its status and media type. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type(PROBLEM_MEDIA_TYPE).send(problem);
}

/**
 * Makes every failure of `app` a problem document: thrown errors, schema validation failures,
 * body-parser errors and unknown routes alike.
 */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(request, error);
    if (problem.status >= 500) request.log.error({ err: error, code: problem.code }, 'request failed');
    else request.log.info({ code: problem.code, detail: problem.detail }, 'request refused');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problemOf(request, 'ERR_SRV_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
}
