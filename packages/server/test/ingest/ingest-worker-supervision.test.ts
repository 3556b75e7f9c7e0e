import { createServer as createTcpServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChipPresenceEvent } from '../../src/index';
import {
  DEFAULT_RESTART_BACK_OFF,
  type RestartBackOff,
  WorkerSupervisor,
} from '../../src/ingest/worker/worker-supervisor';
import { BACKENDS } from '../support/backends';
import { chipId, grant, ingestServer, registerChip, TestChip, telemetry, until } from './support';

// Hang guards only (tests never assert durations).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** The worker throws an uncaught error when asked to deliver to this chip (a test-only switch). */
const CRASH_ENV = 'WELDCODE_TEST_INGEST_WORKER_CRASH_ON';

type Running = Awaited<ReturnType<typeof ingestServer>>;

/** A server with ingest in a worker that crashes on a directive for `crashChip`; logs kept in `lines`. */
async function crashableServer(
  backend: (typeof BACKENDS)[number],
  crashChip: string,
  lines: string[],
): Promise<Running> {
  // the worker copies the environment when it is spawned: restarted workers see it too
  process.env[CRASH_ENV] = crashChip;
  try {
    return await ingestServer(backend, {
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
      ingest: { mqttPort: 0, tcpPort: 0, maxDelayMs: 2, thread: 'worker' },
    });
  } finally {
    delete process.env[CRASH_ENV];
  }
}

async function readyz(running: Running): Promise<{ statusCode: number; body: Record<string, unknown> }> {
  const response = await running.server.app.inject({ method: 'GET', url: '/readyz' });
  return { statusCode: response.statusCode, body: response.json() };
}

/** Kills the worker through a real uncaught error; resolves with what `deliver` answered. */
function crash(running: Running, crashChip: string): Promise<boolean> {
  const gateway = running.server.ingest?.gateway;
  if (gateway === undefined) throw new Error('no ingest');
  return gateway.deliver(crashChip, grant(running.server, crashChip));
}

function logged(lines: string[], message: string): Record<string, unknown>[] {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => l.msg === message);
}

