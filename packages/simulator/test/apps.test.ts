import { describe, expect, it } from 'vitest';
import { BleLink, InspectorApp, offsetMetres, WorkerApp } from '../src/index';
import { tinyWorld } from './fixture';

describe('virtual apps', () => {
  it('WC-SIM-050: the worker app relays a grant to an offline chip over BLE stream frames', () => {
    const { world, net, run, chip } = tinyWorld();
    const c = chip(101);
    run(60); // the platform has the chip's fix
    net.drop(c, false);
    const app = new WorkerApp({
      workerId: 5001,
      credentialText: world.credentials.get(5001)?.text,
      verifier: new InspectorApp([world.rootPublicKey], world.trustList, () => world.clock.now() / 1000)
        .verifier,
      api: world.harness,
    });
    const phone = offsetMetres(c.positionSignal.position, 3, 0);
    const scanned = ` ${world.plates.get(101)?.text.toLowerCase()} `; // a sloppy scanner
    const result = app.scan(scanned, {
      phone,
      permitText: world.permits.get(9001)?.text,
      fireWatcher: phone,
      chip: c,
      viaBle: true,
    });
    expect(result.plate?.machineId).toBe(101);
    expect(result.decision.granted).toBe(true);
    expect(result.relayedOverBle).toBe(true);
    expect(c.machine.relayClosed).toBe(true);
  });

  it('WC-SIM-051: a BLE transfer with a corrupted chunk is dropped by the frame CRC', () => {
    const { chip, grant } = tinyWorld();
    const c = chip(102);
    const { relay } = grant(102) as { relay: Uint8Array };
    c.machine.disconnect();
    c.machine.relayClosed = false;
    const flip = (chunk: Uint8Array) => {
      const copy = chunk.slice();
      copy[copy.length - 1] = (copy[copy.length - 1] as number) ^ 1;
      return copy;
    };
    expect(new BleLink(c, 20, flip).send(relay)).toEqual([]);
  });

  it('WC-SIM-052: the inspector app verifies plates, credentials and permits offline', () => {
    const { world } = tinyWorld({
      workers: [
        {
          id: 5001,
          name: '张建国',
          certificates: [{ type: 'em-welding', validFrom: '2022-01-01', validTo: '2028-01-01' }],
        },
        {
          id: 5002,
          name: '李明',
          certificates: [{ type: 'em-welding', validFrom: '2020-01-01', validTo: '2026-05-01' }],
        },
        {
          id: 5101,
          name: '周监护',
          certificates: [{ type: 'em-welding', validFrom: '2022-01-01', validTo: '2028-01-01' }],
        },
      ],
    });
    const inspector = new InspectorApp(
      [world.rootPublicKey],
      world.trustList,
      () => world.clock.now() / 1000,
    );
    expect(inspector.trustList).toMatchObject({ accepted: true });
    expect(inspector.check(world.plates.get(101)?.text ?? '').valid).toBe(true);
    expect(inspector.check(world.credentials.get(5001)?.text ?? '').valid).toBe(true);
    expect(inspector.check(world.credentials.get(5002)?.text ?? '')).toMatchObject({
      valid: false,
      reason: 'EXPIRED',
    });
    const permit = world.permits.get(9001)?.text ?? '';
    expect(
      inspector.checkPermit(
        permit,
        [world.credentials.get(5001)?.text ?? ''],
        [world.plates.get(102)?.text ?? ''],
      ).valid,
    ).toBe(true);
    expect(inspector.checkPermit(permit, [world.credentials.get(5101)?.text ?? ''], []).reason).toBe(
      'BINDING_MISMATCH',
    );
  });
});
