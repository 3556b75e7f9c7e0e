import { describe, expect, it } from 'vitest';
import { tinyWorld } from './fixture';

describe('virtual chip', () => {
  it('WC-SIM-001: registers with a proof of possession and authenticates before sending records', () => {
    const { world, run, chip } = tinyWorld();
    const c = chip(101);
    const forged = { ...c.registration('SN-X', 'installer-1'), machineSerial: 'SN-OTHER' };
    expect(
      world.harness.registerMachine(forged, {
        machineId: 999,
        site: { siteId: 1, centre: { lat: 0, lon: 0 }, radiusM: 1 },
      }),
    ).toBe(false);
    expect(c.machine.status).toBe('online');
    run(30);
    expect(world.harness.machine.isOnline(c.chipId)).toBe(true);
    expect(
      world.harness.records.filter((r) => r.chipId === c.chipId && r.body.kind === 'telemetry').length,
    ).toBe(3);
  });

  it('WC-SIM-002: keeps the relay open and strikes no arc until a valid grant arrives', () => {
    const { run, chip, grant } = tinyWorld();
    const c = chip(101);
    c.working = true;
    run(300);
    expect(c.machine.relayClosed).toBe(false);
    expect(c.stats.arcSeconds).toBe(0);
    expect(grant(101).granted).toBe(true);
    run(600);
    expect(c.machine.relayClosed).toBe(true);
    expect(c.stats.arcSeconds).toBeGreaterThan(0);
    expect(c.stats.bypassArcSeconds).toBe(0);
  });

  it('WC-SIM-003: opens the relay when the grant expires and reports the arc session', () => {
    const { world, run, chip, grant } = tinyWorld();
    const c = chip(102);
    c.working = true;
    grant(102);
    run(60);
    expect(c.machine.relayClosed).toBe(true);
    run(2 * 3600); // the permit window ends after 2 h
    expect(c.machine.relayClosed).toBe(false);
    const sessions = world.harness.records.filter(
      (r) => r.chipId === c.chipId && r.body.kind === 'arcSession',
    );
    expect(sessions.length).toBe(1);
    const arcSeconds = c.stats.arcSeconds;
    run(600);
    expect(c.stats.arcSeconds).toBe(arcSeconds);
  });

  it('WC-SIM-004: a lock directive and a revoke open the relay at once', () => {
    const { world, run, chip, grant } = tinyWorld();
    const c = chip(101);
    grant(101);
    run(5);
    expect(c.machine.relayClosed).toBe(true);
    world.harness.directive(c.chipId, { lock: { locked: true } });
    run(1);
    expect(c.machine.relayClosed).toBe(false);
    expect(grant(101).granted).toBe(true);
    run(1);
    expect(c.machine.relayClosed).toBe(false); // locked: the grant is refused
    world.harness.directive(c.chipId, { lock: { locked: false } });
    grant(101);
    run(1);
    expect(c.machine.relayClosed).toBe(true);
    world.harness.directive(c.chipId, { revoke: {} });
    run(1);
    expect(c.machine.relayClosed).toBe(false);
  });

  it('WC-SIM-005: buffers records while offline and backfills them as historical after reconnecting', () => {
    const { world, net, run, chip } = tinyWorld();
    const c = chip(101);
    run(20);
    net.drop(c, false);
    run(600);
    expect(c.machine.buffer.records.length).toBeGreaterThan(60);
    const before = world.harness.records.length;
    net.reconnect(c);
    run(60);
    expect(c.machine.buffer.records.length).toBeLessThan(5);
    const historical = world.harness.records
      .slice(before)
      .filter((r) => r.historical && r.chipId === c.chipId);
    expect(historical.length).toBeGreaterThan(60);
    expect(world.harness.alerts.filter((a) => a.kind === 'LOG_TAMPER')).toEqual([]);
  });

  it('WC-SIM-005, WC-SIM-015: a reboot keeps unacknowledged records and nonces; the relay comes back open', () => {
    const { world, net, run, chip, grant } = tinyWorld();
    const c = chip(101);
    const { relay } = grant(101) as { relay: Uint8Array };
    run(5);
    expect(c.machine.relayClosed).toBe(true);
    net.drop(c, false);
    run(300);
    const oldEpoch = c.machine.buffer.records[0]?.epoch;
    const pending = c.machine.buffer.records.map((r) => r.seq);
    expect(pending.length).toBeGreaterThan(20);
    c.reboot();
    expect(c.machine.relayClosed).toBe(false);
    expect(c.relayed(relay).directive).toMatchObject({ ok: false, code: 'ERR_PROTO_REPLAYED' });
    net.reconnect(c);
    run(60);
    const stored = new Set(
      world.harness.records.filter((r) => r.chipId === c.chipId && r.epoch === oldEpoch).map((r) => r.seq),
    );
    expect(pending.filter((seq) => !stored.has(seq))).toEqual([]);
    expect(world.harness.records.some((r) => r.chipId === c.chipId && r.epoch === (oldEpoch ?? 0) + 1)).toBe(
      true,
    );
  });

  it('WC-SIM-006: hash-chains every record; the platform sees the same log head', () => {
    const { world, run, chip } = tinyWorld();
    const c = chip(101);
    run(300);
    expect(c.machine.chain.seq).toBeGreaterThan(30);
    expect(world.harness.alerts.filter((a) => a.kind === 'LOG_TAMPER' || a.kind === 'LOG_GAP')).toEqual([]);
  });

  it('WC-SIM-007: a skewed and drifting clock is corrected by the handshake and time sync', () => {
    const { world, run, chip } = tinyWorld({
      machines: [
        { id: 101, site: 11, kind: 'tig', skewMs: 90_000, driftPpm: 100 },
        { id: 102, site: 11, kind: 'arc' },
      ],
    });
    const c = chip(101);
    expect(Math.abs(c.localClock() - world.clock.now())).toBeGreaterThanOrEqual(90_000);
    run(2 * 3600);
    // drift accumulated 0.72 s over two hours; the hourly sync keeps the corrected clock within 1 s
    expect(Math.abs(c.machine.now() - world.clock.now())).toBeLessThan(1000);
  });

  it('WC-SIM-008: repeats an alarm until the platform acknowledges it', () => {
    const { world, run, chip } = tinyWorld();
    const c = chip(101);
    c.openEnclosure();
    run(30);
    expect(c.machine.buffer.records.filter((r) => r.kind === 'alarm').length).toBe(0);
    expect(world.harness.alerts.filter((a) => a.kind === 'ENCLOSURE_OPENED').length).toBe(1);
  });

  it('WC-SIM-009: signals follow the machine kind (plasma voltage far above MIG voltage)', () => {
    const { world, run, chip, grant } = tinyWorld({
      machines: [
        { id: 101, site: 11, kind: 'mig-mag' },
        { id: 102, site: 11, kind: 'plasma-cutting' },
      ],
    });
    for (const id of [101, 102]) {
      chip(id).working = true;
      grant(id);
    }
    run(900);
    const sessions = (id: number) =>
      world.harness.records.filter((r) => r.chipId === chip(id).chipId && r.body.kind === 'telemetry');
    const firstVoltageWhileArcing = (id: number) => {
      for (const r of sessions(id)) {
        if (r.body.kind !== 'telemetry') continue;
        let v = 0;
        let a = 0;
        const cur = r.body.value.currentDa ?? [];
        const vol = r.body.value.voltageDv ?? [];
        for (let i = 0; i < cur.length; i++) {
          a += cur[i] as number;
          v += vol[i] as number;
          if (a > 50) return v;
        }
      }
      return 0;
    };
    expect(firstVoltageWhileArcing(102)).toBeGreaterThan(900);
    expect(firstVoltageWhileArcing(101)).toBeLessThan(400);
  });
});
