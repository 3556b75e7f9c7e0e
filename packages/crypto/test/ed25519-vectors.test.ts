import { describe, expect, it } from 'vitest';
import { bytesToHex, getPublicKey, hexToBytes, sign } from '../src/index';
import { VERIFY_PATHS } from './support/backends';
import rfc8032 from './vectors/rfc8032-ed25519.json';
import wycheproof from './vectors/wycheproof-ed25519.json';

describe('RFC 8032 section 7.1 vectors', () => {
  for (const vector of rfc8032.cases) {
    const secretKey = hexToBytes(vector.secretKey);
    const message = hexToBytes(vector.message);
    const signature = hexToBytes(vector.signature);
    const publicKey = hexToBytes(vector.publicKey);

    for (const backend of ['native', 'noble'] as const) {
      it(`${vector.name}: ${backend} derives the public key and the exact signature`, () => {
        expect(bytesToHex(getPublicKey(secretKey, { backend }))).toBe(vector.publicKey);
        expect(bytesToHex(sign(message, secretKey, { backend }))).toBe(vector.signature);
      });
    }

    for (const path of VERIFY_PATHS) {
      it(`${vector.name}: ${path.name} accepts it and rejects a flipped bit`, () => {
        const check = path.prepare(publicKey);
        expect(check(signature, message)).toBe(true);
        const tampered = signature.slice();
        tampered[10]! ^= 0x01;
        expect(check(tampered, message)).toBe(false);
      });
    }
  }
});

describe('Wycheproof ed25519_test.json', () => {
  it('holds the file minus the four RFC 8032 cases', () => {
    expect(wycheproof.groups.flatMap((group) => group.tests).length).toBe(146);
  });

  for (const path of VERIFY_PATHS) {
    it(`${path.name} returns the expected result on every case`, () => {
      const wrong: number[] = [];
      for (const group of wycheproof.groups) {
        const check = path.prepare(hexToBytes(group.publicKey));
        for (const test of group.tests) {
          if (check(hexToBytes(test.sig), hexToBytes(test.msg)) !== (test.result === 'valid'))
            wrong.push(test.tcId);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
