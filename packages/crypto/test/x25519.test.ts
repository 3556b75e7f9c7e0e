import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, CryptoError, hexToBytes, x25519PublicKey, x25519SharedSecret } from '../src/index';
import rfc7748 from './vectors/rfc7748-x25519.json';

const BACKENDS = ['native', 'noble'] as const;

/** The top bit of u is ignored by X25519 (RFC 7748 §5): the same point with it set. */
function withTopBit(hex: string): Uint8Array {
  const bytes = hexToBytes(hex);
  bytes[31]! |= 0x80;
  return bytes;
}

/** The u-coordinate u + p, a non-canonical encoding that X25519 must reduce (RFC 7748 §5). */
function plusP(u: number): Uint8Array {
  const bytes = hexToBytes('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f');
  bytes[0]! += u; // p + u < 2^255 for small u: only the low byte changes
  return bytes;
}

function outcome(run: () => Uint8Array): string {
  try {
    return bytesToHex(run());
  } catch (error) {
    return error instanceof CryptoError ? error.code : 'other error';
  }
}

describe('X25519 (RFC 7748)', () => {
  for (const backend of BACKENDS) {
    for (const vector of rfc7748.scalarMult) {
      it(`${vector.name}: ${backend} gives the exact output`, () => {
        const out = x25519SharedSecret(hexToBytes(vector.scalar), hexToBytes(vector.u), { backend });
        expect(bytesToHex(out)).toBe(vector.output);
      });
    }

    it(`6.1 Diffie-Hellman: ${backend} derives both public keys and the shared secret`, () => {
      const dh = rfc7748.diffieHellman;
      expect(bytesToHex(x25519PublicKey(hexToBytes(dh.alicePrivate), { backend }))).toBe(dh.alicePublic);
      expect(bytesToHex(x25519PublicKey(hexToBytes(dh.bobPrivate), { backend }))).toBe(dh.bobPublic);
      const alice = x25519SharedSecret(hexToBytes(dh.alicePrivate), hexToBytes(dh.bobPublic), { backend });
      const bob = x25519SharedSecret(hexToBytes(dh.bobPrivate), hexToBytes(dh.alicePublic), { backend });
      expect(bytesToHex(alice)).toBe(dh.shared);
      expect(bytesToHex(bob)).toBe(dh.shared);
    });

    it(`5.2 iterated: ${backend} matches after 1 and 1,000 iterations`, () => {
      let k: Uint8Array = hexToBytes(`09${'00'.repeat(31)}`);
      let u: Uint8Array = k.slice();
      const expected = new Map(rfc7748.iterated.map((v) => [v.iterations, v.output]));
      for (let i = 1; i <= 1000; i++) {
        const next = x25519SharedSecret(k, u, { backend });
        u = k;
        k = next;
        const want = expected.get(i);
        if (want !== undefined) expect(bytesToHex(k)).toBe(want);
      }
    });

    it(`${backend} refuses every small-order u, in every encoding, with ERR_CRYPTO_WEAK_KEY`, () => {
      const secret = hexToBytes(rfc7748.diffieHellman.alicePrivate);
      for (const hex of rfc7748.smallOrder) {
        for (const u of [hexToBytes(hex), withTopBit(hex)]) {
          expect(outcome(() => x25519SharedSecret(secret, u, { backend }))).toBe('ERR_CRYPTO_WEAK_KEY');
        }
      }
    });

    it(`${backend} reduces u >= p: u = p + 9 is the base point`, () => {
      const secret = hexToBytes(rfc7748.diffieHellman.alicePrivate);
      expect(bytesToHex(x25519SharedSecret(secret, plusP(9), { backend }))).toBe(
        rfc7748.diffieHellman.alicePublic,
      );
    });

    it(`${backend} throws typed errors on wrong lengths and types`, () => {
      const key = new Uint8Array(32).fill(1);
      expect(outcome(() => x25519PublicKey(new Uint8Array(31), { backend }))).toBe('ERR_CRYPTO_KEY_LENGTH');
      expect(outcome(() => x25519SharedSecret(key, new Uint8Array(33), { backend }))).toBe(
        'ERR_CRYPTO_KEY_LENGTH',
      );
      expect(outcome(() => x25519SharedSecret('k' as never, key, { backend }))).toBe(
        'ERR_CRYPTO_INVALID_INPUT',
      );
    });
  }

  it('an unknown backend is ERR_CRYPTO_BACKEND_UNAVAILABLE', () => {
    expect(outcome(() => x25519PublicKey(new Uint8Array(32), { backend: 'wasm' as never }))).toBe(
      'ERR_CRYPTO_BACKEND_UNAVAILABLE',
    );
  });

  it('native and noble agree on random secrets and random (possibly invalid) peer keys', () => {
    const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(key, key, (secret, peer) => {
        expect(bytesToHex(x25519PublicKey(secret, { backend: 'native' }))).toBe(
          bytesToHex(x25519PublicKey(secret, { backend: 'noble' })),
        );
        expect(outcome(() => x25519SharedSecret(secret, peer, { backend: 'native' }))).toBe(
          outcome(() => x25519SharedSecret(secret, peer, { backend: 'noble' })),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('two parties derive the same secret across backends', () => {
    const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(key, key, (a, b) => {
        const ab = x25519SharedSecret(a, x25519PublicKey(b, { backend: 'noble' }), { backend: 'native' });
        const ba = x25519SharedSecret(b, x25519PublicKey(a, { backend: 'native' }), { backend: 'noble' });
        expect(bytesToHex(ab)).toBe(bytesToHex(ba));
      }),
      { numRuns: 100 },
    );
  });
});
