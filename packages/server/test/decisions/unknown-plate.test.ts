import { bindingHash, issueCode } from '@weldcode/qr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanDecisionEvent } from '../../src/index';
import { BACKENDS } from '../support/backends';
import { fix, oneJob, testPlatform } from './support/world';

describe.each(BACKENDS)('a scan of a plate naming no registered machine ($name)', (backend) => {
  let p: Awaited<ReturnType<typeof testPlatform>>;
  let job: Awaited<ReturnType<typeof oneJob>>;

  beforeAll(async () => {
    p = await testPlatform(backend);
    job = await oneJob(p.registry);
    p.clock.set('2026-06-01T08:00:00+08:00');
  });
  afterAll(() => p.close());

  it('WC-SRV-145: is audited and announced under the scanned plate, not one shared machine id', async () => {
    const seen: ScanDecisionEvent[] = [];
    p.events.on('scan-decision', (event) => seen.push(event));
    const plates = [9_000_001, 9_000_002].map((machineId) =>
      issueCode(
        { kind: 'plate', machineId, chipId: 1, district: 310120, issuedOn: '2026-05-01', plateSeq: 1 },
        p.storage.keys.issuer.secretKey,
      ),
    );
    for (const plate of plates) {
      const response = await p.app.inject({
        method: 'POST',
        url: '/v1/scans',
        payload: {
          plate: plate.text,
          credential: job.credential.text,
          phone: fix({ lat: 30.9181, lon: 121.4741 }),
        },
      });
      expect(response.json().accepted).toBe(false);
    }
    const keys = plates.map((plate) => Buffer.from(bindingHash(plate.bytes)).toString('hex'));
    expect(seen.map((e) => [e.machineId, e.plate])).toEqual(keys.map((key) => [undefined, key]));
    const audit = await p.storage.audit.list({ action: 'scan-to-start', subjectType: 'plate', limit: 10 });
    expect(audit.items.map((e) => e.subjectId)).toEqual(keys);
  });
});
