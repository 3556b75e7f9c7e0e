import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/backends';
import { fix, offset, oneJob, testPlatform } from './support/world';

const CENTRE = { lat: 30.9181, lon: 121.4741 };
const sqlite = BACKENDS.filter((b) => b.name === 'sqlite');

describe.each(sqlite)('POST /v1/scans under fuzzed bodies ($name)', (backend) => {
  let p: Awaited<ReturnType<typeof testPlatform>>;
  let valid: { plate: string; credential: string; permit: string };

  beforeAll(async () => {
    p = await testPlatform(backend, '2026-06-01T08:00:00+08:00');
    const job = await oneJob(p.registry, CENTRE);
    valid = { plate: job.machine.plate.text, credential: job.credential.text, permit: job.permitCode.text };
  });
  afterAll(() => p.close());

  const post = (payload: unknown) =>
    p.app.inject({
      method: 'POST',
      url: '/v1/scans',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(payload) ?? 'null',
    });

  it('WC-SRV-099: any JSON body is answered with a decision or a problem document, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
        const response = await post(body);
        expect([200, 400]).toContain(response.statusCode);
      }),
      { numRuns: 150 },
    );
  });

  it('WC-SRV-099: mangled codes and extreme positions in a well-formed body never give a 500', async () => {
    const mangle = (text: string) =>
      fc
        .tuple(fc.nat({ max: text.length - 1 }), fc.constantFrom('0', ' ', '%', ':', 'Ａ', '', 'W', '\u200b'))
        .map(([i, c]) => text.slice(0, i) + c + text.slice(i + 1));
    const code = (text: string) =>
      fc.oneof(
        fc.constant(text),
        mangle(text),
        fc.string({ maxLength: 80 }),
        fc.string().map((s) => `WC1:${s}`),
      );
    const position = fc.record({
      latitude: fc.double({ min: -90, max: 90, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
      datum: fc.constantFrom('wgs84', 'gcj02', 'bd09'),
      accuracyM: fc.double({ min: 0, max: 100_000, noNaN: true }),
    });
    const near = fc
      .tuple(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }))
      .map(([n, e]) => fix(offset(CENTRE.lat, CENTRE.lon, n, e)));
    const body = fc.record(
      {
        plate: code(valid.plate),
        credential: code(valid.credential),
        permit: code(valid.permit),
        phone: fc.oneof(position, near),
        fireWatcher: fc.oneof(position, near),
        relay: fc.boolean(),
        requestId: fc.oneof(fc.constant('00112233445566778899aabbccddeeff'), fc.string({ maxLength: 40 })),
      },
      { requiredKeys: ['plate', 'phone'] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await post(payload);
        expect([200, 400], response.body).toContain(response.statusCode);
        if (response.statusCode === 200) {
          const decision = response.json();
          expect(decision.accepted).toBe(decision.reasons.length === 0);
        }
      }),
      { numRuns: 250 },
    );
  });
});
