import { createHmac, randomBytes } from 'node:crypto';
import { ServerError } from '../server-error';
import type { SqlDatabase } from './sql-database';

const SALT_KEY = 'identity-number-salt';

/**
 * Keeps Chinese ID numbers (居民身份证号码) out of storage: only a keyed hash (to find a person
 * again and refuse duplicates) and a masked form (for people reading lists) are stored. The
 * salt is random per deployment, so a leaked table cannot be matched against another one's or
 * against a precomputed table of all 10^17 numbers.
 */
export class IdentityNumbers {
  protected constructor(private readonly salt: Buffer) {}

  /** Loads the deployment's salt, creating it on first use (race-free across instances). */
  static async open(db: SqlDatabase): Promise<IdentityNumbers> {
    const candidate = randomBytes(32).toString('base64url');
    await db.execute('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [
      SALT_KEY,
      candidate,
    ]);
    const rows = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = ?', [SALT_KEY]);
    return new IdentityNumbers(Buffer.from(rows[0]?.value ?? candidate, 'base64url'));
  }

  /** Stands in until migrations are applied: every use fails with `ERR_SRV_NOT_READY`. */
  static unavailable(): IdentityNumbers {
    return new UnavailableIdentityNumbers(Buffer.alloc(0));
  }

  /** The stored lookup key of an ID number (case of the check character ignored). */
  hash(idNumber: string): string {
    return createHmac('sha256', this.salt).update(idNumber.toUpperCase(), 'utf8').digest('base64url');
  }

  /** The display form: first 3 and last 4 characters, the rest starred (310***********123X). */
  mask(idNumber: string): string {
    const value = idNumber.toUpperCase();
    return `${value.slice(0, 3)}${'*'.repeat(Math.max(0, value.length - 7))}${value.slice(-4)}`;
  }
}

class UnavailableIdentityNumbers extends IdentityNumbers {
  override hash(): string {
    throw new ServerError('ERR_SRV_NOT_READY', 'storage has pending migrations');
  }

  override mask(): string {
    throw new ServerError('ERR_SRV_NOT_READY', 'storage has pending migrations');
  }
}
