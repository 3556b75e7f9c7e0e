import { sha256 as nobleSha256, sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import { isWeldcodeError } from '@weldcode/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesToHex,
  CryptoError,
  concatBytes,
  createVerifier,
  defaultBackend,
  equalBytes,
  generateKeyPair,
  getPublicKey,
  hexToBytes,
  keyId,
  sha256,
  sha512,
  sign,
  verify,
} from '../src/index';

const abc = new TextEncoder().encode('abc');

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof CryptoError ? error.code : 'not a CryptoError';
  }
  return undefined;
}

describe('hex and bytes', () => {
  it('round-trips any bytes through hex, in either case', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const hex = bytesToHex(bytes);
        expect(hex).toMatch(/^[0-9a-f]*$/);
        expect(hexToBytes(hex)).toEqual(bytes);
        expect(hexToBytes(hex.toUpperCase())).toEqual(bytes);
      }),
    );
  });

  it('rejects bad hex with ERR_CRYPTO_INVALID_HEX', () => {
    expect(codeOf(() => hexToBytes('abc'))).toBe('ERR_CRYPTO_INVALID_HEX');
    expect(codeOf(() => hexToBytes('zz'))).toBe('ERR_CRYPTO_INVALID_HEX');
    expect(codeOf(() => hexToBytes('0x12'))).toBe('ERR_CRYPTO_INVALID_HEX');
    expect(codeOf(() => hexToBytes(12 as unknown as string))).toBe('ERR_CRYPTO_INVALID_HEX');
  });

  it('concatenates and compares', () => {
    const joined = concatBytes(Uint8Array.of(1), new Uint8Array(0), Uint8Array.of(2, 3));
    expect(joined).toEqual(Uint8Array.of(1, 2, 3));
    expect(equalBytes(joined, Uint8Array.of(1, 2, 3))).toBe(true);
    expect(equalBytes(joined, Uint8Array.of(1, 2, 4))).toBe(false);
    expect(equalBytes(joined, Uint8Array.of(1, 2))).toBe(false);
    expect(equalBytes(joined, 'abc' as unknown as Uint8Array)).toBe(false);
    expect(codeOf(() => concatBytes('x' as unknown as Uint8Array))).toBe('ERR_CRYPTO_INVALID_INPUT');
  });
});

describe('hashes and key ids', () => {
  it('SHA-256 and SHA-512 match @noble/hashes on any input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        expect(sha256(data)).toEqual(nobleSha256(data));
        expect(sha512(data)).toEqual(nobleSha512(data));
      }),
      { numRuns: 50 },
    );
    expect(bytesToHex(sha256(abc))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('keyId is the first 8 bytes of SHA-256(publicKey)', () => {
    const { publicKey } = generateKeyPair();
    expect(keyId(publicKey)).toEqual(nobleSha256(publicKey).slice(0, 8));
    expect(codeOf(() => keyId(new Uint8Array(31)))).toBe('ERR_CRYPTO_KEY_LENGTH');
  });
});

describe('key handling and errors', () => {
  it('uses the native backend in Node', () => {
    expect(defaultBackend()).toBe('native');
  });

  it('generates distinct 32-byte key pairs whose public key matches the seed', () => {
    const one = generateKeyPair();
    const two = generateKeyPair({ backend: 'noble' });
    expect(one.secretKey.length).toBe(32);
    expect(one.publicKey.length).toBe(32);
    expect(equalBytes(one.secretKey, two.secretKey)).toBe(false);
    expect(getPublicKey(two.secretKey)).toEqual(two.publicKey);
  });

  it('throws ERR_CRYPTO_KEY_LENGTH / ERR_CRYPTO_INVALID_INPUT from sign and getPublicKey', () => {
    for (const backend of ['native', 'noble'] as const) {
      expect(codeOf(() => sign(abc, new Uint8Array(31), { backend }))).toBe('ERR_CRYPTO_KEY_LENGTH');
      expect(codeOf(() => sign(abc, new Uint8Array(64), { backend }))).toBe('ERR_CRYPTO_KEY_LENGTH');
      expect(codeOf(() => getPublicKey(new Uint8Array(33), { backend }))).toBe('ERR_CRYPTO_KEY_LENGTH');
      expect(codeOf(() => sign('abc' as unknown as Uint8Array, new Uint8Array(32), { backend }))).toBe(
        'ERR_CRYPTO_INVALID_INPUT',
      );
    }
  });

  it('throws ERR_CRYPTO_BACKEND_UNAVAILABLE for an unknown backend', () => {
    const { publicKey } = generateKeyPair();
    const backend = 'webcrypto' as 'native';
    expect(codeOf(() => verify(new Uint8Array(64), abc, publicKey, { backend }))).toBe(
      'ERR_CRYPTO_BACKEND_UNAVAILABLE',
    );
    expect(codeOf(() => createVerifier(publicKey, { backend }))).toBe('ERR_CRYPTO_BACKEND_UNAVAILABLE');
  });

  it('rejects a precompute window outside 2..12 with ERR_CRYPTO_INVALID_INPUT', () => {
    const { publicKey } = generateKeyPair();
    for (const windowSize of [0, 1, 13, 2.5, Number.NaN]) {
      expect(codeOf(() => createVerifier(publicKey, { backend: 'noble-precomputed', windowSize }))).toBe(
        'ERR_CRYPTO_INVALID_INPUT',
      );
    }
    expect(codeOf(() => createVerifier(publicKey, { backend: 'noble-precomputed', windowSize: 4 }))).toBe(
      undefined,
    );
  });

  it('verify keeps working past the native key cache size (eviction)', () => {
    const pairs = Array.from({ length: 300 }, () => generateKeyPair());
    const signatures = pairs.map((pair) => sign(abc, pair.secretKey));
    for (let round = 0; round < 2; round++) {
      pairs.forEach((pair, i) => {
        expect(verify(signatures[i]!, abc, pair.publicKey)).toBe(true);
        expect(verify(signatures[(i + 1) % pairs.length]!, abc, pair.publicKey)).toBe(false);
      });
    }
  });

  it('errors are WeldcodeErrors with details', () => {
    try {
      sign(abc, new Uint8Array(5));
    } catch (error) {
      expect(isWeldcodeError(error, 'ERR_CRYPTO_KEY_LENGTH')).toBe(true);
      expect((error as CryptoError).details).toEqual({ name: 'secretKey', expected: 32, actual: 5 });
    }
    expect.assertions(2);
  });

  it('a verifier for an invalid key rejects everything and never throws', () => {
    for (const backend of ['native', 'noble', 'noble-precomputed'] as const) {
      const check = createVerifier(new Uint8Array(31), { backend });
      expect(check(new Uint8Array(64), abc)).toBe(false);
    }
  });

  it('a verifier copies its key, so later mutation of the caller`s array does not change it', () => {
    const { publicKey, secretKey } = generateKeyPair();
    const signature = sign(abc, secretKey);
    for (const backend of ['native', 'noble', 'noble-precomputed'] as const) {
      const key = publicKey.slice();
      const check = createVerifier(key, { backend });
      key.fill(0);
      expect(check(signature, abc)).toBe(true);
    }
  });
});
