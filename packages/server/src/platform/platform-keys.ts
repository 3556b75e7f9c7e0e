import { generateKeyPair, getPublicKey, keyId } from '@weldcode/crypto';
import type { SqlDatabase } from '../storage/sql-database';

/** One Ed25519 key the platform signs with. */
export interface SigningKey {
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
  /** First 8 bytes of SHA-256(publicKey), as QR codes and trust lists name keys. */
  readonly keyId: Uint8Array;
}

/**
 * The platform's signing keys. They are separate so that each can be rotated, and held by a
 * different party, without touching the others:
 * - `root` signs the trust list (in a city deployment the city holds it, often offline);
 * - `issuer` signs plates, worker credentials, permits and revocation lists;
 * - `directive` is the platform identity chips know: it answers their handshake and signs
 *   grants, locks and revocations sent to them.
 */
export interface PlatformKeys {
  readonly root: SigningKey;
  readonly issuer: SigningKey;
  readonly directive: SigningKey;
}

const ROLES = ['root', 'issuer', 'directive'] as const;
type KeyRole = (typeof ROLES)[number];

/** Builds a {@link SigningKey} from a 32-byte Ed25519 seed. */
export function signingKey(secretKey: Uint8Array): SigningKey {
  const publicKey = getPublicKey(secretKey);
  return { secretKey, publicKey, keyId: keyId(publicKey) };
}

/**
 * Loads the deployment's keys from the `settings` table, creating any that are missing on first
 * use (race-free across instances: the first insert wins and every instance reads it back).
 * Keys given in `provided` are used as they are and never stored.
 */
export async function loadPlatformKeys(
  db: SqlDatabase,
  provided: Partial<Record<KeyRole, Uint8Array>> = {},
): Promise<PlatformKeys> {
  const keys = {} as Record<KeyRole, SigningKey>;
  for (const role of ROLES) {
    const given = provided[role];
    keys[role] = signingKey(given ?? (await storedSeed(db, `platform-key.${role}`)));
  }
  return keys;
}

async function storedSeed(db: SqlDatabase, name: string): Promise<Uint8Array> {
  const candidate = Buffer.from(generateKeyPair().secretKey).toString('base64url');
  await db.execute('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [
    name,
    candidate,
  ]);
  const rows = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = ?', [name]);
  return new Uint8Array(Buffer.from(rows[0]?.value ?? candidate, 'base64url'));
}
