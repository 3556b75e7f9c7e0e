import { type Static, type TObject, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IdParams } from '../schemas/common';
import { problemResponses } from '../schemas/problem';
import type { Page } from '../storage/table';

/** A REST collection: `POST path`, `GET path` (paginated, filtered) and `GET path/:id`. */
export interface Collection<TI extends TSchema, TQ extends TObject, R> {
  path: string;
  tag: string;
  /** Singular noun with its article, for summaries ("an area"). */
  noun: string;
  /** Plural noun, for summaries ("areas"). */
  plural: string;
  input: TI & { $id?: string };
  record: TSchema & { $id?: string };
  page: TSchema & { $id?: string };
  query: TQ;
  /** Stores a record; `request` names the signed-in user where the record records who acted. */
  create(input: Static<TI>, request: FastifyRequest): Promise<R>;
  get?(id: string): Promise<R>;
  list(query: Static<TQ>): Promise<Page<R>>;
}

function ref(schema: TSchema & { $id?: string }): TSchema {
  return schema.$id === undefined ? schema : Type.Ref(schema as TSchema & { $id: string });
}

/** Registers a collection's routes with their schemas, so the OpenAPI document describes them. */
export function collectionRoutes<TI extends TSchema, TQ extends TObject, R>(
  app: FastifyInstance,
  c: Collection<TI, TQ, R>,
): void {
  app.post(
    c.path,
    {
      schema: {
        tags: [c.tag],
        summary: `Register a ${c.noun}`,
        body: ref(c.input),
        response: { 201: ref(c.record), ...problemResponses(400, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await c.create(request.body as Static<TI>, request)),
  );
  app.get(
    c.path,
    {
      schema: {
        tags: [c.tag],
        summary: `List ${c.plural} (keyset-paginated, filtered)`,
        querystring: c.query,
        response: { 200: ref(c.page), ...problemResponses(400) },
      },
    },
    async (request) => c.list(request.query as Static<TQ>),
  );
  const get = c.get;
  if (get !== undefined) {
    app.get(
      `${c.path}/:id`,
      {
        schema: {
          tags: [c.tag],
          summary: `Read ${c.noun}`,
          params: IdParams,
          response: { 200: ref(c.record), ...problemResponses(400, 404) },
        },
      },
      async (request) => get((request.params as { id: string }).id),
    );
  }
}
