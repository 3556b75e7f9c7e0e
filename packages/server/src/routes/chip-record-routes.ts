import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { IdParams, Instant, ListQuery, PageOf } from '../schemas/common';
import { problemResponses } from '../schemas/problem';
import type { Storage } from '../storage/storage';

const ChipRecordSchema = Type.Object(
  {
    bootEpoch: Type.Integer({ description: 'the boot epoch the chip stamped on the record' }),
    seq: Type.Integer({ description: 'the record sequence number within its boot epoch' }),
    kind: Type.String({ description: 'record kind (telemetry, location, alarm, event, arcSession)' }),
    receivedAt: Instant,
    payload: Type.String({
      description: 'the record envelope as stored, without its MAC (what the hash chain covers), base64url',
    }),
  },
  { additionalProperties: false },
);

const ChipRecordPageSchema = PageOf(ChipRecordSchema);

/**
 * `GET /v1/chips/:id/records`: the records stored for a chip, each (epoch, seq) once (WC-SRV-148).
 * What an auditor, or a conformance lab after an injected crash, reads to see that every record
 * the platform acknowledged is stored exactly once.
 */
export function chipRecordRoutes(app: FastifyInstance, storage: Storage): void {
  app.get(
    '/v1/chips/:id/records',
    {
      schema: {
        tags: ['chips'],
        summary: "List a chip's stored records in (boot epoch, seq) order",
        params: IdParams,
        querystring: ListQuery({}),
        response: { 200: ChipRecordPageSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const query = request.query as { limit: number; cursor?: string };
      await storage.chips.get(id);
      const page = await storage.uplinks.page(id, query);
      return {
        items: page.items.map((record) => ({
          bootEpoch: record.bootEpoch,
          seq: record.seq,
          kind: record.kind,
          receivedAt: new Date(record.receivedAt).toISOString(),
          payload: Buffer.from(record.payload).toString('base64url'),
        })),
        nextCursor: page.nextCursor,
      };
    },
  );
}
