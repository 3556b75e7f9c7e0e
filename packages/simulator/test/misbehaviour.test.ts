import { getPublicKey, sha256 } from '@weldcode/crypto';
import { describe, expect, it } from 'vitest';
import { seededRandom, VirtualChip } from '../src/index';
import { tinyWorld } from './fixture';

const kinds = (alerts: { kind: string; chipId: string }[], chipId: string) =>
  alerts.filter((a) => a.chipId === chipId).map((a) => a.kind);

describe('misbehaviour on demand', () => {
  it('WC-SIM-010: a bypassed relay arcs without a grant and the platform raises BYPASS', () => {
    const { world, run, chip } = tinyWorld();
    const c = chip(101);
    c.bypassRelay();
    c.working = true;
    run(600);
    expect(c.machine.relayClosed).toBe(false);
    expect(c.stats.bypassArcSeconds).toBeGreaterThan(0);
    expect(kinds(world.harness.alerts, c.chipId)).toContain('BYPASS');
    expect(kinds(world.harness.alerts, chip(102).chipId)).not.toContain('BYPASS');
  });

  it('WC-SIM-011: an opened enclosure raises ENCLOSURE_OPENED and later unlocks are refused', () => {
    const { world, run, chip, grant } = tinyWorld();
    const c = chip(101);
    c.openEnclosure();
    run(10);
    expect(kinds(world.harness.alerts, c.chipId)).toContain('ENCLOSURE_OPENED');
    const decision = grant(101);
    expect(decision.granted ? 'granted' : decision.reason).toBe('MACHINE_TAMPERED');
  });

  it('WC-SIM-012: a removed chip sends CHIP_REMOVED, then falls silent and its Last Will fires', () => {
    const { world, run, chip } = tinyWorld();
    const c = chip(101);
    run(10);
    c.removeChip();
    const sent = c.stats.sent;
    run(300);
    expect(c.stats.sent).toBe(sent);
    expect(kinds(world.harness.alerts, c.chipId)).toEqual(
      expect.arrayContaining(['CHIP_REMOVED', 'CHIP_OFFLINE']),
    );
  });

  it('WC-SIM-013: a power cut de-energises the machine and raises POWER_CUT', () => {
    const { world, run, chip, grant } = tinyWorld();
    const c = chip(101);
    c.working = true;
    grant(101);
    run(30);
    c.cutPower();
    const arc = c.stats.arcSeconds;
    run(120);
    expect(c.energised).toBe(false);
    expect(c.stats.arcSeconds).toBe(arc);
    expect(kinds(world.harness.alerts, c.chipId)).toContain('POWER_CUT');
  });

  it('WC-SIM-014: a cloned chip (same id, other key) is refused and raises CLONED_CHIP', () => {
    const { world, net, run, chip } = tinyWorld();
    const original = chip(101);
    const clone = new VirtualChip({
      chipId: original.chipId,
      secretKey: sha256(new TextEncoder().encode('clone')),
      platformKeys: [world.harness.publicKey],
      machineKind: 'mig-mag',
      clock: world.clock,
      random: seededRandom(99),
      position: original.positionSignal.position,
    });
    expect(getPublicKey(sha256(new TextEncoder().encode('clone')))).not.toEqual(original.publicKey);
    net.attach(clone);
    run(30);
    expect(clone.machine.status).not.toBe('online');
    expect(original.machine.status).toBe('online');
    expect(kinds(world.harness.alerts, original.chipId)).toContain('CLONED_CHIP');
  });

  it('WC-SIM-015: a replayed grant is rejected by the chip and reported', () => {
    const { world, run, chip, grant } = tinyWorld();
    const c = chip(101);
    const decision = grant(101);
    run(5);
    expect(c.machine.relayClosed).toBe(true);
    world.harness.directive(c.chipId, { revoke: {} });
    run(5);
    expect(c.machine.relayClosed).toBe(false);
    const replay = c.relayed((decision as { relay: Uint8Array }).relay);
    expect(replay.directive?.ok).toBe(false);
    expect(c.machine.relayClosed).toBe(false);
    run(5);
    expect(kinds(world.harness.alerts, c.chipId)).toContain('GRANT_REJECTED');
  });

  it('WC-SIM-016: a chip that never understands acks keeps retransmitting; the platform deduplicates', () => {
    const { world, run, chip } = tinyWorld();
    const deaf = chip(101);
    const normal = chip(102);
    deaf.misbehaviour.ignoresAcks = true;
    run(600);
    expect(deaf.machine.buffer.records.length).toBeGreaterThan(50);
    expect(normal.machine.buffer.records.length).toBeLessThan(5);
    expect(deaf.stats.sent).toBeGreaterThan(normal.stats.sent);
    const stored = world.harness.records.filter((r) => r.chipId === deaf.chipId);
    expect(new Set(stored.map((r) => r.seq)).size).toBe(stored.length);
  });
});
