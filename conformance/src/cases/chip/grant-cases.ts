import type { ChipSession, MachineState } from '../../profiles/chip/chip-session';
import { check, type ProfileCase } from '../../profiles/profile-case';
import { EventKind, eventsSince, grantFor, recordsSince, revokeAll, telemetrySamples } from './observations';

/** Arc current above which a sample counts as an arc (WC-PROTO-050's default threshold, 0.1 A). */
const ARC_THRESHOLD_DA = 50;

async function expectOpen(session: ChipSession, why: string): Promise<void> {
  const state = await session.state();
  check(
    !state.relayClosed && !state.energised,
    `${why}: the machine is energised`,
    { energised: false },
    state,
  );
}

async function expectClosed(session: ChipSession, why: string): Promise<MachineState> {
  const state = await session.state();
  check(
    state.relayClosed && state.energised,
    `${why}: the machine is not energised`,
    { energised: true },
    state,
  );
  return state;
}

/** Sends a refused-grant attempt and checks the relay stays open. */
async function refused(
  session: ChipSession,
  action: ReturnType<typeof grantFor>,
  options: Parameters<ChipSession['platform']['sign']>[1],
  why: string,
) {
  check(
    session.platform.deliver(session.platform.sign(action, options)) !== undefined,
    'the directive could not be sent',
  );
  await session.advance(2000);
  await expectOpen(session, why);
}

