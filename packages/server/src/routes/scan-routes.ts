import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { actingUser } from '../access/acting-user';
import { ScanDecisionSchema, type ScanRequest, ScanRequestSchema } from '../decisions/scan-schemas';
import type { ScanToStart } from '../decisions/scan-to-start';
import { problemResponses } from '../schemas/problem';

/** 扫码开机: the worker app's scan-to-start request. */
export function scanRoutes(app: FastifyInstance, scans: ScanToStart): void {
  app.addSchema(ScanRequestSchema);
  app.addSchema(ScanDecisionSchema);
  app.post(
    '/v1/scans',
    {
      schema: {
        tags: ['scan-to-start'],
        summary: 'Decide a scan-to-start (扫码开机): accept with a signed grant, or refuse with every reason',
        description:
          'A refusal is a decision, not an error: both answer 200. `reasons` lists every failing reason code, the deciding one first; ' +
          'an accepted decision carries the grant, already handed to the chip when it is online, and its envelope for a Bluetooth relay.',
        body: Type.Ref(ScanRequestSchema),
        response: { 200: Type.Ref(ScanDecisionSchema), ...problemResponses(400, 413, 415) },
      },
    },
    // The audit entry names the signed-in user (WC-SUP-040), not a fixed 'worker-app'.
    async (request) => scans.decide(request.body as ScanRequest, actingUser(request)),
  );
}
