import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  checkWorker,
  createHttpAuthoritySource,
  createMemoryRegistry,
  DEFAULT_POLICY,
  type HttpAuthorityOptions,
  parsePolicy,
} from '../src/index';
import { CW } from './support/fixtures';

// msw stands in for the issuing authorities' registries, which cannot be reached from tests.
const BASE = 'https://registry.authority.test/cert';
const server = setupServer();
let hits = 0;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  hits = 0;
});
afterAll(() => server.close());

function answer(status: number, body?: unknown, wait = 0) {
  server.use(
    http.get(`${BASE}/:number`, async () => {
      hits++;
      if (wait > 0) await delay(wait);
      return body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status });
    }),
  );
}

function source(overrides: Partial<HttpAuthorityOptions> = {}) {
  let clock = Date.parse('2026-06-15T02:00:00Z');
  const adapter = createHttpAuthoritySource({
    types: ['construction-welder'],
    url: (c) => `${BASE}/${encodeURIComponent(c.number)}`,
    retries: 1,
    retryDelayMs: 1,
    timeoutMs: 200,
    cacheTtlMs: 60_000,
    now: () => clock,
    ...overrides,
  });
  return { adapter, advance: (ms: number) => (clock += ms) };
}

describe('HTTP authority adapter (msw)', () => {
  it('WC-CRED-026: reads an answer and serves it from the TTL cache', async () => {
    answer(200, { status: 'valid', validTo: '2029-05-31' });
    const { adapter, advance } = source();
    const first = await adapter.lookup(CW);
    expect(first).toMatchObject({ outcome: 'found', status: 'valid', validTo: '2029-05-31' });
    advance(59_000);
    expect(await adapter.lookup(CW)).toEqual(first);
    expect(hits).toBe(1);
    advance(2_000);
    await adapter.lookup(CW);
    expect(hits).toBe(2);
  });

  it('WC-CRED-026: HTTP 404 is the answer "not found", not a failure', async () => {
    answer(404);
    const { adapter } = source();
    expect(await adapter.lookup(CW)).toMatchObject({ outcome: 'not-found' });
    expect(hits).toBe(1);
  });

  it('WC-CRED-026: retries a failing authority a bounded number of times, then reports unreachable', async () => {
    answer(503, { error: 'busy' });
    const { adapter } = source({ retries: 2 });
    expect(await adapter.lookup(CW)).toEqual({ outcome: 'unreachable' });
    expect(hits).toBe(3);
  });

  it('WC-CRED-026: a slow authority times out and is reported unreachable', async () => {
    answer(200, { status: 'valid' }, 2_000);
    const { adapter } = source({ retries: 0, timeoutMs: 30 });
    expect(await adapter.lookup(CW)).toEqual({ outcome: 'unreachable' });
  });

  it('WC-CRED-026: an unreadable answer is a failure, not a guess', async () => {
    answer(200, { state: 'ok' });
    const { adapter } = source({ retries: 0 });
    expect(await adapter.lookup(CW)).toEqual({ outcome: 'unreachable' });
  });

  it('WC-CRED-026: when the authority goes down the last cached answer travels with "unreachable"', async () => {
    answer(200, { status: 'valid' });
    const { adapter, advance } = source();
    const cached = await adapter.lookup(CW);
    advance(3_600_000);
    answer(500);
    expect(await adapter.lookup(CW)).toEqual({ outcome: 'unreachable', lastAnswer: cached });
  });

  it('WC-CRED-026: after consecutive failures the circuit opens and the authority is not called', async () => {
    answer(500);
    const { adapter } = source({ retries: 0, breakerThreshold: 2, breakerHalfOpenAfterMs: 60_000 });
    await adapter.lookup(CW);
    await adapter.lookup(CW);
    expect(hits).toBe(2);
    expect(await adapter.lookup(CW)).toEqual({ outcome: 'unreachable' });
    expect(hits).toBe(2);
  });

  it('WC-CRED-025: end to end, an authority down for an hour is bridged by a 24 h grace and refused without', async () => {
    const { adapter, advance } = source();
    const request = {
      workKind: 'ordinary' as const,
      presented: { workerId: 'w-1' },
      credential: { workerId: 'w-1', idHash: '00', certificates: [CW] },
    };
    answer(200, { status: 'valid' });
    const at = Date.parse('2026-06-15T02:00:00Z');
    expect((await checkWorker({ ...request, at }, { authorities: [adapter] })).decision).toBe('accept');
    advance(3_600_000);
    answer(500);
    const grace = parsePolicy({
      ...DEFAULT_POLICY,
      policyId: 'grace',
      authority: { required: false, graceHours: 24 },
    });
    const later = at + 3_600_000;
    const bridged = await checkWorker({ ...request, at: later, policy: grace }, { authorities: [adapter] });
    expect(bridged.decision).toBe('accept-with-warning');
    expect(bridged.reason).toBe('authority-grace');
    const refused = await checkWorker({ ...request, at: later }, { authorities: [adapter] });
    expect(refused.reason).toBe('authority-unreachable');
  });

  it('WC-CRED-021: end to end, the authority revokes while the platform registry still says valid', async () => {
    answer(200, { status: 'revoked' });
    const { adapter } = source();
    const verdict = await checkWorker(
      {
        workKind: 'ordinary',
        at: Date.parse('2026-06-15T02:00:00Z'),
        presented: { workerId: 'w-1' },
        credential: { workerId: 'w-1', idHash: '00', certificates: [CW] },
      },
      { registry: createMemoryRegistry([CW]), authorities: [adapter] },
    );
    expect(verdict.reason).toBe('revoked');
  });
});
