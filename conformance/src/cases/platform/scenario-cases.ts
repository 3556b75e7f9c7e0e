import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPublicKey } from '@weldcode/crypto';
import { decodeEnvelope, verifyDirective } from '@weldcode/protocol';
import {
  type ProvisionedWorld,
  parseScenario,
  provisioningTime,
  provisionScenario,
  REFUSAL_REASONS,
  runScenarioOnPlatform,
  type Scenario,
} from '@weldcode/simulator';
import type { PlatformSession } from '../../profiles/platform/platform-session';
import { CaseFailure, check, type ProfileCase } from '../../profiles/profile-case';
import { defaultScenariosRoot } from './scenarios-root';

/** The simulator's scenario files, by file name (`packages/simulator/scenarios/*.json`). */
export function scenarioFiles(root = defaultScenariosRoot()): Scenario[] {
  return readdirSync(root)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
    .sort()
    .map((file) => parseScenario(readFileSync(join(root, file), 'utf8')));
}

interface Refusal {
  reason: string;
  worker?: number | undefined;
  machine?: number | undefined;
}

const keyOf = (r: Refusal) =>
  `${r.reason}@machine ${r.machine ?? '?'}${r.worker === undefined ? '' : ` worker ${r.worker}`}`;

/** Expected refusals no actual one matches (as a multiset; the worker only when named), and the actual ones left. */
function unmatched(expected: readonly Refusal[], actual: readonly Refusal[]) {
  const left = [...actual];
  const missing: string[] = [];
  for (const want of expected) {
    const index = left.findIndex(
      (r) =>
        r.reason === want.reason &&
        r.machine === want.machine &&
        (want.worker === undefined || r.worker === want.worker),
    );
    if (index < 0) missing.push(keyOf(want));
    else left.splice(index, 1);
  }
  return { missing, unexpected: left.map(keyOf) };
}

/** Reasons that depend on the chips, the clock or positions, not on the codes and the registry alone. */
const FIELD_REASONS = new Set<string>([
  'MACHINE_UNKNOWN',
  'MACHINE_TAMPERED',
  'OUTSIDE_WINDOW',
  'REMOTE_SCAN',
  'OUTSIDE_ZONE',
  'CROWDED_PLACE_OPEN',
  'FIRE_WATCHER_ABSENT',
]);

/** Reasons a platform decides from the codes and the registry alone, whatever the chips report. */
const CODE_REASONS = new Set<string>(REFUSAL_REASONS.filter((reason) => !FIELD_REASONS.has(reason)));

type ScanEvent = Extract<Scenario['events'][number], { type: 'scan' }>;

interface ScanDecision {
  accepted: boolean;
  reasons: string[];
  chipId: string | null;
  workerId: string | null;
  permitId: string | null;
  grant: { relay: string; signed: { directive: string; keyId: string; signature: string } } | null;
}

interface ScenarioWorld {
  scenario: Scenario;
  world: ProvisionedWorld;
  scans: ScanEvent[];
}

const worlds = new WeakMap<PlatformSession, Promise<ScenarioWorld>>();

/** The first scenario, provisioned once per run on fresh storage before its day (test clock). */
function firstScenarioWorld(session: PlatformSession): Promise<ScenarioWorld> {
  let provisioned = worlds.get(session);
  if (provisioned === undefined) {
    provisioned = (async () => {
      const [scenario] = scenarioFiles();
      if (scenario === undefined) throw new CaseFailure('no scenario file');
      await session.restartFresh(provisioningTime(scenario));
      const world = await provisionScenario(scenario, {
        baseUrl: session.api.base,
        token: await session.api.adminToken(),
      });
      const scans = scenario.events
        .filter((event): event is ScanEvent => event.type === 'scan')
        .sort((a, b) => world.timeOf(a.at) - world.timeOf(b.at));
      return { scenario, world, scans };
    })();
    worlds.set(session, provisioned);
  }
  return provisioned;
}

/**
 * The worker app's scan of a scenario event, on the platform's test clock at the event's time,
 * from the permit zone's centre with the fire watcher there, relaying the grant over BLE.
 */
