import { proto } from '@weldcode/protocol';
import type { PlatformSession } from '../../profiles/platform/platform-session';
import { check, type ProfileCase } from '../../profiles/profile-case';

const AuthStatus = proto.v1.AuthStatus;

/** Whether an alert of `kind` about `chipId` is (eventually) listed. */
export function alertRaised(session: PlatformSession, kind: string, chipId: string, timeoutMs = 5_000) {
  return session.eventually(
    async () => (await session.list(`/v1/alerts?kind=${kind}&chipId=${chipId}`)).length > 0,
    timeoutMs,
  );
}

/** Chip authentication: registered chips in, unknown chips and clones out (spec/conformance.md §7.4). */
export const CHIP_AUTH_CASES: readonly ProfileCase<PlatformSession>[] = [
  {
    id: 'platform-chip-auth',
    description:
      'a registered chip completes the handshake and its records are acknowledged; an unregistered chip id is refused with AUTH_STATUS_UNKNOWN_CHIP and raises UNKNOWN_CHIP',
    requirements: ['WC-SRV-051', 'WC-SRV-128', 'WC-PROTO-026', 'WC-CONF-031'],
    async run(session) {
      const chip = await session.registeredChip('auth');
      const status = await chip.connect(session.target());
      check(
        status === AuthStatus.AUTH_STATUS_OK,
        'a registered chip is not authenticated',
        'AUTH_STATUS_OK',
        status,
      );
      chip.record({ kind: 'telemetry', value: { startS: Math.floor(Date.now() / 1000), currentDa: [0] } });
      await session.waitFor(
        chip,
        () => chip.allAcked(),
        10_000,
        "the registered chip's records are not acknowledged",
      );

      const stranger = await session.chip(session.name('unknown'));
      const refused = await stranger.connect(session.target());
      check(
        refused === AuthStatus.AUTH_STATUS_UNKNOWN_CHIP,
        'an unregistered chip id is not refused with AUTH_STATUS_UNKNOWN_CHIP',
        AuthStatus.AUTH_STATUS_UNKNOWN_CHIP,
        refused ?? 'no auth_result',
      );
      check(stranger.machine.status !== 'online', 'an unregistered chip got a session');
      check(
        await alertRaised(session, 'UNKNOWN_CHIP', stranger.chipId),
        'no UNKNOWN_CHIP alert for the refused chip',
      );
    },
  },
  {
    id: 'platform-chip-clone',
    description:
      "a clone (the chip's id, another key) cannot be registered, is refused with AUTH_STATUS_BAD_SIGNATURE and raises CLONED_CHIP; the genuine chip still connects",
    requirements: ['WC-SRV-034', 'WC-SRV-053', 'WC-SRV-128', 'WC-CONF-031'],
    async run(session) {
      const genuine = await session.registeredChip('genuine');
      const clone = await session.chip(genuine.chipId);
      const registration = await session.api.request('POST', '/v1/chips', {
        body: { id: clone.chipId, publicKey: clone.publicKey },
      });
      check(
        registration.status === 409,
        "registering a second key under a chip's id is not refused with 409",
        409,
        registration.status,
      );
      const status = await clone.connect(session.target());
      check(
        status === AuthStatus.AUTH_STATUS_BAD_SIGNATURE,
        'a clone (same id, other key) is not refused with AUTH_STATUS_BAD_SIGNATURE',
        AuthStatus.AUTH_STATUS_BAD_SIGNATURE,
        status ?? 'no auth_result',
      );
      check(clone.machine.status !== 'online', 'the clone got a session');
      check(await alertRaised(session, 'CLONED_CHIP', genuine.chipId), 'no CLONED_CHIP alert for the clone');
      clone.close();
      const genuineStatus = await genuine.connect(session.target());
      check(
        genuineStatus === AuthStatus.AUTH_STATUS_OK,
        'the genuine chip is refused after the clone tried',
        'AUTH_STATUS_OK',
        genuineStatus,
      );
    },
  },
  {
    id: 'platform-tcp-framing',
    group: 'tcp-framing',
    description:
      'over the TCP stream framing a registered chip authenticates, bytes that form no frame are skipped, and its records are acknowledged and stored',
    requirements: ['WC-SRV-059', 'WC-PROTO-023', 'WC-CONF-031'],
    async run(session) {
      const chip = await session.registeredChip('tcp');
      const status = await chip.connect(session.target('tcp'));
      check(
        status === AuthStatus.AUTH_STATUS_OK,
        'a registered chip is not authenticated over TCP',
        'AUTH_STATUS_OK',
        status,
      );
      chip.sendRawFrameNoise();
      chip.record({ kind: 'telemetry', value: { startS: Math.floor(Date.now() / 1000), currentDa: [0] } });
      await session.waitFor(
        chip,
        () => chip.allAcked(),
        10_000,
        'records after framing noise are not acknowledged',
      );
      const stored = await session.storedRecords(chip.chipId);
      check(
        stored.length === chip.records.size,
        'not every acknowledged record is stored',
        chip.records.size,
        stored.length,
      );
    },
  },
];
