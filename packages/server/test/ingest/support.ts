import { randomBytes } from 'node:crypto';
import { createConnection, type Socket } from 'node:net';
import { generateKeyPair } from '@weldcode/crypto';
import {
  ChipMachine,
  type ChipOutput,
  chipTopic,
  decodeEnvelope,
  type EnvelopeBody,
  encodeFrame,
  FrameDecoder,
  lastWill,
  publishOptions,
  type SignedDirective,
  signDirective,
} from '@weldcode/protocol';
import mqtt, { type MqttClient } from 'mqtt';
import { type RunningServer, type StartServerOptions, startServer } from '../../src/index';
import type { Backend } from '../support/backends';

/** A server with ingest on free ports and a fresh database of `backend`. */
export async function ingestServer(
  backend: Backend,
  options: Partial<StartServerOptions> = {},
): Promise<{ server: RunningServer; db: string; close(): Promise<void> }> {
  const fresh = await backend.fresh();
  const server = await startServer({
    port: 0,
    db: fresh.db,
    logger: false,
    docs: false,
    ingest: { mqttPort: 0, tcpPort: 0, maxDelayMs: 2 },
    ...options,
  });
  return {
    server,
    db: fresh.db,
    close: async () => {
      await server.close();
      await fresh.drop();
    },
  };
}

/** Registers a chip with a fresh key; returns its secret key. */
export async function registerChip(server: RunningServer, chipId: string): Promise<Uint8Array> {
  const keys = generateKeyPair();
  await server.storage.chips.create({
    id: chipId,
    publicKey: Buffer.from(keys.publicKey).toString('base64url'),
  });
  return keys.secretKey;
}

/** Polls `check` until it holds (every 10 ms, at most `ms`). */
export async function until(
  check: () => boolean | Promise<boolean>,
  ms = 15_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let counter = 0;
/** A unique chip id for a test. */
export function chipId(prefix = 'T'): string {
  counter++;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 6)}`;
}

/** A telemetry body (one sample). */
export function telemetry(n: number): EnvelopeBody {
  return {
    kind: 'telemetry',
    value: { startS: Math.floor(Date.now() / 1000), currentDa: [n % 1000], voltageDv: [240], states: 1 },
  };
}

/** A chip on a real transport, driven by the protocol's ChipMachine. */
export class TestChip {
  machine: ChipMachine;
  readonly errors: string[] = [];
  readonly downlinks: Uint8Array[] = [];
  private transmit: (bytes: Uint8Array) => void = () => {};
  private closeTransport: () => Promise<void> = async () => {};

  constructor(
    readonly chipId: string,
    readonly secretKey: Uint8Array,
    private readonly platformKey: Uint8Array,
    public bootEpoch = 1,
  ) {
    this.machine = this.boot();
  }

  private boot(restore?: ReturnType<ChipMachine['snapshot']>): ChipMachine {
    return new ChipMachine({
      chipId: this.chipId,
      secretKey: this.secretKey,
      platformKeys: [this.platformKey],
      bootEpoch: this.bootEpoch,
      now: Date.now,
      ackTimeoutMs: 2000,
      ...(restore === undefined ? {} : { restore }),
    });
  }

  /** Power cycle: next boot epoch, unacked records kept (WC-PROTO-054). */
  reboot(): void {
    const snapshot = this.machine.snapshot();
    this.bootEpoch++;
    this.machine = this.boot(snapshot);
  }

  /** Directive outcomes (grants accepted or refused). */
  readonly outcomes: NonNullable<ChipOutput['directive']>[] = [];

  /** True once the chip accepted a grant. */
  granted(): boolean {
    return this.outcomes.some((o) => o.action === 'grant' && o.ok);
  }

  emit(out: ChipOutput): void {
    if (out.error) this.errors.push(out.error.code);
    if (out.directive) this.outcomes.push(out.directive);
    for (const bytes of out.send) this.transmit(bytes);
  }

  /** Drop acks (as if they were lost on the way). */
  ignoreAcks = false;

  deliver(bytes: Uint8Array): void {
    this.downlinks.push(bytes);
    if (this.ignoreAcks) {
      const kind = decodeEnvelope(bytes).body.kind;
      if (kind === 'ack' || kind === 'alarmAck') return;
    }
    this.emit(this.machine.receive(bytes));
  }

  /** Sends raw bytes on the chip's transport (for faults). */
  raw(bytes: Uint8Array): void {
    this.transmit(bytes);
  }

  async mqtt(url: string, protocolVersion: 4 | 5 = 4): Promise<MqttClient> {
    const will = lastWill(this.chipId);
    const client = await mqtt.connectAsync(url, {
      clientId: this.chipId,
      protocolVersion,
      reconnectPeriod: 0,
      will: { topic: will.topic, payload: Buffer.from(will.payload), qos: will.qos, retain: will.retain },
    });
    await client.subscribeAsync(chipTopic(this.chipId, 'down'), { qos: 1 });
    client.on('message', (_topic, payload) => this.deliver(new Uint8Array(payload)));
    this.transmit = (bytes) => {
      let kind: Parameters<typeof publishOptions>[0] = 'telemetry';
      try {
        kind = decodeEnvelope(bytes).body.kind;
      } catch {}
      client.publish(chipTopic(this.chipId, 'up'), Buffer.from(bytes), publishOptions(kind));
    };
    this.closeTransport = () => client.endAsync();
    return client;
  }

  async tcp(port: number): Promise<Socket> {
    const socket = createConnection({ port, host: '127.0.0.1' });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const decoder = new FrameDecoder();
    socket.on('data', (chunk: Buffer) => {
      for (const frame of decoder.push(new Uint8Array(chunk)).frames) this.deliver(frame);
    });
    socket.on('error', () => undefined);
    this.transmit = (bytes) => {
      if (!socket.destroyed) socket.write(encodeFrame(bytes));
    };
    this.closeTransport = async () => {
      socket.destroy();
    };
    return socket;
  }

  async connect(): Promise<void> {
    this.emit(this.machine.connect());
    await until(() => this.machine.status === 'online', 15_000, `${this.chipId} online`);
  }

  record(body: EnvelopeBody): number {
    const seq = this.machine.buffer.records.length;
    this.emit(this.machine.record(body));
    return seq;
  }

  tick(): void {
    this.emit(this.machine.tick());
  }

  /** Records still waiting for an ack. */
  unacked(): number {
    return this.machine.snapshot().records.filter((r) => !r.acked).length;
  }

  async close(): Promise<void> {
    await this.closeTransport();
    this.machine.disconnect();
  }
}

/** A grant for `chipId` signed with the server's directive key, valid for ten minutes. */
export function grant(server: RunningServer, chipId: string): SignedDirective {
  const key = server.storage.keys.directive;
  const now = Math.floor(Date.now() / 1000);
  return signDirective(
    {
      chipId,
      nonce: new Uint8Array(randomBytes(16)),
      issuedS: now,
      grant: {
        grantId: new Uint8Array(randomBytes(16)),
        workerId: 'W1',
        permitId: 'P1',
        notBeforeS: now - 5,
        notAfterS: now + 600,
        maxDurationS: 600,
      },
    } as never,
    key.secretKey,
    key.publicKey,
  );
}
