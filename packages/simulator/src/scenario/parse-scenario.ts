import Ajv2020 from 'ajv/dist/2020.js';
import { ALERT_KINDS, REFUSAL_REASONS } from '../harness/reason-codes';
import { SimulatorError } from '../simulator-error';
import { SCENARIO_SCHEMA } from './scenario-schema';
import type { Scenario } from './scenario-types';

let validator: ReturnType<Ajv2020['compile']> | undefined;

/**
 * Parses and validates a scenario file (JSON text or an already parsed value) against the
 * schema, then checks references and expectation codes (WC-SIM-020, WC-SIM-021).
 *
 * @example
 * ```ts
 * import { parseScenario } from '@weldcode/simulator';
 *
 * const scenario = parseScenario(readFileSync('district-workday.json', 'utf8'));
 * ```
 */
export function parseScenario(input: string | unknown): Scenario {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (cause) {
      throw new SimulatorError('ERR_SIM_SCENARIO_INVALID', 'scenario is not JSON', { cause });
    }
  }
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(SCENARIO_SCHEMA);
  if (!validator(value)) {
    const errors = (validator.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new SimulatorError(
      'ERR_SIM_SCENARIO_INVALID',
      `scenario does not match the schema: ${errors.join('; ')}`,
    );
  }
  const scenario = value as Scenario;
  checkReferences(scenario);
  return scenario;
}

function checkReferences(s: Scenario): void {
  const ids = (list: { id: number }[]) => new Set(list.map((x) => x.id));
  const enterprises = ids(s.enterprises);
  const sites = ids(s.sites);
  const machines = ids(s.machines);
  const workers = ids(s.workers);
  const permits = ids(s.permits);
  const fail = (what: string) => {
    throw new SimulatorError('ERR_SIM_UNKNOWN_REFERENCE', what);
  };
  for (const site of s.sites)
    if (!enterprises.has(site.enterprise)) fail(`site ${site.id}: unknown enterprise ${site.enterprise}`);
  for (const m of s.machines) if (!sites.has(m.site)) fail(`machine ${m.id}: unknown site ${m.site}`);
  for (const p of s.permits) {
    if (!sites.has(p.site)) fail(`permit ${p.id}: unknown site ${p.site}`);
    for (const w of [...p.workers, p.fireWatcher])
      if (!workers.has(w)) fail(`permit ${p.id}: unknown worker ${w}`);
    for (const m of p.machines) if (!machines.has(m)) fail(`permit ${p.id}: unknown machine ${m}`);
  }
  for (const e of s.events) {
    if ('machine' in e && e.machine !== undefined && !machines.has(e.machine))
      fail(`event at ${e.at}: unknown machine ${e.machine}`);
    if ('worker' in e && e.worker !== undefined && !workers.has(e.worker))
      fail(`event at ${e.at}: unknown worker ${e.worker}`);
    if ('permit' in e && e.permit !== undefined && !permits.has(e.permit))
      fail(`event at ${e.at}: unknown permit ${e.permit}`);
  }
  for (const r of s.expect.refusals) {
    if (!(REFUSAL_REASONS as readonly string[]).includes(r.reason))
      fail(`unknown refusal reason ${r.reason}`);
  }
  for (const a of [...s.expect.alerts.map((x) => x.kind), ...(s.expect.ignoreAlerts ?? [])]) {
    if (!(ALERT_KINDS as readonly string[]).includes(a)) fail(`unknown alert kind ${a}`);
  }
}
