import { describe, expect, it } from 'vitest';
import {
  applyDirective,
  type Directive,
  type DirectiveContext,
  directiveEnvelope,
  proto,
  type SignedDirective,
  signDirective,
} from '../src/index';
import { Link, seededRandom, seedKey, T0 } from './support/harness';

const platform = seedKey('platform');
const nowS = T0 / 1000;
const grantId = new Uint8Array(16).fill(0xab);
const EventKind = proto.v1.EventKind;

function context(overrides: Partial<DirectiveContext> = {}): DirectiveContext {
  return {
    chipId: 'WC-1',
    platformKeys: [platform.publicKey],
    nowS,
    nonces: new Map(),
    locked: false,
    grant: undefined,
    configVersion: 3,
    geofenceVersion: 3,
    ...overrides,
  };
}

let nonceCounter = 0;
function signed(partial: Partial<Directive>, key = platform): SignedDirective {
  const nonce = new Uint8Array(16);
  nonce[0] = ++nonceCounter;
  return signDirective({ chipId: 'WC-1', nonce, issuedS: nowS, ...partial }, key.secretKey, key.publicKey);
}

const grant = (extra: Record<string, unknown> = {}) =>
  signed({
    grant: { grantId, workerId: 'W-1', permitId: 'P-1', notBeforeS: nowS, notAfterS: nowS + 3600, ...extra },
  });

