import { directiveEnvelope } from '@weldcode/protocol';
import type { ChipSession } from '../../profiles/chip/chip-session';
import { check, type ProfileCase } from '../../profiles/profile-case';
import { AlarmKind, alarmsSince, grantFor, recordsSince, revokeAll } from './observations';

/** Cases of the optional feature groups: each runs only when the manifest declares the feature. */
export const OPTIONAL_CASES: ProfileCase<ChipSession>[] = [
  {
    id: 'chip-gnss-location',
    group: 'gnss',
    description: 'A chip declaring GNSS reports WGS-84 fixes within range',
    requirements: ['WC-PROTO-011', 'WC-CONF-023'],
    async run(session) {
      await session.ensureOnline();
      const since = session.clock.now();
      const gnss = () =>
        recordsSince(session, since).filter(
          (r) => r.body.kind === 'location' && r.body.value.source === 1 && r.body.value.latE7 != null,
        );
      await session.advanceUntil(() => gnss().length > 0, 130_000, 5000);
      const fixes = gnss();
      check(fixes.length > 0, 'GNSS declared, but no GNSS fix in 130 s');
      for (const fix of fixes) {
        if (fix.body.kind !== 'location') continue;
        const { latE7 = 0, lonE7 = 0 } = fix.body.value;
        check(
          Math.abs(latE7 ?? 0) <= 900_000_000 && Math.abs(lonE7 ?? 0) <= 1_800_000_000,
          `location seq ${fix.seq} is out of range`,
        );
      }
    },
  },
  {
    id: 'chip-arc-without-grant-alarm',
    group: 'current-sensing',
    description: 'With the relay bypassed, arc current without a grant raises ARC_WITHOUT_GRANT',
    requirements: ['WC-PROTO-050', 'WC-CONF-023'],
    async run(session) {
      await session.ensureOnline();
      await revokeAll(session);
      const since = session.clock.now();
      await session.control.require('bypass-relay', { on: true });
      await session.control.require('trigger', { pulled: true });
      try {
        const raised = () => alarmsSince(session, since, AlarmKind.ALARM_KIND_ARC_WITHOUT_GRANT).length > 0;
        await session.advanceUntil(raised, 10_000);
        check(raised(), 'arc current with the relay open raised no ARC_WITHOUT_GRANT alarm');
      } finally {
        await session.control.require('trigger', { pulled: false });
        await session.control.require('bypass-relay', { on: false });
        await session.advance(1000);
      }
    },
  },
  {
    id: 'chip-enclosure-tamper',
    group: 'enclosure-switch',
    description: 'A chip declaring an enclosure switch raises ENCLOSURE_OPENED when the enclosure opens',
    requirements: ['WC-CONF-023'],
    async run(session) {
      await session.ensureOnline();
      const since = session.clock.now();
      await session.control.require('open-enclosure');
      const raised = () => alarmsSince(session, since, AlarmKind.ALARM_KIND_ENCLOSURE_OPENED).length > 0;
      await session.advanceUntil(raised, 10_000);
      check(raised(), 'enclosure opened, but no ENCLOSURE_OPENED alarm');
    },
  },
  {
    id: 'chip-ble-relay',
    group: 'ble-relay',
    description: 'A grant relayed by a phone over BLE, without a session MAC, energises the machine',
    requirements: ['WC-PROTO-031', 'WC-PROTO-044'],
    async run(session) {
      await session.ensureOnline();
      const signed = session.platform.sign(grantFor(session, 600));
      await session.control.require('ble-relay', {
        envelope: Buffer.from(directiveEnvelope(signed)).toString('hex'),
      });
      await session.advance(2000);
      const state = await session.state();
      await revokeAll(session);
      check(
        state.relayClosed && state.energised,
        'a grant relayed over BLE was not applied',
        { energised: true },
        state,
      );
    },
  },
];
