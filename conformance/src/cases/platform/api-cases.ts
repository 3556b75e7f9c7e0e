import { randomBytes } from 'node:crypto';
import { getPublicKey } from '@weldcode/crypto';
import { QrVerifier } from '@weldcode/qr';
import type { PlatformSession } from '../../profiles/platform/platform-session';
import { check, type ProfileCase } from '../../profiles/profile-case';

const PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance', 'code'] as const;

/** A retrofitted machine with its plate, provisioned over HTTP: the least a code case needs. */
async function plateOfNewMachine(session: PlatformSession): Promise<{ id: string; text: string }> {
  const { api } = session;
  const tag = session.name('m');
  const digits = () => String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
  const city = await api.ok<{ id: string }>('POST', '/v1/areas', { level: 'city', name: `${tag} 市` });
  const district = await api.ok<{ id: string }>('POST', '/v1/areas', {
    level: 'district',
    parentId: city.id,
    name: `${tag} 区`,
    code: `31${digits().slice(2)}`, // plates name the district's GB/T 2260 code
  });
  const town = await api.ok<{ id: string }>('POST', '/v1/areas', {
    level: 'town',
    parentId: district.id,
    name: `${tag} 镇`,
  });
  const owner = await api.ok<{ id: string }>('POST', '/v1/owners', {
    kind: 'enterprise',
    name: `${tag} 金属制品厂`,
    creditCode: `91${digits()}MA1H${digits()}`,
    townId: town.id,
  });
  const site = await api.ok<{ id: string }>('POST', '/v1/sites', {
    ownerId: owner.id,
    townId: town.id,
    name: `${tag} 厂房`,
    sector: 'industry-trade',
    location: { latitude: 30.9181, longitude: 121.4741, datum: 'wgs84' },
  });
  const machine = await api.ok<{ id: string }>('POST', '/v1/machines', {
    ownerId: owner.id,
    siteId: site.id,
    brand: 'weldcode-conformance',
    model: 'ZX7-400',
    serial: tag,
    kind: 'arc',
  });
  const chip = await session.registeredChip('plate');
  await api.ok('POST', '/v1/retrofits', {
    chipId: chip.chipId,
    machineId: machine.id,
    installer: 'conformance',
  });
  return api.ok('POST', `/v1/machines/${machine.id}/plate`, { by: 'conformance' });
}

async function bytesOf(session: PlatformSession, path: string) {
  const response = await session.api.request('GET', path, { auth: false });
  check(response.status === 200, `GET ${path} is not public`, 200, response.status);
  return response;
}

