import { QrVerifier } from '@weldcode/qr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneJob, testPlatform } from '../decisions/support/world';
import { expectProblem } from '../support/app';
import { BACKENDS } from '../support/backends';

describe.each(BACKENDS)('code issuance and the published lists ($name)', (backend) => {
  let p: Awaited<ReturnType<typeof testPlatform>>;
  let machine: Awaited<ReturnType<typeof p.registry.machine>>;
  let welder: Awaited<ReturnType<typeof p.registry.worker>>;
  let credential: { id: string; text: string };
  let permitCode: { id: string; text: string };
  let job: Awaited<ReturnType<typeof oneJob>>;

  const bytes = async (url: string) => {
    const response = await p.app.inject({ url });
    expect(response.statusCode, url).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/cose/);
    return new Uint8Array(response.rawPayload);
  };
  const phoneVerifier = async () => {
    const verifier = new QrVerifier({
      roots: [p.storage.keys.root.publicKey],
      clock: () => Math.floor(p.clock.ms / 1000),
      requireRevocationStatus: true,
    });
    expect(verifier.loadTrustList(await bytes('/v1/trust-list')).accepted).toBe(true);
    expect(verifier.loadRevocationList(await bytes('/v1/revocations')).accepted).toBe(true);
    return verifier;
  };

  beforeAll(async () => {
    p = await testPlatform(backend);
    job = await oneJob(p.registry);
    ({ machine, welder, credential, permitCode } = job);
    p.clock.set('2026-06-01T08:00:00+08:00');
  });
  afterAll(() => p.close());

  it('WC-SRV-080 WC-SRV-085 WC-SRV-086: an offline verifier accepts issued plates, credentials and permits against the published lists', async () => {
    const verifier = await phoneVerifier();
    for (const [text, kind] of [
      [machine.plate.text, 'plate'],
      [credential.text, 'credential'],
      [permitCode.text, 'permit'],
    ] as const) {
      const result = verifier.verify(text, { expectKind: kind });
      expect({ kind, valid: result.valid, reason: result.reason, revocation: result.revocation }).toEqual({
        kind,
        valid: true,
        reason: 'OK',
        revocation: 'not-revoked',
      });
    }
    const plate = verifier.verify(machine.plate.text).payload;
    expect(plate).toMatchObject({
      kind: 'plate',
      machineId: machine.machine.codeNo,
      district: 310120,
      plateSeq: 1,
    });
    const json = (await p.app.inject({ url: '/v1/trust-list.json' })).json();
    expect(json.payload.keys[0]).toMatchObject({ issuer: 310120, district: 310120 });
  });

  it('WC-SRV-081: a credential hides the ID number and blanks a certificate number that embeds it', async () => {
    const code = (await p.app.inject({ url: `/v1/codes/${credential.id}` })).json();
    expect(code.payload.maskedName).toBe('张*国');
    expect(JSON.stringify(code)).not.toContain(welder.idNumber);
    expect(code.payload.certificates[0]).toMatchObject({ type: 'em-welding', number: '', authority: 310000 });
  });

  it('WC-SRV-082: issuance is refused for a machine without a chip, a wrong ID number, a pending permit', async () => {
    const { ownerId } = await p.registry.town();
    const bare = await p.storage.machines.create({
      ownerId,
      brand: 'X',
      model: 'Y',
      serial: 'bare-1',
      kind: 'tig',
    });
    expectProblem(
      await p.app.inject({ method: 'POST', url: `/v1/machines/${bare.id}/plate`, payload: { by: 'op' } }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    const other = await p.registry.worker('李明', [
      { type: 'em-welding', validFrom: '2024-03-01', validTo: '2030-02-28' },
    ]);
    expectProblem(
      await p.app.inject({
        method: 'POST',
        url: `/v1/workers/${welder.worker.id}/credential`,
        payload: { by: 'op', idNumber: other.idNumber },
      }),
      422,
      'ERR_SRV_POLICY_VIOLATION',
    );
    const unqualified = await p.registry.worker('王强', []);
    expectProblem(
      await p.app.inject({
        method: 'POST',
        url: `/v1/workers/${unqualified.worker.id}/credential`,
        payload: { by: 'op', idNumber: unqualified.idNumber },
      }),
      422,
      'ERR_SRV_POLICY_VIOLATION',
    );
    expectProblem(
      await p.app.inject({
        method: 'POST',
        url: `/v1/workers/${welder.worker.id}/credential`,
        payload: { by: 'op', idNumber: '310120198501010011' },
      }),
      400,
      'ERR_SRV_VALIDATION',
    );
  });

  it('WC-SRV-083 WC-SRV-087: a reprinted plate supersedes the old one, seen through a delta list', async () => {
    const verifier = await phoneVerifier();
    const held = (await p.app.inject({ url: '/v1/revocations.json' })).json().number as number;
    const reprint = (await p.registry.post(`/v1/machines/${machine.machine.id}/plate`, {
      by: 'operator',
    })) as {
      text: string;
      serial: number;
    };
    expect(reprint.serial).toBe(2);
    expect(verifier.loadRevocationList(await bytes(`/v1/revocations/deltas/${held}`)).accepted).toBe(true);
    expect(verifier.verify(machine.plate.text, { expectKind: 'plate' }).reason).toBe('SUPERSEDED_PLATE');
    expect(verifier.verify(reprint.text, { expectKind: 'plate' }).valid).toBe(true);
    const old = (await p.app.inject({ url: `/v1/codes/${machine.plate.id}` })).json();
    expect(old.state).toBe('superseded');
    const machineRecord = await p.storage.machines.get(machine.machine.id);
    expect(machineRecord.plateId).not.toBe(machine.plate.id);
  });

  it('WC-SRV-084 WC-SRV-087: revoking a code on demand is audit-logged and the next list says REVOKED', async () => {
    const verifier = await phoneVerifier();
    const held = (await p.app.inject({ url: '/v1/revocations.json' })).json().number as number;
    const response = await p.app.inject({
      method: 'POST',
      url: `/v1/codes/${credential.id}/revoke`,
      payload: { by: 'inspector-3', reason: 'certificate forged' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().state).toBe('revoked');
    expect(verifier.loadRevocationList(await bytes(`/v1/revocations/deltas/${held}`)).accepted).toBe(true);
    expect(verifier.verify(credential.text, { expectKind: 'credential' }).reason).toBe('REVOKED');
    const fresh = await phoneVerifier();
    expect(fresh.verify(credential.text, { expectKind: 'credential' }).reason).toBe('REVOKED');
    const audit = await p.storage.audit.list({ action: 'code.revoke', limit: 10 });
    expect(audit.items.map((e) => [e.actor, e.subjectId])).toEqual([['decisions-admin', welder.worker.id]]);
    expectProblem(
      await p.app.inject({
        method: 'POST',
        url: `/v1/codes/${credential.id}/revoke`,
        payload: { by: 'x', reason: 'y' },
      }),
      409,
      'ERR_SRV_INVALID_STATE',
    );
    // A new credential after a revocation is valid again (the entry becomes `before`).
    const renewed = await p.registry.credential(welder.worker.id, welder.idNumber);
    const after = await phoneVerifier();
    expect(after.verify(renewed.text, { expectKind: 'credential' }).valid).toBe(true);
    expect(after.verify(credential.text, { expectKind: 'credential' }).valid).toBe(false);
  });

  it('WC-SRV-088: every issued code is in the audit log', async () => {
    const issued = await p.storage.audit.list({ action: 'code.issue', limit: 100 });
    const codes = [machine.plate.id, credential.id, permitCode.id];
    expect(issued.items.map((e) => e.details.codeId)).toEqual(expect.arrayContaining(codes));
    for (const entry of issued.items) expect(entry.details.bindingHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('WC-SRV-085: lists are re-signed under a higher number once they grow old; a missing delta is 404', async () => {
    const first = (await p.app.inject({ url: '/v1/trust-list.json' })).json();
    p.clock.ms += 2 * 3_600_000;
    const second = (await p.app.inject({ url: '/v1/trust-list.json' })).json();
    expect(second.number).toBeGreaterThan(first.number);
    const latest = (await p.app.inject({ url: '/v1/revocations.json' })).json().number as number;
    expectProblem(
      await p.app.inject({ url: `/v1/revocations/deltas/${latest + 5}` }),
      404,
      'ERR_SRV_NOT_FOUND',
    );
  });

  it('WC-SRV-089: revoking a permit through its decision route revokes its code in the next lists', async () => {
    const { permit, code } = await p.registry.permit({
      siteId: job.site.id,
      workKind: 'ordinary',
      level: 'level-2',
      centre: { lat: 30.9181, lon: 121.4741 },
      radiusM: 100,
      startsAt: '2026-06-01T09:00:00+08:00',
      endsAt: '2026-06-01T16:00:00+08:00',
      machineIds: [machine.machine.id],
      workerIds: [welder.worker.id],
      fireWatcherId: job.watcher.worker.id,
    });
    const issued = code as { id: string; text: string };
    const verifier = await phoneVerifier();
    expect(verifier.verify(issued.text, { expectKind: 'permit' }).valid).toBe(true);
    const held = (await p.app.inject({ url: '/v1/revocations.json' })).json().number as number;
    const response = await p.app.inject({
      method: 'POST',
      url: `/v1/permits/${permit.id}/decision`,
      payload: { decision: 'revoke', by: 'approver-2', note: '风险升级' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().state).toBe('revoked');
    const full = (await p.app.inject({ url: '/v1/revocations.json' })).json();
    expect(full.number).toBe(held + 1);
    expect(full.payload.revoked).toContainEqual({ kind: 'permit', id: permit.codeNo });
    expect(verifier.loadRevocationList(await bytes(`/v1/revocations/deltas/${held}`)).accepted).toBe(true);
    expect(verifier.verify(issued.text, { expectKind: 'permit' }).reason).toBe('REVOKED');
    expect((await p.app.inject({ url: `/v1/codes/${issued.id}` })).json().state).toBe('revoked');
    const audit = await p.storage.audit.list({ subjectId: permit.id, limit: 10 });
    expect(audit.items.map((e) => e.action)).toEqual([
      'permit.approve',
      'code.issue',
      'permit.revoke',
      'code.revoke',
    ]);
  });
});