/** Grants: power only with a valid grant; expired, foreign and replayed grants refused; lock and revoke. */
export const GRANT_CASES: ProfileCase<ChipSession>[] = [
  {
    id: 'chip-no-power-without-grant',
    description: 'With no grant, pulling the trigger energises nothing and no arc current flows',
    requirements: ['WC-PROTO-048'],
    async run(session) {
      await session.ensureOnline();
      await revokeAll(session);
      const since = session.clock.now();
      await session.control.require('trigger', { pulled: true });
      try {
        await session.advance(10_000, 2000);
        const state = await session.state();
        check(
          !state.energised && !state.arcing,
          'trigger pulled without a grant: the machine is energised',
          { energised: false, arcing: false },
          state,
        );
        for (const record of recordsSince(session, since)) {
          const { currentDa, relayClosed } = telemetrySamples(record);
          check(
            !relayClosed.some(Boolean),
            `telemetry seq ${record.seq} reports the relay closed without a grant`,
          );
          check(
            currentDa.every((a) => a <= ARC_THRESHOLD_DA),
            `telemetry seq ${record.seq} reports arc current without a grant`,
          );
        }
      } finally {
        await session.control.require('trigger', { pulled: false });
        await session.advance(1000);
      }
    },
  },
  {
    id: 'chip-grant-accepted',
    description:
      'A valid grant energises the machine, logs the change as events, and power is cut when it expires',
    requirements: ['WC-PROTO-044', 'WC-PROTO-048', 'WC-PROTO-013'],
    async run(session) {
      await session.ensureOnline();
      const since = session.clock.now();
      check(
        session.platform.deliver(session.platform.sign(grantFor(session, 60))) !== undefined,
        'the grant could not be sent',
      );
      await session.advance(2000);
      await expectClosed(session, 'after a valid grant');
      await session.control.require('trigger', { pulled: true });
      try {
        await session.advance(3000);
        await expectClosed(session, 'welding under a grant');
        check(
          eventsSince(session, since, EventKind.EVENT_KIND_RELAY_CLOSED).length > 0,
          'no RELAY_CLOSED event',
        );
        await session.advance(70_000, 5000);
        await expectOpen(session, 'after the grant expired');
        check(
          eventsSince(session, since, EventKind.EVENT_KIND_RELAY_OPENED).length > 0,
          'no RELAY_OPENED event at expiry',
        );
      } finally {
        await session.control.require('trigger', { pulled: false });
        await session.advance(1000);
      }
    },
  },
  {
    id: 'chip-grant-expired-refused',
    description: 'A grant past its not_after, and a directive issued more than 24 h ago, are refused',
    requirements: ['WC-PROTO-046', 'WC-PROTO-047'],
    async run(session) {
      await session.ensureOnline();
      const nowS = Math.floor(session.clock.now() / 1000);
      await refused(
        session,
        grantFor(session, -300, { notBeforeS: nowS - 900 }),
        {},
        'an expired grant was accepted',
      );
      await refused(
        session,
        grantFor(session, 600),
        { issuedS: nowS - 90_000 },
        'a grant issued 25 h ago was accepted',
      );
    },
  },
  {
    id: 'chip-grant-foreign-refused',
    description: 'A grant signed by an untrusted key, and a grant for another chip, are refused',
    requirements: ['WC-PROTO-045'],
    async run(session) {
      await session.ensureOnline();
      await refused(
        session,
        grantFor(session, 600),
        { foreign: true },
        'a grant signed by an untrusted key was accepted',
      );
      await refused(
        session,
        grantFor(session, 600),
        { chipId: 'WC-CONF-OTHER-CHIP' },
        "another chip's grant was accepted",
      );
    },
  },
  {
    id: 'chip-grant-replayed-refused',
    description: 'A grant already used is refused when its envelope is replayed after a revoke',
    requirements: ['WC-PROTO-045', 'WC-PROTO-046'],
    async run(session) {
      await session.ensureOnline();
      const original = session.platform.deliver(session.platform.sign(grantFor(session, 600)));
      check(original !== undefined, 'the grant could not be sent');
      await session.advance(2000);
      await expectClosed(session, 'after a valid grant');
      await revokeAll(session);
      await expectOpen(session, 'after the revoke');
      session.platform.replay(original);
      await session.advance(2000);
      try {
        await expectOpen(session, 'a replayed grant was accepted');
      } finally {
        await revokeAll(session);
      }
    },
  },
  {
    id: 'chip-lock-revoke',
    description: 'Revoke cuts power while welding; lock cuts power and refuses grants until unlocked',
    requirements: ['WC-PROTO-047', 'WC-PROTO-048', 'WC-PROTO-013'],
    async run(session) {
      await session.ensureOnline();
      const since = session.clock.now();
      const { platform } = session;
      platform.deliver(platform.sign(grantFor(session, 600)));
      await session.advance(2000);
      await expectClosed(session, 'after a valid grant');
      await session.control.require('trigger', { pulled: true });
      try {
        await session.advance(2000);
        await revokeAll(session);
        const state = await session.state();
        check(
          !state.energised && !state.arcing,
          'revoke while welding: power not cut',
          { energised: false },
          state,
        );
        check(
          eventsSince(session, since, EventKind.EVENT_KIND_GRANT_REVOKED).length > 0,
          'no GRANT_REVOKED event',
        );
      } finally {
        await session.control.require('trigger', { pulled: false });
      }
      platform.deliver(platform.sign(grantFor(session, 600)));
      await session.advance(2000);
      await expectClosed(session, 'a grant after the revoke');
      platform.deliver(platform.sign({ lock: { locked: true, reason: 'conformance' } }));
      await session.advance(2000);
      try {
        await expectOpen(session, 'after lock');
        check(eventsSince(session, since, EventKind.EVENT_KIND_LOCKED).length > 0, 'no LOCKED event');
        platform.deliver(platform.sign(grantFor(session, 600)));
        await session.advance(2000);
        await expectOpen(session, 'a grant while locked was accepted');
      } finally {
        platform.deliver(platform.sign({ lock: { locked: false, reason: 'conformance' } }));
        await session.advance(2000);
      }
      check(eventsSince(session, since, EventKind.EVENT_KIND_UNLOCKED).length > 0, 'no UNLOCKED event');
      platform.deliver(platform.sign(grantFor(session, 600)));
      await session.advance(2000);
      await expectClosed(session, 'a grant after unlocking');
      await revokeAll(session);
    },
  },
];
