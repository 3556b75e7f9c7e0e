import { verifyRegisterRequest } from '@weldcode/protocol';
import { announcedFeatures, type ChipFeature } from '../../capabilities/capability-manifest';
import type { ChipSession } from '../../profiles/chip/chip-session';
import { check, type ProfileCase } from '../../profiles/profile-case';
import { recordsSince } from './observations';

/** Registration, handshake, birth against the manifest, telemetry against the manifest. */
export const SESSION_CASES: ProfileCase<ChipSession>[] = [
  {
    id: 'chip-registration',
    description:
      'The registration request proves possession of the chip key and names the chip id of the hello',
    requirements: ['WC-PROTO-024', 'WC-PROTO-014', 'WC-CONF-020'],
    async run(session) {
      const request = await session.register();
      check(
        request.chipId === session.chipId,
        'register_request names another chip id',
        session.chipId,
        request.chipId,
      );
      check(
        /^[A-Za-z0-9_-]{1,32}$/.test(request.chipId ?? ''),
        'chip id does not match ^[A-Za-z0-9_-]{1,32}$',
      );
      check(request.publicKey?.length === 32, 'public key is not 32 bytes', 32, request.publicKey?.length);
      check(
        request.nonce !== undefined && request.nonce !== null && request.nonce.length > 0,
        'register_request has no nonce',
      );
      check(verifyRegisterRequest(request), 'the proof-of-possession signature does not verify');
    },
  },
  {
    id: 'chip-handshake',
    description:
      'The chip opens with a fresh hello, refuses a challenge signed by an untrusted key, and authenticates with its registered key',
    requirements: ['WC-PROTO-026', 'WC-PROTO-007', 'WC-PROTO-027', 'WC-PROTO-028'],
    async run(session) {
      const { platform } = session;
      if (!platform.chipKeys.has(session.chipId)) await session.register();
      const before = platform.attempts.length;
      const uplinksBefore = platform.uplinks.length;
      platform.faults.foreignChallenge = !platform.online();
      await session.ensureOnline();
      const attempts = platform.attempts.slice(before);
      const first = platform.uplinks[uplinksBefore];
      check(
        first?.envelope.body.kind === 'hello',
        'the first envelope of a connection is not a hello',
        'hello',
        first?.envelope.body.kind,
      );
      check(
        platform.answeredForeignChallenges === 0,
        'the chip answered a challenge signed by an untrusted platform key',
      );
      check(attempts.length >= 2, 'no new hello after the refused challenge', '>= 2 hellos', attempts.length);
      const nonces = new Set(attempts.map((a) => a.nonce));
      check(nonces.size === attempts.length, 'a hello reused a client nonce', attempts.length, nonces.size);
      check(
        attempts.every((a) => a.nonce.length === 32),
        'a client nonce is not 16 bytes',
      );
      check(
        attempts.every((a) => a.versions.includes(1)),
        'hello.versions does not list protocol 1',
      );
      check(platform.online(), 'the chip has no authenticated session');
    },
  },
  {
    id: 'chip-birth-manifest',
    description:
      "After each handshake the chip sends a birth whose sensors equal the manifest's declared features",
    requirements: ['WC-CONF-023'],
    async run(session) {
      await session.ensureOnline();
      const births = session.platform.uplinks.filter((u) => u.envelope.body.kind === 'birth');
      const birth = births.at(-1)?.envelope.body;
      check(birth?.kind === 'birth', 'no birth after the handshake');
      const declared = [...(session.manifest.chip?.features ?? [])].sort();
      const announced = announcedFeatures(birth.value.sensors ?? 0).sort();
      const missing = declared.filter((f: ChipFeature) => !announced.includes(f));
      const undeclared = announced.filter((f) => !declared.includes(f));
      check(
        missing.length === 0 && undeclared.length === 0,
        `birth.sensors and the manifest disagree (declared, not announced: ${missing.join(', ') || 'none'}; announced, not declared: ${undeclared.join(', ') || 'none'})`,
        declared,
        announced,
      );
      check((birth.value.relay ?? 0) !== 0, 'birth.relay is unspecified');
      check((birth.value.bufferCapacity ?? 0) > 0, 'birth.buffer_capacity is 0');
    },
  },
  {
    id: 'chip-telemetry-manifest',
    description: 'Telemetry is well formed and carries exactly the series of the declared sensors',
    requirements: ['WC-PROTO-010', 'WC-CONF-023'],
    async run(session) {
      await session.ensureOnline();
      const since = session.clock.now();
      await session.advance(30_000, 5000);
      const telemetry = recordsSince(session, since).filter((r) => r.body.kind === 'telemetry');
      check(telemetry.length > 0, 'no telemetry in 30 s');
      const series = {
        'current-sensing': 'currentDa',
        'voltage-sensing': 'voltageDv',
        'temperature-sensing': 'temperatureC',
      } as const;
      for (const record of telemetry) {
        if (record.body.kind !== 'telemetry') continue;
        const value = record.body.value;
        const lengths = [value.currentDa, value.voltageDv, value.temperatureC]
          .map((s) => s?.length ?? 0)
          .filter((n) => n > 0);
        const n = lengths[0] ?? 0;
        check(
          n >= 1 && n <= 16 && lengths.every((l) => l === n),
          `telemetry seq ${record.seq} has series of lengths ${lengths.join('/')}`,
        );
        check(
          (value.states ?? 0) < 2 ** (2 * n),
          `telemetry seq ${record.seq} has state bits beyond its ${n} samples`,
        );
        for (const [feature, field] of Object.entries(series)) {
          const present = (value[field]?.length ?? 0) > 0;
          check(
            present === session.declares(feature as ChipFeature),
            `telemetry seq ${record.seq}: series ${field} ${present ? 'present, but' : 'absent, but'} ${feature} is ${present ? 'not ' : ''}declared`,
          );
        }
      }
    },
  },
];
