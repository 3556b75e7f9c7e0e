import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type PlatformRunSummary,
  parseScenario,
  provisioningTime,
  runScenarioOnPlatform,
} from '@weldcode/simulator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningServer, startServer } from '../../src/index';
import { tokenFor } from '../support/app';
import { BACKENDS, type Backend } from '../support/backends';

// Hang guards only (tests never assert durations).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

/**
 * SQLite in memory-backed /dev/shm when there is one: a ten-hour day is ~17,000 records, and this
 * suite is about the wire and the decisions, not about fsync (the kill -9 suite is). PostgreSQL
 * doubles the run (both engines about 45 s on a 2-core machine), so it runs only with
 * WELDCODE_TEST_REMOTE_PG=1 besides WELDCODE_TEST_PG_URL.
 */
const sqliteInMemoryFs: Backend = {
  name: 'sqlite',
  fresh: async () => {
    const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'weldcode-remote-'));
    return {
      db: join(dir, 'remote.sqlite'),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};
const REMOTE_BACKENDS = [
  sqliteInMemoryFs,
  ...BACKENDS.filter((b) => b.name === 'postgres' && process.env.WELDCODE_TEST_REMOTE_PG === '1'),
];

const scenario = parseScenario(
  readFileSync(new URL('../../../simulator/scenarios/district-workday.json', import.meta.url), 'utf8'),
);

describe.each(REMOTE_BACKENDS)(
  'district-workday against the real server over HTTP and MQTT ($name)',
  (backend) => {
    let server: RunningServer;
    let drop: () => Promise<void>;
    let summary: PlatformRunSummary;

    beforeAll(async () => {
      const fresh = await backend.fresh();
      drop = fresh.drop;
      server = await startServer({
        port: 0,
        db: fresh.db,
        logger: false,
        docs: false,
        ingest: { mqttPort: 0, tcpPort: false, maxDelayMs: 2 },
        testClock: provisioningTime(scenario),
      });
      const admin = await server.storage.access.users.create({
        username: 'remote-admin',
        displayName: '场景管理员',
        role: 'city-admin',
      });
      summary = await runScenarioOnPlatform(scenario, {
        baseUrl: server.url,
        mqttUrl: server.ingest?.mqttUrl as string,
        token: await tokenFor(server.storage, admin.id),
      });
    });

    afterAll(async () => {
      await server?.close();
      await drop?.();
    });

    it('WC-SIM-070 WC-SIM-071: the scenario is provisioned and runs to its end on the platform clock', () => {
      expect(summary.completed).toBe(true);
      expect(summary.notIssued).toEqual([]);
      expect(summary.chips).toBe(scenario.machines.length);
      expect(server.clock()).toBeGreaterThanOrEqual(
        Date.parse(scenario.start) + scenario.durationMinutes * 60_000,
      );
    });

    it('WC-SIM-071 WC-SRV-092: the scenario’s grants and refusals, with their reasons, workers and machines', () => {
      expect(summary.grants).toBe(scenario.expect.grants);
      const key = (r: { reason: string; worker?: number; machine?: number }) => `${r.reason}@${r.machine}`;
      expect(summary.refusals.map(key).sort()).toEqual(scenario.expect.refusals.map(key).sort());
      for (const want of scenario.expect.refusals.filter((r) => r.worker !== undefined)) {
        expect(summary.refusals).toContainEqual(expect.objectContaining(want));
      }
    });

    it('WC-SIM-072 WC-SRV-120: the platform raises the scenario’s alerts, and what else it raises is named', () => {
      expect(summary.expectations).toEqual({ ok: true, missing: [], unexpected: [] });
      // refused scans raise their own alerts on this platform (WC-SRV-132); the simulator does not judge them
      const extra = new Set(summary.extraAlerts.map((a) => `${a.kind}@${a.machine ?? a.worker}`));
      expect(extra).toContain('REMOTE_SCAN@103');
      expect(extra).toContain('FIRE_WATCHER_ABSENT@102');
      expect(extra).toContain('CROWDED_PLACE_OPEN@301');
    });
  },
);
