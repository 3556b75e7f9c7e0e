import { ReconnectBackoff } from '@weldcode/protocol';
import type { VirtualChip } from '../chip/virtual-chip';
import { FaultPipe, type FaultPlan } from '../faults/fault-pipe';
import type { PlatformHarness } from '../harness/platform-harness';
import type { SeededRandom } from '../random';
import type { SimClock } from '../sim-clock';

interface Attachment {
  chip: VirtualChip;
  up: FaultPipe;
  down: FaultPipe;
  connected: boolean;
  connection: string;
  generation: number;
  backoff: ReconnectBackoff;
  reconnectAtMs?: number;
  connectedAtMs: number;
}

/**
 * An in-process network between virtual chips and a platform harness: synchronous, so a test
 * is deterministic from its seed, with a {@link FaultPipe} in each direction of each link, link
 * loss with the chip's Last Will, broker restarts and reconnect storms with jittered back-off
 * (ReconnectBackoff of @weldcode/protocol, fed by the seeded stream).
 *
 * @example
 * ```ts
 * import { MemoryNetwork } from '@weldcode/simulator';
 *
 * const net = new MemoryNetwork(harness, clock, seededRandom(1));
 * net.attach(chip);
 * net.step(); // pumps delayed messages and reconnects
 * ```
 */
export class MemoryNetwork {
  private readonly links = new Map<VirtualChip, Attachment>();

  constructor(
    private readonly harness: PlatformHarness,
    private readonly clock: SimClock,
    private readonly random: SeededRandom,
    private readonly faults: { up?: FaultPlan; down?: FaultPlan } = {},
  ) {
    harness.send = (connection, _chipId, bytes) => {
      for (const link of this.links.values())
        if (link.connected && link.connection === connection) link.down.push(bytes);
    };
  }

  /** Wires a chip to the platform and connects it. */
  attach(chip: VirtualChip, faults: { up?: FaultPlan; down?: FaultPlan } = this.faults): void {
    const random = this.random.fork(`link-${chip.chipId}-${this.links.size}`);
    const link: Attachment = {
      chip,
      connected: false,
      connection: '',
      generation: 0,
      connectedAtMs: 0,
      backoff: new ReconnectBackoff({ baseMs: 5000, capMs: 300_000, random: random.fork('backoff').next }),
      up: new FaultPipe(faults.up ?? {}, random.fork('up'), this.clock, (bytes) => {
        if (link.connected) this.harness.receive(link.connection, chip.chipId, bytes);
      }),
      down: new FaultPipe(faults.down ?? {}, random.fork('down'), this.clock, (bytes) => {
        if (link.connected) chip.deliver(bytes);
      }),
    };
    chip.transmit = (bytes) => {
      if (link.connected) link.up.push(bytes);
    };
    this.links.set(chip, link);
    this.connect(link);
  }

  private connect(link: Attachment): void {
    if (link.chip.removed) return;
    link.generation++;
    // one connection id per link and connection: a clone never shares its twin's connection
    link.connection = `${link.chip.chipId}#${this.indexOf(link)}.${link.generation}`;
    link.connected = true;
    link.connectedAtMs = this.clock.now();
    link.reconnectAtMs = undefined;
    link.chip.linkUp();
  }

  private indexOf(link: Attachment): number {
    return [...this.links.values()].indexOf(link);
  }

  /** Drops a chip's link without a goodbye: the broker publishes its Last Will. */
  drop(chip: VirtualChip, reconnect = true): void {
    const link = this.links.get(chip);
    if (link === undefined || !link.connected) return;
    link.connected = false;
    link.up.clear();
    link.down.clear();
    chip.linkDown();
    this.harness.disconnected(link.connection, chip.chipId, true);
    link.backoff.sessionEnded(this.clock.now() - link.connectedAtMs);
    link.reconnectAtMs = reconnect ? this.clock.now() + link.backoff.next() : undefined;
  }

  /** Brings a dropped link back now (the chip found coverage again). */
  reconnect(chip: VirtualChip): void {
    const link = this.links.get(chip);
    if (link !== undefined && !link.connected) this.connect(link);
  }

  /** The broker restarts: every link drops at once, then a reconnect storm spread by back-off. */
  restartBroker(): void {
    for (const chip of this.links.keys()) this.drop(chip);
  }

  /** Pumps delayed messages, notices removed chips, reconnects links whose back-off ran out. */
  step(): void {
    const now = this.clock.now();
    for (const link of this.links.values()) {
      if (link.connected && link.chip.removed) this.drop(link.chip, false);
      if (link.connected) {
        link.up.pump();
        link.down.pump();
      } else if (link.reconnectAtMs !== undefined && link.reconnectAtMs <= now) {
        this.connect(link);
      }
    }
  }

  isConnected(chip: VirtualChip): boolean {
    return this.links.get(chip)?.connected ?? false;
  }

  /** Every pipe, for fault counts. */
  pipes(): FaultPipe[] {
    return [...this.links.values()].flatMap((l) => [l.up, l.down]);
  }

  /** Reconnects per link so far. */
  connections(chip: VirtualChip): number {
    return this.links.get(chip)?.generation ?? 0;
  }
}