/** What the platform publishes, and how it fails (spec/conformance.md §7.4). */
export const API_CASES: readonly ProfileCase<PlatformSession>[] = [
  {
    id: 'platform-trust-list-revocation',
    description:
      "the trust list verifies under the platform's root key and no other; a plate verifies against it; once the plate is revoked, the revocation delta and the full list name it",
    requirements: [
      'WC-SRV-084',
      'WC-SRV-085',
      'WC-SRV-086',
      'WC-SRV-087',
      'WC-QR-070',
      'WC-QR-085',
      'WC-CONF-031',
    ],
    async run(session) {
      const keys = await session.keys();
      const trustList = await bytesOf(session, '/v1/trust-list');
      check(
        trustList.contentType.startsWith('application/cose'),
        'the trust list is not served as application/cose',
        'application/cose',
        trustList.contentType,
      );
      const stranger = new QrVerifier({ roots: [getPublicKey(new Uint8Array(randomBytes(32)))] });
      check(
        !stranger.loadTrustList(trustList.bytes).accepted,
        'the trust list verifies under a foreign root key',
      );
      const phone = new QrVerifier({ roots: [keys.root] });
      const loaded = phone.loadTrustList(trustList.bytes);
      check(
        loaded.accepted,
        "the trust list does not verify under the platform's root key",
        'OK',
        loaded.reason,
      );

      const plate = await plateOfNewMachine(session);
      const before = phone.loadRevocationList((await bytesOf(session, '/v1/revocations')).bytes);
      check(before.accepted, 'the revocation list is refused', 'OK', before.reason);
      const fresh = phone.verify(plate.text, { expectKind: 'plate' });
      check(
        fresh.valid,
        'a freshly issued plate does not verify against the published lists',
        'OK',
        fresh.reason,
      );

      await session.api.ok('POST', `/v1/codes/${plate.id}/revoke`, { by: 'conformance', reason: 'lab test' });
      const delta = await bytesOf(session, `/v1/revocations/deltas/${before.number}`);
      const applied = phone.loadRevocationList(delta.bytes);
      check(applied.accepted, 'the revocation delta is refused', 'OK', applied.reason);
      const afterDelta = phone.verify(plate.text, { expectKind: 'plate' });
      check(
        afterDelta.reason === 'REVOKED',
        'the delta does not revoke the plate',
        'REVOKED',
        afterDelta.reason,
      );

      const other = new QrVerifier({ roots: [keys.root] });
      other.loadTrustList(trustList.bytes);
      other.loadRevocationList((await bytesOf(session, '/v1/revocations')).bytes);
      const afterFull = other.verify(plate.text, { expectKind: 'plate' });
      check(
        afterFull.reason === 'REVOKED',
        'the full list does not revoke the plate',
        'REVOKED',
        afterFull.reason,
      );
    },
  },
  {
    id: 'platform-problem-documents',
    description:
      'bad input is answered with an RFC 9457 problem document (application/problem+json, stable code, status, a type that resolves): unknown member, malformed JSON, wrong media type, unknown route, no credentials, a bad scan',
    requirements: [
      'WC-SRV-001',
      'WC-SRV-003',
      'WC-SRV-004',
      'WC-SRV-005',
      'WC-SRV-007',
      'WC-SRV-099',
      'WC-CONF-031',
    ],
    async run(session) {
      const { api } = session;
      const probes = [
        {
          what: 'unknown member',
          status: 400,
          code: 'ERR_SRV_VALIDATION',
          send: () =>
            api.request('POST', '/v1/chips', {
              body: { id: session.name('bad'), publicKey: 'AAAA', colour: 'red' },
            }),
        },
        {
          what: 'malformed JSON',
          status: 400,
          code: 'ERR_SRV_MALFORMED_BODY',
          send: () => api.request('POST', '/v1/chips', { raw: '{"id": ' }),
        },
        {
          what: 'wrong media type',
          status: 415,
          code: 'ERR_SRV_UNSUPPORTED_MEDIA_TYPE',
          send: () => api.request('POST', '/v1/chips', { raw: 'id=1', contentType: 'text/plain' }),
        },
        {
          what: 'unknown route',
          status: 404,
          code: 'ERR_SRV_NOT_FOUND',
          send: () => api.request('GET', '/v1/no-such-route'),
        },
        {
          what: 'no credentials',
          status: 401,
          code: 'ERR_SRV_UNAUTHENTICATED',
          send: () => api.request('GET', '/v1/chips', { auth: false }),
        },
        {
          what: 'a scan outside its schema',
          status: 400,
          code: 'ERR_SRV_VALIDATION',
          send: () => api.request('POST', '/v1/scans', { body: { plate: 42 } }),
        },
      ];
      for (const probe of probes) {
        const response = await probe.send();
        const problem = (response.body ?? {}) as Record<string, unknown>;
        check(response.status === probe.status, `${probe.what}: wrong status`, probe.status, response.status);
        check(
          response.contentType.startsWith('application/problem+json'),
          `${probe.what}: not application/problem+json`,
          'application/problem+json',
          response.contentType,
        );
        const missing = PROBLEM_MEMBERS.filter((member) => problem[member] === undefined);
        check(missing.length === 0, `${probe.what}: problem members missing`, [], missing);
        check(problem.code === probe.code, `${probe.what}: wrong code`, probe.code, problem.code);
        check(
          problem.status === response.status,
          `${probe.what}: status member differs from the HTTP status`,
        );
        if (probe.code === 'ERR_SRV_VALIDATION')
          check(
            Array.isArray(problem.errors) && problem.errors.length > 0,
            `${probe.what}: no errors[] listed`,
          );
        const type = await api.request('GET', new URL(String(problem.type), `${api.base}/`).pathname, {
          auth: false,
        });
        const described = (type.body ?? {}) as Record<string, unknown>;
        check(
          type.status === 200 && described.code === probe.code,
          `${probe.what}: the problem type does not resolve to a description of ${probe.code}`,
        );
      }
    },
  },
];
