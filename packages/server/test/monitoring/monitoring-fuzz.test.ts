import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKENDS } from '../support/backends';
import { type MonitoringWorld, monitoringWorld, T0 } from './support/monitoring-world';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const BODY_KINDS = [
  'telemetry',
  'alarm',
  'event',
  'arcSession',
  'location',
  'birth',
  'death',
  'heartbeat',
  'x',
];
const EVENT_NAMES = ['record', 'message', 'chip-alert', 'presence', 'scan-decision'] as const;

/** Values shaped like bus events, most of them wrong somewhere. */
function eventArbitrary(chipIds: string[], machineIds: string[]) {
  const small = fc.oneof(
    fc.integer({ min: -5, max: 2000 }),
    fc.constantFrom(0, 1, 2, 3, 5, 13, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53),
  );
  const value = fc.record(
    {
      kind: small,
      reason: fc.oneof(small, fc.string()),
      timeS: small,
      startS: small,
      endS: small,
      intervalMs: small,
      currentDa: fc.array(small, { maxLength: 20 }),
      states: fc.oneof(small, fc.constant(0xffffffff)),
      cleared: fc.boolean(),
      latE7: small,
      lonE7: small,
      accuracyM: small,
      grantId: fc.oneof(fc.constant(new Uint8Array(0)), fc.uint8Array({ maxLength: 16 }), fc.string()),
      workerId: fc.oneof(fc.string(), small),
    },
    { requiredKeys: [] },
  );
  const chipId = fc.oneof(fc.constantFrom(...chipIds), fc.string({ maxLength: 40 }), small);
  return fc.record({
    name: fc.constantFrom(...EVENT_NAMES),
    payload: fc.oneof(
      fc.record(
        {
          chipId,
          epoch: small,
          seq: small,
          historical: fc.oneof(fc.boolean(), fc.constant(undefined), small),
          receivedMs: fc.oneof(fc.constant(T0), small),
          atMs: fc.oneof(fc.constant(T0), small),
          online: fc.oneof(fc.boolean(), small),
          kind: fc.oneof(fc.constantFrom('duplicate-session', 'unknown-chip', 'log-gap', 'nope'), small),
          details: fc.oneof(fc.object(), fc.constant(null)),
          body: fc.oneof(fc.record({ kind: fc.constantFrom(...BODY_KINDS), value }), fc.anything()),
          machineId: fc.oneof(fc.constantFrom(...machineIds), fc.string({ maxLength: 90 })),
          workerId: fc.oneof(fc.string(), small, fc.constant(undefined)),
          accepted: fc.oneof(fc.boolean(), small),
          reasons: fc.oneof(fc.array(fc.constantFrom('REMOTE_SCAN', 'SPECIAL_PERIOD', 'X')), fc.anything()),
          decisionId: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  });
}

describe.each(BACKENDS)('monitoring under fuzzed input on $name', (backend) => {
  let w: MonitoringWorld;
  const chips: string[] = [];
  const machines: string[] = [];
  beforeAll(async () => {
    w = await monitoringWorld(backend);
    for (let i = 0; i < 2; i++) {
      const m = await w.machine();
      chips.push(m.chipId);
      machines.push(m.machineId);
    }
  });
  afterAll(async () => w.close());

  it('WC-SRV-142: no event on the bus, however malformed, throws into the emitter or fails a handler', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArbitrary(chips, machines), { minLength: 1, maxLength: 15 }),
        async (events) => {
          for (const { name, payload } of events) {
            expect(() => w.events.emit(name as 'record', payload as never)).not.toThrow();
          }
          await w.engine.idle();
          await w.engine.sweep();
          expect(w.engine.stats.failed).toBe(0);
        },
      ),
      { numRuns: backend.name === 'sqlite' ? 150 : 50 },
    );
    expect(w.engine.stats.handled + w.engine.stats.ignored).toBeGreaterThan(0);
  });

  it('WC-SRV-142: no route body or query is answered with a 5xx (WC-SRV-008)', async () => {
    const m = await w.machine();
    w.record(m.chipId, { kind: 'alarm', value: { kind: 1, timeS: T0 / 1000 } });
    const [alert] = await w.alerts(`&machineId=${m.machineId}`);
    const ids = [String(alert?.id), 'alt_missing', '../x', ''];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ids),
        fc.constantFrom('acknowledge', 'close'),
        fc.oneof(
          fc.record({ actor: fc.string(), note: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }),
          fc.anything(),
        ),
        fc.dictionary(
          fc.constantFrom('state', 'kind', 'severity', 'machineId', 'townId', 'cursor', 'limit', 'x'),
          fc.string(),
        ),
        async (id, action, body, query) => {
          const post = await w.app.inject({
            method: 'POST',
            url: `/v1/alerts/${encodeURIComponent(id)}/${action}`,
            payload: JSON.stringify(body) ?? 'null',
            headers: { 'content-type': 'application/json' },
          });
          expect(post.statusCode).toBeLessThan(500);
          const search = new URLSearchParams(query).toString();
          for (const path of ['/v1/alerts', '/v1/arc-sessions', '/v1/compliance-findings']) {
            const list = await w.app.inject({ method: 'GET', url: `${path}?${search}` });
            expect(list.statusCode).toBeLessThan(500);
          }
        },
      ),
      { numRuns: backend.name === 'sqlite' ? 80 : 30 },
    );
  });
});
