import { inspectCode } from '@weldcode/qr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fix, offset, oneJob, testPlatform } from '../decisions/support/world';
import { BACKENDS } from '../support/backends';

interface Code {
  id: string;
  text: string;
  serial: number;
  bindingHash: string;
  state: string;
  subjectId: string;
}

describe.each(BACKENDS)(
  're-issuing a plate or credential re-issues the permits bound to it ($name)',
  (backend) => {
    let p: Awaited<ReturnType<typeof testPlatform>>;
    let job: Awaited<ReturnType<typeof oneJob>>;
    const centre = { lat: 30.9181, lon: 121.4741 };

    const code = async (id: string) => (await p.app.inject({ url: `/v1/codes/${id}` })).json() as Code;
    let permitId: string;
    const permitCode = async () => (await p.registry.post(`/v1/permits/${permitId}/code`, {})) as Code;
    const hashesOf = (text: string) => {
      const payload = inspectCode(text).payloadValue;
      if (payload.kind !== 'permit') throw new Error('not a permit code');
      const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
      return { plates: payload.plateHashes.map(hex), credentials: payload.credentialHashes.map(hex) };
    };
    const scan = async (plate: string, credential: string, permit: string) =>
      (
        await p.app.inject({
          method: 'POST',
          url: '/v1/scans',
          payload: {
            plate,
            credential,
            permit,
            phone: fix(centre),
            fireWatcher: fix(offset(centre.lat, centre.lon, 8, 7)),
          },
        })
      ).json() as { accepted: boolean; reasons: string[] };

    beforeAll(async () => {
      p = await testPlatform(backend);
      job = await oneJob(p.registry, centre);
      permitId = (await code(job.permitCode.id)).subjectId;
      p.clock.set('2026-06-01T08:00:00+08:00');
    });
    afterAll(() => p.close());

    it('WC-SRV-083: a reprinted plate re-issues the permit code, which binds the new plate; the old permit code is superseded', async () => {
      const plate = (await p.registry.post(`/v1/machines/${job.machine.machine.id}/plate`, {})) as Code;
      expect((await code(job.permitCode.id)).state).toBe('superseded');
      const reissued = await permitCode();
      expect(reissued.id).not.toBe(job.permitCode.id);
      expect(reissued.serial).toBe(1);
      expect(hashesOf(reissued.text)).toEqual({
        plates: [plate.bindingHash],
        credentials: hashesOf(job.permitCode.text).credentials,
      });
      expect(await scan(plate.text, job.credential.text, reissued.text)).toMatchObject({
        accepted: true,
        reasons: [],
      });
      const stale = await scan(plate.text, job.credential.text, job.permitCode.text);
      expect(stale.accepted).toBe(false);
    });

    it('WC-SRV-083: a re-issued credential re-issues the permit code too', async () => {
      const before = await permitCode();
      const credential = (await p.registry.post(`/v1/workers/${job.welder.worker.id}/credential`, {
        idNumber: job.welder.idNumber,
      })) as Code;
      const after = await permitCode();
      expect(after.serial).toBe(before.serial + 1);
      expect(hashesOf(after.text).credentials).toEqual([credential.bindingHash]);
      const plate = (await p.app.inject({ url: `/v1/machines/${job.machine.machine.id}` })).json().plateId;
      expect(await scan((await code(plate)).text, credential.text, after.text)).toMatchObject({
        accepted: true,
      });
      const issued = await p.storage.audit.list({ action: 'code.issue', subjectId: permitId, limit: 10 });
      expect(issued.items.map((e) => e.details.serial)).toEqual([0, 1, 2]);
    });
  },
);
