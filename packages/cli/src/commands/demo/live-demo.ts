import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PlatformProgress, PlatformRunSummary, Scenario } from '@weldcode/simulator';
import type { CliIo } from '../../cli-io';
import { findRepoRoot } from '../../repo-root';

/** What `weldcode demo` was asked for. */
export interface LiveDemoOptions {
  scenario?: string;
  data?: string;
  port: number;
  /** Simulated ms per real ms; `Infinity`: as fast as the platform answers. */
  speed: number;
  /** Exit after the scenario (default when nobody watches). */
  once: boolean;
  faults: boolean;
}

/** One officer's view, as the API shows it after signing in. */
export interface ScopeView {
  user: string;
  role: string;
  area: string;
  machines: number;
  openAlerts: number;
  alertKinds: string[];
  progress: number | undefined;
}

const DEMO_PASSWORD = 'weldcode-demo';

async function json<T>(url: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const { token, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    headers: {
      ...(rest.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function login(base: string, username: string, password: string): Promise<{ token: string }> {
  return json(`${base}/v1/auth/login`, { method: 'POST', body: JSON.stringify({ username, password }) });
}

/** What a signed-in officer sees: machines, open alerts and retrofit progress of their area. */
export async function scopeOf(base: string, username: string, area: string): Promise<ScopeView> {
  const { token } = await login(base, username, DEMO_PASSWORD);
  const me = await json<{ role: string }>(`${base}/v1/me`, { token });
  const machines = await json<{ items: unknown[] }>(`${base}/v1/machines?limit=500`, { token });
  const alerts = await json<{ items: { kind: string }[] }>(`${base}/v1/alerts?state=open&limit=500`, {
    token,
  });
  const progress = await json<{ share?: number }>(`${base}/v1/progress`, { token }).catch(() => undefined);
  return {
    user: username,
    role: me.role,
    area,
    machines: machines.items.length,
    openAlerts: alerts.items.length,
    alertKinds: [...new Set(alerts.items.map((a) => a.kind))].sort(),
    progress: progress?.share,
  };
}

function loadScenario(io: CliIo, file: string | undefined, parse: (text: string) => Scenario): Scenario {
  const path =
    file === undefined
      ? join(findRepoRoot(io.cwd), 'packages/simulator/scenarios/district-workday.json')
      : resolve(io.cwd, file);
  return parse(readFileSync(path, 'utf8'));
}

function statusLine(p: PlatformProgress): string {
  const refused = Object.values(p.refusals).reduce((n, c) => n + (c ?? 0), 0);
  return `${p.at.slice(11, 16)}Z  ${Math.round(p.fraction * 100)} %  starts granted ${p.grants}  refused ${refused}`;
}

/**
 * `weldcode demo`: the reference server with embedded defaults (SQLite in a temporary folder,
 * embedded MQTT broker, a test clock at the scenario's provisioning time), the scenario's
 * district provisioned through the API, its chips over MQTT and its worker app scanning, a live
 * summary, then a town and a district officer signing in to show their different scopes.
 */
export async function liveDemo(
  io: CliIo,
  options: LiveDemoOptions,
  stopSignal: () => Promise<string>,
): Promise<void> {
  const [{ startServer }, { consoleAssetsDir }, sim] = await Promise.all([
    import('@weldcode/server'),
    import('@weldcode/console'),
    import('@weldcode/simulator'),
  ]);
  const scenario = loadScenario(io, options.scenario, sim.parseScenario);
  const dataDir =
    options.data === undefined
      ? mkdtempSync(join(tmpdir(), 'weldcode-demo-'))
      : resolve(io.cwd, options.data);
  const adminPassword = `admin-${Math.random().toString(36).slice(2, 12)}`;
  const server = await startServer({
    port: options.port,
    dataDir,
    consoleDir: consoleAssetsDir(),
    adminPassword,
    testClock: sim.provisioningTime(scenario),
    ingest: { mqttPort: options.port === 0 ? 0 : 1883, tcpPort: false },
    logger: { level: 'warn', stream: { write: (line: string) => io.err(line) } },
  });
  let stopping = false;
  const stopped = stopSignal().then((signal) => {
    stopping = true;
    return signal;
  });
  try {
    const base = server.url;
    io.out(`weldcode demo: ${scenario.name} on the reference server\n`);
    io.out(`  API        ${base}   (docs ${base}/docs)\n`);
    io.out(`  console    ${base}/console/\n`);
    io.out(`  chips      ${server.ingest?.mqttUrl} (embedded broker)\n`);
    io.out(`  data       ${dataDir}\n`);
    const { token } = await login(base, 'admin', adminPassword);
    const world = await sim.provisionScenario(scenario, { baseUrl: base, token });
    const towns = [...world.ids.towns];
    const [townName, townId] = towns[0] ?? ['', world.ids.district];
    const officers = [
      { username: 'town-officer', role: 'town-officer', areaId: townId, area: townName },
      {
        username: 'district-officer',
        role: 'district-officer',
        areaId: world.ids.district,
        area: String(scenario.district),
      },
    ];
    for (const o of officers) {
      await json(`${base}/v1/users`, {
        method: 'POST',
        token,
        body: JSON.stringify({
          username: o.username,
          displayName: o.username,
          role: o.role,
          areaId: o.areaId,
          password: DEMO_PASSWORD,
        }),
      });
    }
    io.out(
      `  users      admin / ${adminPassword}, ${officers.map((o) => `${o.username} (${o.area})`).join(', ')} / ${DEMO_PASSWORD}\n`,
    );
    io.out(
      `  provisioned ${world.chips.size} chipped machines, ${world.codes.credentials.size} credentials, ${world.codes.permits.size} permits in ${towns.length} towns\n`,
    );
    io.out(
      `running ${scenario.durationMinutes} simulated minutes from ${scenario.start}${Number.isFinite(options.speed) ? ` at ${options.speed}x` : ''}\n`,
    );
    const live = io.interactive;
    let lastLine = '';
    const summary = await sim.runScenarioOnPlatform(scenario, {
      baseUrl: base,
      mqttUrl: server.ingest?.mqttUrl as string,
      token,
      world,
      faults: options.faults,
      speed: options.speed,
      shouldStop: () => stopping,
      onProgress: (p) => {
        const line = statusLine(p);
        if (live) io.err(`\r${line}   `);
        else if (p.at.endsWith(':00:00.000Z') && line !== lastLine) io.out(`  ${line}\n`);
        lastLine = line;
      },
    });
    if (live) io.err('\n');
    printSummary(io, summary);
    const openAlerts = await json<{ items: unknown[] }>(`${base}/v1/alerts?state=open&limit=500`, { token });
    io.out(`open alerts on the platform: ${openAlerts.items.length}\n`);
    io.out(
      '\nscopes (issue 9): each officer signs in through POST /v1/auth/login and sees only their area\n',
    );
    for (const o of officers) {
      const view = await scopeOf(base, o.username, o.area);
      const share =
        view.progress === undefined ? '' : `, retrofit progress ${Math.round(view.progress * 100)} %`;
      io.out(
        `  ${view.user.padEnd(17)} ${view.role} of ${view.area}: ${view.machines} machines, ${view.openAlerts} open alerts${share}\n`,
      );
      io.out(`  ${''.padEnd(17)} alert kinds: ${view.alertKinds.join(', ') || '-'}\n`);
    }
    if (options.once && !stopping) return;
    if (!stopping) io.out(`\nserving ${base}/console/ — stop with Ctrl-C\n`);
    const signal = await stopped;
    io.out(`${signal}: shutting down\n`);
  } finally {
    await server.close();
    io.out('stopped\n');
  }
}

function printSummary(io: CliIo, s: PlatformRunSummary): void {
  io.out(
    `\n${s.completed ? 'finished' : 'stopped early'}: ${s.chips} chips, ${s.chipStats.sent} uplinks sent\n`,
  );
  io.out(`starts granted: ${s.grants}\n`);
  io.out(`refusals: ${s.refusals.length}\n`);
  for (const r of s.refusals)
    io.out(`  ${r.at.slice(11, 16)}Z  ${r.reason.padEnd(22)} worker ${r.worker} machine ${r.machine}\n`);
  io.out(`alerts: ${s.alerts.length + s.extraAlerts.length}\n`);
  const counts = new Map<string, number>();
  for (const a of [...s.alerts, ...s.extraAlerts]) {
    const key = `${a.kind}${a.machine === undefined ? (a.worker === undefined ? '' : ` worker ${a.worker}`) : ` machine ${a.machine}`}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) io.out(`  ${key}${n > 1 ? ` ×${n}` : ''}\n`);
  const e = s.expectations;
  io.out(
    e.ok ? 'the platform did what the scenario expects\n' : 'differences from the scenario’s expectations:\n',
  );
  for (const m of e.missing) io.out(`  missing     ${m}\n`);
  for (const u of e.unexpected) io.out(`  unexpected  ${u}\n`);
}