describe.each(BACKENDS)('a supervised ingest worker on $name', (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('WC-SRV-155 WC-SRV-156 WC-SRV-149: a dead worker is not ready, its chips go offline, and it restarts where chips reconnect', async () => {
    const crashChip = chipId('X');
    const lines: string[] = [];
    const running = await crashableServer(backend, crashChip, lines);
    cleanups.push(running.close);
    const { server } = running;
    const ingest = server.ingest;
    if (ingest === undefined) throw new Error('no ingest');
    expect(await readyz(running)).toMatchObject({
      statusCode: 200,
      body: { status: 'ready', ingest: { state: 'running', restarts: 0 } },
    });

    const mqttId = chipId('M');
    const tcpId = chipId('T');
    const publicKey = server.storage.keys.directive.publicKey;
    const mqttChip = new TestChip(mqttId, await registerChip(server, mqttId), publicKey);
    const tcpChip = new TestChip(tcpId, await registerChip(server, tcpId), publicKey);
    cleanups.push(
      () => mqttChip.close(),
      () => tcpChip.close(),
    );
    await mqttChip.mqtt(ingest.mqttUrl);
    await mqttChip.connect();
    await tcpChip.tcp(ingest.tcpPort as number);
    await tcpChip.connect();
    await until(() => ingest.gateway.isOnline(mqttId) && ingest.gateway.isOnline(tcpId), 5_000, 'online');
    for (let i = 0; i < 10; i++) mqttChip.record(telemetry(i));
    for (let i = 0; i < 10; i++) tcpChip.record(telemetry(i));
    await until(() => mqttChip.unacked() === 0 && tcpChip.unacked() === 0, 15_000, 'acks before the crash');

    // what the platform says the moment the chips are declared offline, while the worker is down
    const offline: ChipPresenceEvent[] = [];
    const whileDown: Promise<unknown>[] = [];
    server.events.on('presence', (event) => {
      if (event.online) return;
      offline.push(event);
      if (offline.length > 1) return;
      whileDown.push(
        readyz(running),
        ingest.gateway.deliver(mqttId, grant(server, mqttId)),
        Promise.resolve(ingest.gateway.isOnline(mqttId)),
      );
    });
    expect(await crash(running, crashChip)).toBe(false);
    await until(() => offline.length >= 2, 15_000, 'offline presence');
    expect(offline.map((e) => e.chipId).sort()).toEqual([mqttId, tcpId].sort());
    for (const event of offline) {
      // the platform lost the session; the chip sent no Last Will
      expect(event).toEqual({ chipId: event.chipId, online: false, atMs: expect.any(Number) });
    }
    const [down, delivered, online] = await Promise.all(whileDown);
    expect(down).toEqual({
      statusCode: 503,
      body: expect.objectContaining({
        code: 'ERR_SRV_NOT_READY',
        details: { ingest: 'restarting', restarts: 0 },
      }),
    });
    expect(delivered).toBe(false);
    expect(online).toBe(false);
    const deaths = logged(
      lines,
      `ingest worker died (ingest worker crashed on purpose (${CRASH_ENV}=${crashChip})); restarting it`,
    );
    expect(deaths).toHaveLength(1);
    expect(deaths[0]).toMatchObject({ chipsOffline: 2, retryInMs: DEFAULT_RESTART_BACK_OFF.initialMs });

    await until(async () => (await readyz(running)).statusCode === 200, 20_000, 'ready again');
    expect((await readyz(running)).body).toMatchObject({ ingest: { state: 'running', restarts: 1 } });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/\nweldcode_ingest_worker_restarts_total 1\n/);
    // the sessions gauge forgets the sessions that died with the worker
    expect(metrics).toMatch(/\nweldcode_ingest_sessions 0\n/);

    // the chips come back where they were, with what they recorded while the platform was away
    for (const chip of [mqttChip, tcpChip]) {
      await chip.close();
      for (let i = 10; i < 15; i++) chip.record(telemetry(i));
    }
    await mqttChip.mqtt(ingest.mqttUrl);
    await tcpChip.tcp(ingest.tcpPort as number);
    await mqttChip.connect();
    await tcpChip.connect();
    for (let i = 15; i < 20; i++) mqttChip.record(telemetry(i));
    await until(
      () => {
        mqttChip.tick();
        tcpChip.tick();
        return mqttChip.unacked() === 0 && tcpChip.unacked() === 0;
      },
      20_000,
      'acks after the restart',
    );
    for (const [id, count] of [
      [mqttId, 20],
      [tcpId, 15],
    ] as const) {
      const stored = await server.storage.uplinks.list(id);
      const keys = stored.map((r) => `${r.bootEpoch}/${r.seq}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(stored.filter((r) => r.kind === 'telemetry')).toHaveLength(count);
    }
    // directives reach chips again through the new worker
    await until(() => ingest.gateway.isOnline(mqttId), 5_000, 'online again');
    expect(await ingest.gateway.deliver(mqttId, grant(server, mqttId))).toBe(true);
    await until(() => mqttChip.granted(), 5_000, 'grant at the chip');

    await mqttChip.close();
    await tcpChip.close();
    await running.server.close();
    expect(ingest.health?.()).toEqual({ state: 'stopped', restarts: 1 });
    // a deliberate close is no death
    expect(logged(lines, 'ingest worker restarted')).toHaveLength(1);
    expect(lines.filter((line) => line.includes('ingest worker died'))).toHaveLength(1);
  });

  it('WC-SRV-156 WC-SRV-155: a restart that cannot bind its port is retried while not ready, and close during the back-off stops everything', async () => {
    const crashChip = chipId('X');
    const lines: string[] = [];
    const timersBefore = activeTimeouts();
    const running = await crashableServer(backend, crashChip, lines);
    cleanups.push(running.close);
    const ingest = running.server.ingest;
    if (ingest === undefined) throw new Error('no ingest');
    const port = Number(new URL(ingest.mqttUrl).port);
    let squatter: Server | undefined;
    cleanups.push(async () => {
      await new Promise((resolve) => (squatter === undefined ? resolve(undefined) : squatter.close(resolve)));
    });
    // takes the broker's port the moment the worker is declared dead, before its restart
    const dead = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (ingest.health?.().state !== 'restarting') return;
        clearInterval(poll);
        squatter = createTcpServer().listen(port, '127.0.0.1', () => resolve());
      }, 1);
    });
    await crash(running, crashChip);
    await dead;
    await until(
      () => logged(lines, 'ingest worker could not restart; retrying').length >= 1,
      20_000,
      'a failed restart',
    );
    const failed = logged(lines, 'ingest worker could not restart; retrying')[0];
    expect(failed).toMatchObject({ retryInMs: DEFAULT_RESTART_BACK_OFF.initialMs * 2 });
    expect(JSON.stringify(failed)).toContain('EADDRINUSE');
    expect(await readyz(running)).toMatchObject({
      statusCode: 503,
      body: { code: 'ERR_SRV_NOT_READY', details: { ingest: 'restarting', restarts: 0 } },
    });
    expect(ingest.health?.()).toEqual({ state: 'restarting', restarts: 0 });

    await running.server.close();
    expect(ingest.health?.()).toEqual({ state: 'stopped', restarts: 0 });
    // no back-off timer survives the close
    expect(activeTimeouts()).toBeLessThanOrEqual(timersBefore);
    expect(logged(lines, 'ingest worker restarted')).toHaveLength(0);
  });
});

function activeTimeouts(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
}

describe('restart back-off', () => {
  /** A worker that starts at once and dies when told. */
  function fakeWorker() {
    let die: (exit: string) => void = () => undefined;
    const exited = new Promise<string>((resolve) => {
      die = resolve;
    });
    return { exited, stop: async () => die('stopped'), die };
  }

  /** A supervisor of fake workers: the waits it chose, its starts, and the worker running last. */
  function harness(backOff?: RestartBackOff) {
    const h = { waits: [] as number[], starts: 0, deaths: 0, failUntil: 0, worker: fakeWorker() };
    const supervisor = new WorkerSupervisor<string>(
      {
        start: async () => {
          h.starts++;
          if (h.starts <= h.failUntil) throw new Error('port taken');
          h.worker = fakeWorker();
          return h.worker;
        },
        died: (_exit, retryInMs) => {
          h.deaths++;
          h.waits.push(retryInMs);
        },
        restarted: () => undefined,
        restartFailed: (_error, retryInMs) => h.waits.push(retryInMs),
      },
      backOff,
    );
    return Object.assign(h, { supervisor });
  }

  it('WC-SRV-156: waits double after each consecutive failure up to the cap', async () => {
    const h = harness({ initialMs: 1, maxMs: 8, stableMs: 60_000 });
    await h.supervisor.start();
    h.failUntil = 6;
    h.worker.die('crash');
    await until(() => h.supervisor.restarts === 1, 5_000, 'restarted');
    expect(h.supervisor.state).toBe('running');
    expect(h.waits).toEqual([1, 2, 4, 8, 8, 8]);
    // a quick second death continues the sequence (the worker did not run stably)
    h.worker.die('crash');
    await until(() => h.supervisor.restarts === 2, 5_000, 'restarted');
    expect(h.waits).toEqual([1, 2, 4, 8, 8, 8, 8]);
    await h.supervisor.close();
    expect(h.supervisor.state).toBe('stopped');
  });

  it('WC-SRV-156: a worker that ran stably restarts after the first wait', async () => {
    const h = harness({ initialMs: 1, maxMs: 8, stableMs: 0 });
    await h.supervisor.start();
    for (let i = 0; i < 3; i++) {
      h.worker.die('crash');
      await until(
        () => h.supervisor.restarts === i + 1 && h.supervisor.state === 'running',
        5_000,
        'restarted',
      );
    }
    expect(h.waits).toEqual([1, 1, 1]);
    await h.supervisor.close();
  });

  it('WC-SRV-156: close during the back-off cancels the restart; a stop is no death', async () => {
    const h = harness({ initialMs: 60_000, maxMs: 60_000, stableMs: 60_000 });
    await h.supervisor.start();
    h.worker.die('crash');
    await until(() => h.deaths === 1, 5_000, 'death seen');
    expect(h.supervisor.state).toBe('restarting');
    const before = activeTimeouts();
    await h.supervisor.close();
    expect(activeTimeouts()).toBe(before - 1);
    expect(h.starts).toBe(1);

    const stopped = harness();
    await stopped.supervisor.start();
    await stopped.supervisor.close();
    expect(await stopped.worker.exited).toBe('stopped');
    expect(stopped.deaths).toBe(0);
    expect(stopped.supervisor.restarts).toBe(0);
  });
});
