import { randomBytes } from 'node:crypto';
import type { PlatformManifest } from '../../capabilities/capability-manifest';
import { ConformanceError } from '../../conformance-error';
import type { ChipLinkTarget } from '../chip-link';
import { CaseFailure } from '../profile-case';
import { LabChip } from './lab-chip';
import type { PlatformApi } from './platform-api';
import type { PlatformControl } from './platform-control';

/** The platform's public keys, as `GET /v1/platform` publishes them. */
export interface PlatformKeys {
  directive: Uint8Array;
  root: Uint8Array;
  issuer: Uint8Array;
}

/** A record as `GET /v1/chips/:id/records` lists it (WC-SRV-148). */
export interface StoredRecord {
  bootEpoch: number;
  seq: number;
  kind: string;
  payload: string;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const fromBase64url = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));

/**
 * What a platform case works with (spec/conformance.md §7): the platform's HTTP API as its
 * administrator, its control channel, chips the runner plays, and names unique to this run so a
 * lab's long-lived platform can be tested again and again.
 */
export class PlatformSession {
  /** A short random tag in every name this run creates. */
  readonly runId = randomBytes(3).toString('hex').toUpperCase();
  private serial = 0;
  private readonly chips = new Set<LabChip>();
  private keysCache: PlatformKeys | undefined;

  constructor(
    readonly api: PlatformApi,
    readonly control: PlatformControl,
    readonly manifest: PlatformManifest,
  ) {}

  /** A fresh name for this run: `C<run>-<label><n>` (at most 32 characters, a valid chip id). */
  name(label: string): string {
    this.serial += 1;
    return `C${this.runId}-${label.slice(0, 12)}${this.serial}`;
  }

  /** The platform's public keys (fetched once). */
  async keys(): Promise<PlatformKeys> {
    if (this.keysCache === undefined) {
      const platform = await this.api.ok<{
        keys: Record<'directive' | 'root' | 'issuer', { publicKey: string }>;
      }>('GET', '/v1/platform');
      this.keysCache = {
        directive: fromBase64url(platform.keys.directive.publicKey),
        root: fromBase64url(platform.keys.root.publicKey),
        issuer: fromBase64url(platform.keys.issuer.publicKey),
      };
    }
    return this.keysCache;
  }

  /** Where a lab chip connects: MQTT when the platform has it, else TCP (or the one asked for). */
  target(transport?: 'mqtt' | 'tcp'): ChipLinkTarget {
    const { mqtt, tcp } = this.manifest;
    if (transport !== 'tcp' && mqtt !== undefined) return { transport: 'mqtt', url: mqtt };
    if (tcp !== undefined) return { transport: 'tcp', host: tcp.host, port: tcp.port };
    throw new ConformanceError(
      'ERR_PLATFORM_SETUP',
      `the manifest declares no ${transport ?? 'chip'} endpoint`,
    );
  }

  /** A chip the runner plays, not registered (an unknown chip, or a clone with `secretKey`). */
  async chip(chipId: string, secretKey?: Uint8Array): Promise<LabChip> {
    const chip = new LabChip({
      chipId,
      platformKey: (await this.keys()).directive,
      ...(secretKey ? { secretKey } : {}),
    });
    this.chips.add(chip);
    return chip;
  }

  /** A chip registered on the platform with its key (`POST /v1/chips`). */
  async registeredChip(label: string): Promise<LabChip> {
    const chip = await this.chip(this.name(label));
    await this.api.ok('POST', '/v1/chips', { id: chip.chipId, publicKey: chip.publicKey });
    return chip;
  }

  /** Every record the platform stored for a chip, following the cursors. */
  async storedRecords(chipId: string): Promise<StoredRecord[]> {
    const records: StoredRecord[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page: Page<StoredRecord> = await this.api.ok(
        'GET',
        `/v1/chips/${chipId}/records?limit=500${query}`,
      );
      records.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return records;
  }

  /** Items of a listing (first page of up to 500), e.g. `/v1/alerts?chipId=...`. */
  async list<T = Record<string, unknown>>(path: string): Promise<T[]> {
    const separator = path.includes('?') ? '&' : '?';
    return (await this.api.ok<Page<T>>('GET', `${path}${separator}limit=500`)).items;
  }

  /** Polls `probe` until it holds, for at most `timeoutMs`; resolves whether it held. */
  async eventually(probe: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await probe()) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** Waits for a chip condition; a timeout fails the case with `message`. */
  async waitFor(chip: LabChip, condition: () => boolean, timeoutMs: number, message: string): Promise<void> {
    try {
      await chip.until(condition, timeoutMs);
    } catch {
      throw new CaseFailure(message);
    }
  }

  /** Brings the platform up if a previous case left it down (WC-CONF-030). */
  async ensureRunning(): Promise<void> {
    try {
      const response = await fetch(`${this.api.base}/healthz`);
      if (response.ok) return;
    } catch {}
    await this.control.require('start', {}, 90_000);
    await this.api.ready();
  }

  /**
   * Restarts the platform on empty storage and a test clock at `testClockMs` (group test-clock):
   * a scenario is provisioned from scratch before its day.
   */
  async restartFresh(testClockMs: number): Promise<void> {
    this.closeChips();
    await this.control.require(
      'restart',
      { testClock: new Date(testClockMs).toISOString(), fresh: true },
      90_000,
    );
    await this.api.ready();
    this.api.forgetToken();
    this.keysCache = undefined;
  }

  /** Closes every chip this session made. */
  closeChips(): void {
    for (const chip of this.chips) chip.close();
    this.chips.clear();
  }
}
