import { randomBytes } from 'node:crypto';
import { getPublicKey } from '@weldcode/crypto';
import { ChipMachine, decodeEnvelope, type EnvelopeBody, proto } from '@weldcode/protocol';
import { type ChipLink, type ChipLinkTarget, openChipLink } from '../chip-link';

const AUTH_OK = proto.v1.AuthStatus.AUTH_STATUS_OK;

/** Options of {@link LabChip}. */
export interface LabChipOptions {
  chipId: string;
  /** Ed25519 seed; a fresh random one by default. */
  secretKey?: Uint8Array;
  /** The platform's directive key, which the chip pins (challenges and grants). */
  platformKey: Uint8Array;
  bootEpoch?: number;
  /** Resend unacknowledged records after this long (default 1 s, to provoke retransmissions). */
  ackTimeoutMs?: number;
}

/**
 * A chip the runner plays against the platform under test (spec/conformance.md §7.3): the
 * protocol's `ChipMachine` on a real clock behind a chip link, with a ledger of what the
 * platform acknowledged and answered.
 */
export class LabChip {
  readonly chipId: string;
  readonly secretKey: Uint8Array;
  readonly machine: ChipMachine;
  /** `epoch/seq` of every record the platform acknowledged (a claim that it is durable). */
  readonly acked = new Set<string>();
  /** Record bytes (without MAC) by seq, as the chip made them. */
  readonly records = new Map<number, Uint8Array>();
  /** Every downlink envelope the platform sent. */
  readonly downlinks: Uint8Array[] = [];
  /** The status of the last `auth_result`, or undefined before one arrived. */
  authStatus: number | undefined;
  /** Every envelope the chip sent, in order (to duplicate some). */
  readonly sent: Uint8Array[] = [];
  /** While true, acks are logged but not handed to the chip, so it retransmits (lost acks). */
  dropAcks = false;
  private link: ChipLink | undefined;
  private ticker: NodeJS.Timeout | undefined;

  constructor(options: LabChipOptions) {
    this.chipId = options.chipId;
    this.secretKey = options.secretKey ?? new Uint8Array(randomBytes(32));
    this.machine = new ChipMachine({
      chipId: options.chipId,
      secretKey: this.secretKey,
      platformKeys: [options.platformKey],
      bootEpoch: options.bootEpoch ?? 1,
      now: Date.now,
      ackTimeoutMs: options.ackTimeoutMs ?? 1_000,
    });
    this.noteRecords();
  }

  /** The chip's public key, base64url, as the registry wants it. */
  get publicKey(): string {
    return Buffer.from(getPublicKey(this.secretKey)).toString('base64url');
  }

  get bootEpoch(): number {
    return this.machine.snapshot().bootEpoch;
  }

  /**
   * Connects and runs the handshake; resolves with the `auth_result` status (1 = OK), or
   * `undefined` when none arrived in time.
   */
  async connect(target: ChipLinkTarget, timeoutMs = 10_000): Promise<number | undefined> {
    this.authStatus = undefined;
    const link = await openChipLink(target, this.chipId, {
      downlink: (bytes) => this.downlink(link, bytes),
      closed: () => {
        if (this.link === link) {
          this.link = undefined;
          this.machine.disconnect();
        }
      },
    });
    this.link = link;
    this.transmit(this.machine.connect().send);
    this.ticker ??= setInterval(() => this.transmit(this.machine.tick().send), 200);
    await this.until(() => this.authStatus !== undefined, timeoutMs).catch(() => undefined);
    if (this.authStatus === AUTH_OK) await this.until(() => this.machine.status === 'online', 2_000);
    return this.authStatus;
  }

  /** Makes a record and sends it live when online (else it is buffered for a backfill). */
  record(body: EnvelopeBody): number {
    const output = this.machine.record(body);
    const seq = this.noteRecords();
    this.transmit(output.send);
    return seq;
  }

  /** TCP only: writes bytes that form no frame, then a frame magic cut short (WC-PROTO-023). */
  sendRawFrameNoise(): void {
    this.link?.writeRaw?.(new Uint8Array([0x00, 0xff, 0x57, 0x43, 0x09, 0x13, 0x37]));
  }

  /** Sends raw bytes as they are (a duplicated or forged envelope). */
  sendRaw(bytes: Uint8Array): void {
    this.link?.send(bytes);
  }

  /** Whether every record made so far was acknowledged. */
  allAcked(): boolean {
    return [...this.records.keys()].every((seq) => this.acked.has(`${this.bootEpoch}/${seq}`));
  }

  /** Resolves once `condition` holds; rejects after `timeoutMs`. */
  async until(condition: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`${this.chipId}: condition not met in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Drops the connection (records stay buffered). */
  disconnect(): void {
    const link = this.link;
    this.link = undefined;
    this.machine.disconnect();
    link?.close();
  }

  /** Disconnects and stops the chip's clock tick. */
  close(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
    this.disconnect();
  }

  private transmit(envelopes: Uint8Array[]): void {
    for (const bytes of envelopes) {
      if (this.link?.send(bytes)) this.sent.push(bytes);
    }
  }

  private downlink(link: ChipLink, bytes: Uint8Array): void {
    if (this.link !== link) return;
    this.downlinks.push(bytes);
    let isAck = false;
    try {
      const { body } = decodeEnvelope(bytes);
      if (body.kind === 'authResult') this.authStatus = body.value.status ?? 0;
      if (body.kind === 'ack') {
        isAck = true;
        const epoch = body.value.epoch ?? 0;
        const floor = body.value.seq ?? 0;
        for (let seq = 1; seq <= floor; seq++) this.acked.add(`${epoch}/${seq}`);
        const bits = body.value.selective ?? 0;
        for (let i = 0; i < 32; i++) if ((bits >>> i) & 1) this.acked.add(`${epoch}/${floor + 1 + i}`);
      }
    } catch {}
    if (isAck && this.dropAcks) return;
    this.transmit(this.machine.receive(bytes).send);
    this.noteRecords();
  }

  /** Notes records the machine made (its own events included); returns the newest seq. */
  private noteRecords(): number {
    let newest = 0;
    for (const record of this.machine.buffer.records) {
      if (!this.records.has(record.seq)) this.records.set(record.seq, record.bytes);
      newest = Math.max(newest, record.seq);
    }
    return newest;
  }
}
