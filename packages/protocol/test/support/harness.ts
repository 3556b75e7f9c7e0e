import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ChipMachine, type ChipMachineOptions, type EnvelopeBody, PlatformMachine } from '../../src/index';

/** Deterministic random bytes: SHA-256 of a label and a counter. */
export function seededRandom(label: string): (length: number) => Uint8Array {
  let counter = 0;
  return (length) => {
    const out = new Uint8Array(length);
    for (let at = 0; at < length; at += 32) {
      out.set(
        sha256(new TextEncoder().encode(`${label}/${counter++}`)).subarray(0, Math.min(32, length - at)),
        at,
      );
    }
    return out;
  };
}

export function seedKey(label: string): { secretKey: Uint8Array; publicKey: Uint8Array } {
  const secretKey = sha256(new TextEncoder().encode(`key/${label}`));
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

export const T0 = 1_795_000_000_000;

/** A chip and a platform wired back to back, with a shared adjustable clock. */
export class Link {
  clock = T0;
  readonly platformKey = seedKey('platform');
  readonly chipKey = seedKey('chip');
  readonly registry = new Map<string, Uint8Array>();
  readonly platform: PlatformMachine;
  chip: ChipMachine;
  /** Records the platform ingested, and everything it raised. */
  readonly ingested: import('../../src/index').IngestedRecord[] = [];
  readonly alerts: import('../../src/index').PlatformAlert[] = [];
  readonly errors: string[] = [];
  readonly chipErrors: string[] = [];
  /** When false, uplinks are dropped (the chip does not know). */
  up = true;
  autoDurable = true;

  constructor(chipOptions: Partial<ChipMachineOptions> = {}) {
    this.registry.set('WC-1', this.chipKey.publicKey);
    this.platform = new PlatformMachine({
      secretKey: this.platformKey.secretKey,
      lookupChip: (id) => this.registry.get(id),
      now: () => this.clock,
      random: seededRandom('platform'),
    });
    this.chip = this.newChip(chipOptions);
  }

  newChip(options: Partial<ChipMachineOptions> = {}): ChipMachine {
    return new ChipMachine({
      chipId: 'WC-1',
      secretKey: this.chipKey.secretKey,
      platformKeys: [this.platformKey.publicKey],
      bootEpoch: 1,
      now: () => this.clock,
      random: seededRandom('chip'),
      ...options,
    });
  }

  /** Delivers chip output to the platform and platform replies back, until quiet. */
  deliver(fromChip: Uint8Array[], connection = 'c1', chip = this.chip): void {
    let queue = fromChip;
    while (queue.length > 0) {
      const replies: Uint8Array[] = [];
      for (const bytes of queue) {
        if (!this.up) continue;
        const out = this.platform.receive(connection, bytes);
        this.ingested.push(...out.records);
        this.alerts.push(...out.alerts);
        this.errors.push(...out.errors.map((e) => e.code));
        replies.push(...out.send);
        if (this.autoDurable)
          for (const acks of this.platform.confirmDurable(out.records)) replies.push(...acks.send);
      }
      queue = [];
      for (const reply of replies) {
        const result = chip.receive(reply);
        if (result.error) this.chipErrors.push(result.error.code);
        queue.push(...result.send);
      }
    }
  }

  connect(chip = this.chip, connection = 'c1'): void {
    this.deliver(chip.connect().send, connection, chip);
  }

  /**
   * Leaves connection `c1`, records `body` offline, rewrites the stored record's last byte to 0x30
   * (for a three-sample telemetry with every state bit set: the states, relay never closed), then
   * reconnects on `c2` and delivers a heartbeat: what the log-tamper check must catch (WC-PROTO-043).
   */
  tamperWhileOffline(body: EnvelopeBody): void {
    this.chip.disconnect();
    this.platform.disconnect('c1');
    this.chip.record(body);
    const record = this.chip.buffer.records.find((r) => r.kind === body.kind);
    if (!record) throw new Error('no buffered record');
    const forged = record.bytes.slice();
    forged[forged.length - 1] = 0x30;
    record.bytes = forged;
    this.connect(this.chip, 'c2');
    this.deliver(this.chip.heartbeat().send, 'c2');
  }
}
