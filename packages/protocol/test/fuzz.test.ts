import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDirective,
  decodeEnvelope,
  directiveEnvelope,
  ProtocolError,
  type SignedDirective,
  verifyDirective,
} from '../src/index';
import { Link, seedKey, T0 } from './support/harness';

const platform = seedKey('platform');
const bytes = fc.uint8Array({ maxLength: 160 });

function typedOnly(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
  }
}

describe('fuzzing: nothing but typed errors', () => {
  it('WC-PROTO-045: verifyDirective and applyDirective on arbitrary signed-directive fields', () => {
    const signed = fc.record({
      directive: bytes,
      keyId: fc.uint8Array({ maxLength: 9 }),
      signature: fc.uint8Array({ maxLength: 65 }),
    });
    fc.assert(
      fc.property(signed, fc.boolean(), (value: SignedDirective, trusted) => {
        typedOnly(() => verifyDirective(value, [platform.publicKey]));
        const outcome = applyDirective(value, {
          chipId: 'WC-1',
          platformKeys: trusted ? [platform.publicKey] : [],
          nowS: T0 / 1000,
          nonces: new Map(),
          locked: false,
          grant: undefined,
          configVersion: 0,
          geofenceVersion: 0,
        });
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('WC-PROTO-044: a validly signed directive with arbitrary content never crashes the chip', () => {
    const link = new Link();
    fc.assert(
      fc.property(bytes, (content) => {
        const signed = link.platform.signDirective('WC-1', {});
        const forged = { ...signed, directive: content };
        const out = link.chip.receiveRelayed(directiveEnvelope(forged));
        expect(out.directive?.ok ?? false).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('WC-PROTO-004: the platform and chip machines survive arbitrary bytes in every state', () => {
    const link = new Link();
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 4 }), fc.boolean(), (inputs, handshake) => {
        if (handshake && link.chip.status !== 'online') link.connect();
        for (const input of inputs) {
          const out = link.platform.receive('c1', input);
          for (const error of out.errors) expect(error).toBeInstanceOf(ProtocolError);
          const chipOut = link.chip.receive(input);
          if (chipOut.error) expect(chipOut.error).toBeInstanceOf(ProtocolError);
          const relayed = link.chip.receiveRelayed(input);
          if (relayed.error) expect(relayed.error).toBeInstanceOf(ProtocolError);
          typedOnly(() => decodeEnvelope(input));
        }
      }),
      { numRuns: 500 },
    );
  });
});
