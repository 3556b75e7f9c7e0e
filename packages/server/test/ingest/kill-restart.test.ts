import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair } from '@weldcode/crypto';
import { decodeEnvelope } from '@weldcode/protocol';
import { MqttChipLink, SimClock, seededRandom, VirtualChip } from '@weldcode/simulator';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/index';
import { spawnServe } from '../support/serve-process';
import { freePort } from './mosquitto';
import { until } from './support';

const dataDir = mkdtempSync(join(tmpdir(), 'weldcode-kill-'));
const CHIPS = 8;
const KILLS = 3;

/** The running server, killed in any case when the suite ends (a timed-out test must not leave it). */
let current: ChildProcess | undefined;

afterAll(() => {
  current?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** `weldcode serve` from the sources on fixed ports, SQLite in `dataDir`. */
async function serve(httpPort: number, mqttPort: number): Promise<ChildProcess> {
  current = await spawnServe([
    '--port',
    String(httpPort),
    '--mqtt-port',
    String(mqttPort),
    '--no-tcp',
    '--no-docs',
    '--data',
    dataDir,
    '--log-level',
    'error',
  ]);
  return current;
}

/** What a chip saw: the bytes of each record it sent and the records the platform acked. */
interface Ledger {
  sent: Map<string, Uint8Array>;
  acked: Set<string>;
}

function watch(ledger: Ledger) {
  return {
    uplink: (bytes: Uint8Array, publish: (bytes: Uint8Array) => void) => {
      try {
        const envelope = decodeEnvelope(bytes);
        if (envelope.seq > 0) ledger.sent.set(`?/${envelope.seq}`, bytes.slice(0, bytes.length - 11));
      } catch {}
      publish(bytes);
    },
    downlink: (bytes: Uint8Array, deliver: (bytes: Uint8Array) => void) => {
      const { body } = decodeEnvelope(bytes);
      if (body.kind === 'ack') {
        const epoch = body.value.epoch ?? 0;
        const floor = body.value.seq ?? 0;
        for (let seq = 1; seq <= floor; seq++) ledger.acked.add(`${epoch}/${seq}`);
        const bits = body.value.selective ?? 0;
        for (let i = 0; i < 32; i++) if (bits & (1 << i)) ledger.acked.add(`${epoch}/${floor + 1 + i}`);
      }
      deliver(bytes);
    },
  };
}

describe('kill -9', () => {
  it('WC-SRV-065: SIGKILLed at random moments and restarted on its data folder, the server loses no acked record and duplicates none', async () => {
    const chipSecrets = new Map<string, Uint8Array>();
    const storage = await openStorage({ dataDir });
    for (let i = 0; i < CHIPS; i++) {
      const keys = generateKeyPair();
      const id = `KILL-${i}`;
      chipSecrets.set(id, keys.secretKey);
      await storage.chips.create({ id, publicKey: Buffer.from(keys.publicKey).toString('base64url') });
    }
    const platformKey = storage.keys.directive.publicKey;
    await storage.close();

    const httpPort = await freePort();
    const mqttPort = await freePort();
    const url = `mqtt://127.0.0.1:${mqttPort}`;
    let server = await serve(httpPort, mqttPort);
    const clock = new SimClock(Date.now());
    const random = seededRandom(8);
    const chips = [...chipSecrets].map(([chipId, secretKey], i) => {
      const chip = new VirtualChip({
        chipId,
        secretKey,
        platformKeys: [platformKey],
        machineKind: 'arc',
        clock,
        random: random.fork(chipId),
        position: { lat: 30.91 + i / 1000, lon: 121.47 },
        telemetryIntervalS: 1,
        heartbeatIntervalS: 5,
      });
      return {
        chip,
        ledger: { sent: new Map(), acked: new Set() } as Ledger,
        link: undefined as MqttChipLink | undefined,
      };
    });
    let stopping = false;
    const connect = async (entry: (typeof chips)[number]) => {
      while (!stopping) {
        try {
          const link = await MqttChipLink.open(entry.chip, url, watch(entry.ledger));
          entry.link = link;
          link.client.on('close', () => {
            if (!stopping) setTimeout(() => void connect(entry), 100);
          });
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
      }
    };
    await Promise.all(chips.map((entry) => connect(entry)));
    const ticker = setInterval(() => {
      clock.set(Date.now());
      for (const { chip } of chips) chip.advance();
    }, 50);

    let kills = 0;
    try {
      for (; kills < KILLS; kills++) {
        await new Promise((resolve) => setTimeout(resolve, 800 + Math.random() * 1200));
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGKILL');
        await exited;
        server = await serve(httpPort, mqttPort);
      }
      // let every chip drain its buffer into the last incarnation
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await until(
        () => chips.every(({ chip }) => chip.machine.snapshot().records.every((r) => r.acked)),
        15_000,
        'every buffered record acked',
      );
    } finally {
      stopping = true;
      clearInterval(ticker);
      for (const { link } of chips) await link?.close().catch(() => undefined);
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    expect(kills).toBe(KILLS);

    const check = await openStorage({ dataDir });
    try {
      let ackedTotal = 0;
      for (const { chip, ledger } of chips) {
        const stored = await check.uplinks.list(chip.chipId);
        const keys = stored.map((r) => `${r.bootEpoch}/${r.seq}`);
        expect(new Set(keys).size).toBe(keys.length);
        const present = new Set(keys);
        for (const key of ledger.acked)
          expect(present.has(key), `${chip.chipId} ${key} acked but not stored`).toBe(true);
        // the chip never rebooted: its records are one epoch numbered 1..n without a hole
        expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1));
        for (const record of stored) {
          const sent = ledger.sent.get(`?/${record.seq}`);
          if (sent !== undefined) expect(Buffer.from(record.payload).equals(Buffer.from(sent))).toBe(true);
        }
        ackedTotal += ledger.acked.size;
      }
      expect(ackedTotal).toBeGreaterThan(CHIPS * 5);
    } finally {
      await check.close();
    }
  }, 180_000);
});