async function scan(session: PlatformSession, { scenario, world }: ScenarioWorld, event: ScanEvent) {
  const permit = scenario.permits.find((p) => p.id === event.permit);
  if (permit === undefined) throw new CaseFailure(`the scan at ${event.at} names no permit of the scenario`);
  const atMs = world.timeOf(event.at);
  const clock = await session.api.ok<{ ms: number }>('GET', '/v1/test/clock');
  if (clock.ms < atMs) await session.api.ok('PUT', '/v1/test/clock', { at: new Date(atMs).toISOString() });
  const phone = { latitude: permit.zone.lat, longitude: permit.zone.lon, datum: 'wgs84', accuracyM: 10 };
  const credential = world.codes.credentials.get(event.worker);
  const decision = await session.api.ok<ScanDecision>('POST', '/v1/scans', {
    plate: world.codes.plates.get(event.machine),
    ...(credential === undefined ? {} : { credential }),
    permit: world.codes.permits.get(permit.id),
    phone,
    ...(event.fireWatcherAbsent ? {} : { fireWatcher: phone }),
    relay: true,
  });
  return { decision, permit, atMs };
}

function signedOf(grant: NonNullable<ScanDecision['grant']>) {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));
  return {
    directive: bytes(grant.signed.directive),
    keyId: bytes(grant.signed.keyId),
    signature: bytes(grant.signed.signature),
  };
}

function verifies(signed: ReturnType<typeof signedOf>, key: Uint8Array) {
  try {
    return verifyDirective(signed, [key]);
  } catch {
    return undefined;
  }
}

