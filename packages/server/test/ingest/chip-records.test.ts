import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../../src/index';
import { testApp } from '../support/app';
import { BACKENDS } from '../support/backends';
import { chipPublicKey } from '../support/fixtures';

describe.each(BACKENDS)('GET /v1/chips/:id/records on $name', (backend) => {
  let context: Awaited<ReturnType<typeof testApp>>;
  let storage: Storage;

  beforeAll(async () => {
    context = await testApp(backend);
    storage = context.storage;
  }, 60_000);
  afterAll(async () => context.close());

  it('WC-SRV-148: lists each stored (epoch, seq) once, in key order, across pages, with the stored payload', async () => {
    await storage.chips.create({ id: 'REC-1', publicKey: chipPublicKey() });
    const record = (bootEpoch: number, seq: number) => ({
      chipId: 'REC-1',
      bootEpoch,
      seq,
      kind: 'telemetry',
      receivedAt: Date.UTC(2026, 5, 1, 0, 0, seq),
      payload: new Uint8Array([bootEpoch, seq, 0xff]),
    });
    // a retransmission inside the batch and one in a later batch are stored once
    await storage.uplinks.append([record(2, 1), record(1, 2), record(1, 1), record(1, 2)]);
    await storage.uplinks.append([record(1, 3), record(2, 1)]);
    const seen: { bootEpoch: number; seq: number; payload: string; receivedAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const response = await context.app.inject({
        method: 'GET',
        url: `/v1/chips/REC-1/records?limit=2${query}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { items: typeof seen; nextCursor: string | null };
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen.map((r) => `${r.bootEpoch}/${r.seq}`)).toEqual(['1/1', '1/2', '1/3', '2/1']);
    expect(Buffer.from(seen[1]?.payload ?? '', 'base64url')).toEqual(Buffer.from([1, 2, 0xff]));
    expect(seen[0]?.receivedAt).toBe('2026-06-01T00:00:01.000Z');
  });

  it('WC-SRV-148 WC-SRV-045: a cursor the server did not issue is refused; an unknown chip is a 404', async () => {
    const forged = await context.app.inject({
      method: 'GET',
      url: '/v1/chips/REC-1/records?cursor=bm90LWEta2V5',
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().code).toBe('ERR_SRV_VALIDATION');
    const unknown = await context.app.inject({ method: 'GET', url: '/v1/chips/NO-SUCH-CHIP/records' });
    expect(unknown.statusCode).toBe(404);
  });
});
