import { generateKeyPair, getPublicKey, keyId, sign, verify } from '@weldcode/crypto';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../src/index';
import { BACKENDS, freshStorage } from './support/backends';

describe.each(BACKENDS)('platform keys on $name', (backend) => {
  it('creates three distinct keys once and reads the same ones back after reopening', async () => {
    const first = await freshStorage(backend);
    const keys = first.storage.keys;
    const again = await openStorage({ db: first.db });
    try {
      for (const role of ['root', 'issuer', 'directive'] as const) {
        expect(again.keys[role].publicKey).toEqual(keys[role].publicKey);
        expect(keys[role].publicKey).toEqual(getPublicKey(keys[role].secretKey));
        expect(keys[role].keyId).toEqual(keyId(keys[role].publicKey));
        const message = new TextEncoder().encode(role);
        expect(verify(sign(message, keys[role].secretKey), message, keys[role].publicKey)).toBe(true);
      }
      expect(new Set([keys.root, keys.issuer, keys.directive].map((k) => k.keyId.join())).size).toBe(3);
    } finally {
      await again.close();
      await first.close();
    }
  });

  it('uses a provided key instead of the stored one, without storing it', async () => {
    const provided = generateKeyPair();
    const fresh = await freshStorage(backend, { keys: { issuer: provided.secretKey } });
    const reopened = await openStorage({ db: fresh.db });
    try {
      expect(fresh.storage.keys.issuer.publicKey).toEqual(provided.publicKey);
      expect(reopened.keys.issuer.publicKey).not.toEqual(provided.publicKey);
      expect(reopened.keys.root.publicKey).toEqual(fresh.storage.keys.root.publicKey);
    } finally {
      await reopened.close();
      await fresh.close();
    }
  });
});
