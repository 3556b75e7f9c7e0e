import { decodeEnvelope, type RegisterRequest, verifyRegisterRequest } from '@weldcode/protocol';
import type { CapabilityManifest, ChipFeature } from '../../capabilities/capability-manifest';
import { ConformanceError } from '../../conformance-error';
import type { ChipControl } from './chip-control';
import type { LabPlatform } from './lab-platform';
import type { PlatformTransport } from './platform-transports';

/** The runner's clock: simulated (moved by `advance`) or the wall clock. */
export class RunnerClock {
  private offsetMs = 0;
  private simulatedMs: number;

  constructor(readonly simulated: boolean) {
    this.simulatedMs = Math.floor(Date.now() / 1000) * 1000;
  }

  now(): number {
    return (this.simulated ? this.simulatedMs : Date.now()) + this.offsetMs;
  }

  /** Time passed on the chip (simulated clocks only move here). */
  passed(ms: number): void {
    if (this.simulated) this.simulatedMs += ms;
  }

  /** The platform's clock jumps (e.g. corrected by NTP): the chip must follow it through time sync. */
  shift(ms: number): void {
    this.offsetMs += ms;
  }
}

/** What the chip testee reports as measured at the machine (WC-CONF-020). */
export interface MachineState {
  relayClosed: boolean;
  energised: boolean;
  arcing: boolean;
}

/** How long either side waits for the other's envelopes in a `sync` before counting them lost. */
const SYNC_WAIT_MS = 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Everything a chip-profile case works with: the control channel to the chip under test, the
 * platform the runner plays, the clock, and the declared capabilities.
 */
export class ChipSession {
  registration: RegisterRequest | undefined;
  private connected = false;
  private syncSupported = true;
  private lostUplinks = 0;
  private lostDownlinks = 0;

  constructor(
    readonly control: ChipControl,
    readonly platform: LabPlatform,
    readonly transport: PlatformTransport,
    readonly clock: RunnerClock,
    readonly manifest: CapabilityManifest,
  ) {}

  get chipId(): string {
    return this.control.hello.chipId;
  }

  declares(feature: ChipFeature): boolean {
    return this.manifest.chip?.features.includes(feature) ?? false;
  }

  /**
   * Lets `ms` of chip time pass in steps of `stepMs`, settling the traffic after each step so the
   * runner's clock and the chip's agree on when things happened.
   */
  async advance(ms: number, stepMs = 1000): Promise<void> {
    // what the runner sent since the last step reaches the chip before its clock moves on
    await this.settle();
    for (let done = 0; done < ms; done += stepMs) {
      const step = Math.min(stepMs, ms - done);
      // the chip's clock moves at the start of the step, so what it sends during it is stamped after it
      this.clock.passed(step);
      await this.control.require('advance', { ms: step }, step + 30_000);
      await this.settle();
    }
  }

  /** Advances in steps until `predicate` holds or `maxMs` passed; resolves to whether it held. */
  async advanceUntil(predicate: () => boolean, maxMs: number, stepMs = 1000): Promise<boolean> {
    await this.settle();
    for (let done = 0; done < maxMs && !predicate(); done += stepMs) await this.advance(stepMs, stepMs);
    return predicate();
  }

  /**
   * Waits until both sides have processed what the other sent (WC-CONF-020 `sync`): the chip
   * waits for the downlinks the runner sent, the runner for the uplinks the chip sent, repeated
   * while answers cause more traffic. Without `sync`, waits for 250 ms of silence.
   */
  async settle(): Promise<void> {
    if (!this.syncSupported) return this.quiet(250);
    // during an enforced outage envelopes are lost on purpose: do not wait for them
    const patience = this.platform.faults.outage ? 0 : SYNC_WAIT_MS;
    for (let round = 0; round < 20; round++) {
      const downlinks = this.platform.downlinkCount - this.lostDownlinks;
      const reply = await this.control.command('sync', { downlinks, waitMs: patience });
      if (!reply.ok) {
        this.syncSupported = false;
        return this.quiet(250);
      }
      // envelopes written into a connection as it closed never arrive: stop waiting for them
      const received = Number(reply.downlinks ?? 0);
      if (received < downlinks) this.lostDownlinks += downlinks - received;
      const uplinks = Number(reply.uplinks ?? 0);
      const arrived = () => this.platform.uplinkCount + this.lostUplinks >= uplinks;
      for (let waited = 0; !arrived() && waited < patience; waited += 2) await sleep(2);
      if (!arrived()) this.lostUplinks = uplinks - this.platform.uplinkCount;
      if (this.platform.downlinkCount - this.lostDownlinks === downlinks) return;
    }
  }

  private async quiet(ms: number): Promise<void> {
    let last = -1;
    while (last !== this.platform.uplinkCount + this.platform.downlinkCount) {
      last = this.platform.uplinkCount + this.platform.downlinkCount;
      await sleep(ms);
    }
  }

  /**
   * Asks the chip for its registration request (WC-PROTO-024) and registers its key with the
   * runner's platform when the proof of possession holds.
   */
  async register(): Promise<RegisterRequest> {
    const reply = await this.control.require('register', {
      platformKey: Buffer.from(this.platform.publicKey).toString('hex'),
      machineSerial: 'CONF-MACHINE-0001',
      installerId: 'conformance-lab',
    });
    const envelope = decodeEnvelope(new Uint8Array(Buffer.from(String(reply.request ?? ''), 'hex')));
    if (envelope.body.kind !== 'registerRequest') {
      throw new ConformanceError(
        'ERR_CHIP_CONTROL',
        `register returned a ${envelope.body.kind}, not a register_request`,
      );
    }
    const request = envelope.body.value;
    if (
      verifyRegisterRequest(request) &&
      request.chipId === this.chipId &&
      request.publicKey?.length === 32
    ) {
      this.platform.chipKeys.set(this.chipId, request.publicKey);
    }
    this.registration = request;
    return request;
  }

  /** Registers, connects and waits until the chip has a session: the base state of every case. */
  async ensureOnline(maxMs = 400_000): Promise<void> {
    if (!this.platform.chipKeys.has(this.chipId)) await this.register();
    if (!this.connected) {
      await this.control.require('connect', this.transport.connectArgs);
      this.connected = true;
    }
    if (!(await this.advanceUntil(() => this.platform.online(), maxMs, 2000))) {
      throw new ConformanceError('ERR_CHIP_CONTROL', 'prerequisite failed: the chip did not come online');
    }
  }

  /**
   * Starts or ends an enforced outage (WC-CONF-026): the platform answers nothing, and the
   * transport refuses connections where it can. Resolves to whether connections are refused.
   */
  async outage(on: boolean): Promise<boolean> {
    this.platform.faults.outage = on;
    const refusing = await this.transport.outage(on);
    // a broker that went down sends no Last Will: the platform knows the session is gone
    if (on && refusing && this.platform.connection !== undefined)
      this.platform.closed(this.platform.connection);
    await this.settle();
    return refusing;
  }

  /** The relay and output as measured at the machine. */
  async state(): Promise<MachineState> {
    const reply = await this.control.require('state');
    return {
      relayClosed: reply.relayClosed === true,
      energised: reply.energised === true,
      arcing: reply.arcing === true,
    };
  }
}
