import type { AlertKind, RefusalReason } from '../harness/reason-codes';
import type { ScenarioExpectations } from './scenario-types';

/** Expected outcomes that did not happen, and outcomes nobody expected (WC-SIM-042). */
export interface ExpectationReport {
  ok: boolean;
  missing: string[];
  unexpected: string[];
}

/**
 * Compares what a platform produced with what a scenario says a correct platform must produce:
 * every expected refusal and alert present (matched as a multiset), nothing else, and the grant
 * count if stated.
 *
 * @example
 * ```ts
 * import { compareExpectations } from '@weldcode/simulator';
 *
 * const report = compareExpectations(scenario.expect, { refusals, alerts, grants: 3 });
 * ```
 */
export function compareExpectations(
  expect: ScenarioExpectations,
  actual: {
    refusals: { reason: RefusalReason; worker?: number; machine?: number }[];
    alerts: { kind: AlertKind; machine?: number }[];
    grants: number;
  },
): ExpectationReport {
  const missing: string[] = [];
  const unexpected: string[] = [];
  const refusals = actual.refusals.map((r) => ({ ...r, used: false }));
  for (const want of expect.refusals) {
    const hit = refusals.find(
      (r) =>
        !r.used &&
        r.reason === want.reason &&
        (want.worker === undefined || r.worker === want.worker) &&
        (want.machine === undefined || r.machine === want.machine),
    );
    if (hit) hit.used = true;
    else missing.push(`refusal ${want.reason} worker ${want.worker ?? '*'} machine ${want.machine ?? '*'}`);
  }
  for (const r of refusals)
    if (!r.used) unexpected.push(`refusal ${r.reason} worker ${r.worker ?? '?'} machine ${r.machine ?? '?'}`);
  const ignored = new Set(expect.ignoreAlerts ?? []);
  const seen = new Set(actual.alerts.map((a) => `${a.kind}/${a.machine}`));
  const wanted = new Set(expect.alerts.map((a) => `${a.kind}/${a.machine}`));
  for (const key of wanted) if (!seen.has(key)) missing.push(`alert ${key.replace('/', ' machine ')}`);
  for (const key of seen) {
    const kind = key.split('/')[0] as AlertKind;
    if (!wanted.has(key) && !ignored.has(kind)) unexpected.push(`alert ${key.replace('/', ' machine ')}`);
  }
  if (expect.grants !== undefined && expect.grants !== actual.grants) {
    missing.push(`grants: expected ${expect.grants}, got ${actual.grants}`);
  }
  return { ok: missing.length === 0 && unexpected.length === 0, missing, unexpected };
}