describe('directives and grants', () => {
  it('WC-PROTO-045: key, signature, chip id and nonce are checked in that order', () => {
    const other = seedKey('other');
    expect(applyDirective(grant(), context({ platformKeys: [other.publicKey] }))).toMatchObject({
      code: 'ERR_PROTO_UNKNOWN_KEY',
    });
    const bad = grant();
    const signature = (bad.signature as Uint8Array).slice();
    signature[5] = (signature[5] as number) ^ 1;
    expect(applyDirective({ ...bad, signature }, context())).toMatchObject({
      code: 'ERR_PROTO_BAD_SIGNATURE',
    });
    expect(applyDirective(grant(), context({ chipId: 'WC-2' }))).toMatchObject({ code: 'ERR_PROTO_FOREIGN' });
    const once = grant();
    const ctx = context();
    expect(applyDirective(once, ctx)).toMatchObject({ ok: true, action: 'grant' });
    expect(applyDirective(once, ctx)).toMatchObject({ ok: false, code: 'ERR_PROTO_REPLAYED' });
  });

  it('WC-PROTO-046: directives issued more than 24 h ago are expired; nonces are forgotten only after', () => {
    expect(
      applyDirective(signed({ lock: { locked: true }, issuedS: nowS - 86_401 }), context()),
    ).toMatchObject({
      code: 'ERR_PROTO_EXPIRED',
    });
    const ctx = context();
    applyDirective(signed({ lock: { locked: true } }), ctx);
    const [until] = [...ctx.nonces.values()];
    expect(until).toBe(nowS + 86_400);
  });

  it('WC-PROTO-047: expired, not yet valid, and locked grants are refused', () => {
    expect(applyDirective(grant({ notAfterS: nowS - 1 }), context())).toMatchObject({
      code: 'ERR_PROTO_EXPIRED',
    });
    expect(applyDirective(grant({ notBeforeS: nowS + 61 }), context())).toMatchObject({
      code: 'ERR_PROTO_NOT_YET_VALID',
    });
    expect(applyDirective(grant({ notBeforeS: nowS + 60 }), context())).toMatchObject({ ok: true });
    expect(applyDirective(grant(), context({ locked: true }))).toMatchObject({ code: 'ERR_PROTO_LOCKED' });
  });

  it('WC-PROTO-049: configuration and geofence versions must increase', () => {
    expect(applyDirective(signed({ configSet: { version: 3 } }), context())).toMatchObject({
      code: 'ERR_PROTO_STALE_VERSION',
    });
    expect(applyDirective(signed({ configSet: { version: 4 } }), context())).toMatchObject({
      ok: true,
      version: 4,
    });
    const fence = {
      fenceId: 'F-1',
      version: 2,
      circle: { latE7: 309_000_000, lonE7: 1_215_000_000, radiusM: 50 },
    };
    expect(applyDirective(signed({ geofenceSet: fence }), context())).toMatchObject({
      code: 'ERR_PROTO_STALE_VERSION',
    });
  });

  it('WC-PROTO-049: a fence set in the compact form of spec/geofence.md §6 travels as GeofenceSet.compact', () => {
    // The protocol carries the fence set opaquely; the geofence package decodes it on the chip.
    const compact = Uint8Array.from([1, 1, 1, 0x46, 0x11, 0x02, 0x02, 0x64]);
    const outcome = applyDirective(signed({ geofenceSet: { version: 4, compact } }), context());
    expect(outcome).toMatchObject({ ok: true, action: 'geofence', version: 4 });
    const bytes = proto.v1.GeofenceSet.encode({ version: 4, compact }).finish();
    expect(new Uint8Array(proto.v1.GeofenceSet.decode(bytes).compact ?? [])).toEqual(compact);
  });

  it('WC-PROTO-048, WC-PROTO-013: relay closes only on a grant and opens on expiry, with an event each', () => {
    const link = new Link();
    link.connect();
    expect(link.chip.relayClosed).toBe(false);
    link.deliver(
      link.chip.receive(
        link.platform.sendDirective('WC-1', { grant: { grantId, notBeforeS: nowS, notAfterS: nowS + 60 } }),
      ).send,
    );
    expect(link.chip.relayClosed).toBe(true);
    link.clock += 61_000;
    link.deliver(link.chip.tick().send);
    expect(link.chip.relayClosed).toBe(false);
    const events = link.ingested
      .filter((r) => r.body.kind === 'event')
      .map((r) => (r.body.value as { kind: number }).kind);
    expect(events).toEqual([
      EventKind.EVENT_KIND_BOOT,
      EventKind.EVENT_KIND_GRANT_ACCEPTED,
      EventKind.EVENT_KIND_RELAY_CLOSED,
      EventKind.EVENT_KIND_GRANT_EXPIRED,
      EventKind.EVENT_KIND_RELAY_OPENED,
    ]);
  });

  it('WC-PROTO-044, WC-PROTO-046: a directive sent online and relayed by a phone is one directive (one nonce)', () => {
    const link = new Link();
    link.connect();
    const one = link.platform.signDirective('WC-1', {
      grant: { grantId, notBeforeS: nowS, notAfterS: nowS + 60 },
    });
    link.deliver(link.chip.receive(link.platform.sendSignedDirective('WC-1', one)).send);
    expect(link.chip.relayClosed).toBe(true);
    const relayed = link.chip.receiveRelayed(directiveEnvelope(one));
    expect(relayed.directive).toMatchObject({ ok: false, code: 'ERR_PROTO_REPLAYED' });
    expect(() => link.platform.sendSignedDirective('WC-OFFLINE', one)).toThrow(/no live session/);
  });

  it('WC-PROTO-048: max duration, revoke and lock cut power; a locked chip refuses grants', () => {
    const link = new Link();
    link.connect();
    const send = (d: Parameters<typeof link.platform.sendDirective>[1]) =>
      link.deliver(link.chip.receive(link.platform.sendDirective('WC-1', d)).send);
    send({ grant: { grantId, notAfterS: nowS + 3600, maxDurationS: 30 } });
    link.clock += 30_000;
    link.deliver(link.chip.tick().send);
    expect(link.chip.relayClosed).toBe(false);
    send({ grant: { grantId, notAfterS: nowS + 3600 } });
    expect(link.chip.relayClosed).toBe(true);
    send({ extend: { grantId, notAfterS: nowS + 7200 } });
    expect(link.chip.grant?.notAfterS).toBe(nowS + 7200);
    send({ revoke: { grantId } });
    expect(link.chip.relayClosed).toBe(false);
    send({ grant: { grantId, notAfterS: nowS + 3600 } });
    send({ lock: { locked: true, reason: 'inspection' } });
    expect(link.chip.relayClosed).toBe(false);
    const refused = link.chip.receive(
      link.platform.sendDirective('WC-1', { grant: { grantId, notAfterS: nowS + 3600 } }),
    );
    expect(refused.directive).toMatchObject({ ok: false, code: 'ERR_PROTO_LOCKED' });
    expect(link.chip.relayClosed).toBe(false);
    send({ lock: { locked: false } });
    send({ grant: { grantId, notAfterS: nowS + 3600 } });
    expect(link.chip.relayClosed).toBe(true);
  });

  it('WC-PROTO-044: a grant relayed by a phone over BLE works offline; nothing else is accepted that way', () => {
    const link = new Link();
    const offlineGrant = link.platform.signDirective('WC-1', { grant: { grantId, notAfterS: nowS + 600 } });
    const result = link.chip.receiveRelayed(directiveEnvelope(offlineGrant));
    expect(result.directive).toMatchObject({ ok: true, action: 'grant' });
    expect(link.chip.relayClosed).toBe(true);
    const heartbeat = new Uint8Array([0x22, 0x02, 0x10, 0x01]);
    expect(link.chip.receiveRelayed(heartbeat).error?.code).toBe('ERR_PROTO_BAD_MAC');
  });

  it('WC-PROTO-044: state never changes for an unsigned or forged directive', () => {
    const forger = seedKey('forger');
    const link = new Link();
    const forged = signDirective(
      {
        chipId: 'WC-1',
        nonce: seededRandom('n')(16),
        issuedS: nowS,
        grant: { grantId, notAfterS: nowS + 600 },
      },
      forger.secretKey,
      platform.publicKey,
    );
    expect(link.chip.receiveRelayed(directiveEnvelope(forged)).directive).toMatchObject({
      code: 'ERR_PROTO_BAD_SIGNATURE',
    });
    expect(link.chip.relayClosed).toBe(false);
  });
});
