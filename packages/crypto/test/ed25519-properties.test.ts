import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPublicKey, sign } from '../src/index';
import { verdicts } from './support/backends';

const seed = fc.uint8Array({ minLength: 32, maxLength: 32 });
const message = fc.uint8Array({ maxLength: 256 });

describe('Ed25519 properties', () => {
  it('sign then verify holds on every backend, and both backends sign the same bytes', () => {
    fc.assert(
      fc.property(seed, message, (secretKey, msg) => {
        const signature = sign(msg, secretKey, { backend: 'native' });
        expect(sign(msg, secretKey, { backend: 'noble' })).toEqual(signature);
        const publicKey = getPublicKey(secretKey, { backend: 'noble' });
        expect(getPublicKey(secretKey, { backend: 'native' })).toEqual(publicKey);
        expect(new Set(verdicts(signature, msg, publicKey))).toEqual(new Set([true]));
      }),
      { numRuns: 40 },
    );
  });

  it('a random mutation of signature, message or key gets the same verdict on every backend', () => {
    const target = fc.constantFrom('signature', 'message', 'publicKey');
    fc.assert(
      fc.property(
        seed,
        message,
        target,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (secretKey, msg, which, at, xor) => {
          const publicKey = getPublicKey(secretKey);
          const parts = {
            signature: sign(msg, secretKey),
            message: msg.slice(),
            publicKey: publicKey.slice(),
          };
          const bytes = parts[which];
          if (bytes.length > 0) bytes[at % bytes.length]! ^= xor;
          else parts.message = Uint8Array.of(xor);
          const results = verdicts(parts.signature, parts.message, parts.publicKey);
          expect(new Set(results).size).toBe(1);
          expect(results[0]).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('random bytes as signature and key never throw and get the same verdict everywhere', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 70 }),
        message,
        fc.uint8Array({ minLength: 30, maxLength: 34 }),
        (signature, msg, publicKey) => {
          expect(new Set(verdicts(signature, msg, publicKey)).size).toBe(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