/** Scan-to-start against the simulator's scenarios, on the platform's test clock (spec/conformance.md §7.4). */
export const SCENARIO_CASES: readonly ProfileCase<PlatformSession>[] = [
  {
    id: 'platform-grant-binding',
    group: 'test-clock',
    description:
      "an accepted scan's grant verifies under the platform's directive key and no other, binds the scanned machine's chip, the worker and the permit, holds the scan inside a window that ends with the permit, and is refused by another chip while the chip it names accepts it",
    requirements: ['WC-SRV-096', 'WC-PROTO-044', 'WC-PROTO-045', 'WC-CONF-031'],
    async run(session) {
      const provisioned = await firstScenarioWorld(session);
      const { scenario, world, scans } = provisioned;
      const refused = new Set(scenario.expect.refusals.map((r) => r.machine));
      const event = scans.find((e) => !refused.has(e.machine));
      if (event === undefined) throw new CaseFailure(`scenario ${scenario.name} expects no grant`);
      const { decision, permit, atMs } = await scan(session, provisioned, event);
      check(decision.accepted, 'a scan the scenario expects to pass is refused', [], decision.reasons);
      check(decision.grant !== null, 'an accepted scan carries no grant');
      const signed = signedOf(decision.grant);
      const directive = verifies(signed, world.keys.directive);
      check(directive !== undefined, "the grant does not verify under the platform's directive key");
      check(
        verifies(signed, getPublicKey(new Uint8Array(randomBytes(32)))) === undefined,
        'the grant verifies under a foreign key',
      );
      const chipA = world.chips.get(event.machine);
      check(
        chipA !== undefined && directive.chipId === chipA.chipId && directive.chipId === decision.chipId,
        "the grant does not name the scanned machine's chip",
        chipA?.chipId,
        directive.chipId,
      );
      const body = directive.grant;
      check(body !== undefined && body !== null, 'the directive is not a grant');
      check(
        body.workerId === decision.workerId,
        'the grant does not bind the worker',
        decision.workerId,
        body.workerId,
      );
      check(
        body.permitId === decision.permitId,
        'the grant does not bind the permit',
        decision.permitId,
        body.permitId,
      );
      const permitEndS = Math.floor((world.timeOf(permit.start) + permit.durationMinutes * 60_000) / 1000);
      const nowS = Math.floor(atMs / 1000);
      check(
        (body.notBeforeS ?? 0) <= nowS &&
          nowS <= (body.notAfterS ?? 0) &&
          (body.notAfterS ?? 0) <= permitEndS,
        'the grant window does not hold the scan or outlasts the permit',
        { scan: nowS, permitEnd: permitEndS },
        { notBefore: body.notBeforeS, notAfter: body.notAfterS },
      );
      const relay = new Uint8Array(Buffer.from(decision.grant.relay, 'base64url'));
      check(decodeEnvelope(relay).body.kind === 'directive', 'the relay envelope is not a directive');
      const chipB = [...world.chips.values()].find((chip) => chip !== chipA);
      if (chipB === undefined) throw new CaseFailure('the scenario has a single chip');
      world.clock.set(atMs);
      check(chipB.relayed(relay).directive?.ok !== true, 'another chip accepted the grant for chip A');
      check(chipA.relayed(relay).directive?.ok === true, 'the chip the grant names refused it');
    },
  },
  {
    id: 'platform-scan-refusal-codes',
    group: 'test-clock',
    description:
      "the scenario's scans refused for their codes or the registry (no credential, expired certificate, wrong certificate type, ...), replayed at their time: refused, with the scenario's reason first",
    requirements: ['WC-SRV-091', 'WC-SRV-093', 'WC-SRV-094', 'WC-CONF-031'],
    async run(session) {
      const provisioned = await firstScenarioWorld(session);
      const { scenario, scans } = provisioned;
      const wrong: { scan: string; expected: string; actual: string[] }[] = [];
      for (const want of scenario.expect.refusals.filter((r) => CODE_REASONS.has(r.reason))) {
        const event = scans.find(
          (e) => e.machine === want.machine && (want.worker === undefined || e.worker === want.worker),
        );
        if (event === undefined) throw new CaseFailure(`no scan of machine ${want.machine} in the scenario`);
        const { decision } = await scan(session, provisioned, event);
        if (decision.accepted || decision.reasons[0] !== want.reason)
          wrong.push({
            scan: `${event.at} worker ${event.worker} machine ${event.machine}`,
            expected: want.reason,
            actual: decision.reasons,
          });
      }
      check(wrong.length === 0, 'scans decided against the scenario', [], wrong);
    },
  },
  {
    id: 'platform-scan-decision-matrix',
    group: 'test-clock',
    description:
      "every scenario of the simulator run on the platform up to its last scan (provisioned over HTTP, chips over MQTT, the app's scans on the test clock): exactly the expected grants, and the expected refusals with their reason codes, machines and workers",
    requirements: ['WC-SRV-091', 'WC-SRV-092', 'WC-SRV-094', 'WC-SRV-095', 'WC-CONF-031'],
    async run(session) {
      const mqttUrl = session.manifest.mqtt;
      if (mqttUrl === undefined) throw new CaseFailure('the scenarios need the platform over MQTT');
      for (const scenario of scenarioFiles()) {
        await session.restartFresh(provisioningTime(scenario));
        const token = await session.api.adminToken();
        const world = await provisionScenario(scenario, { baseUrl: session.api.base, token });
        // decisions only: the run stops a minute after the last scan (alerts are other cases' matter)
        const scans = scenario.events.filter((event) => event.type === 'scan');
        const stopMs = Math.max(...scans.map((event) => world.timeOf(event.at))) + 60_000;
        let simulatedMs = world.startMs;
        const summary = await runScenarioOnPlatform(scenario, {
          baseUrl: session.api.base,
          mqttUrl,
          token,
          world,
          onProgress: (progress) => {
            simulatedMs = Date.parse(progress.at);
          },
          shouldStop: () => simulatedMs > stopMs,
        });
        check(
          simulatedMs > stopMs || summary.completed,
          `${scenario.name}: the run ended before its last scan`,
        );
        if (scenario.expect.grants !== undefined)
          check(
            summary.grants === scenario.expect.grants,
            `${scenario.name}: wrong number of grants`,
            scenario.expect.grants,
            summary.grants,
          );
        const { missing, unexpected } = unmatched(scenario.expect.refusals, summary.refusals);
        check(
          missing.length === 0 && unexpected.length === 0,
          `${scenario.name}: refusals differ from the scenario's`,
          { missing: [], unexpected: [] },
          { missing, unexpected },
        );
      }
    },
  },
];
