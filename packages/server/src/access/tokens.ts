import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { SqlDatabase } from '../storage/sql-database';

const ISSUER = 'weldcode';
const AUDIENCE = 'weldcode-api';

/** A signed bearer token and when it stops being accepted. */
export interface IssuedToken {
  token: string;
  expiresAt: string;
}

/**
 * Bearer tokens: JWTs (HS256, via `jose`) naming the user in `sub`. The HMAC key is random per
 * deployment, kept in the `settings` table so every instance of the platform accepts the same
 * tokens. A token only names the user: role and scope are read from storage on every request,
 * so a disabled user or a changed role takes effect at once.
 */
export class TokenService {
  private key: Promise<Uint8Array> | undefined;

  constructor(
    private readonly db: SqlDatabase,
    /** Token lifetime in seconds (default 12 h: one working shift). */
    readonly lifetimeSeconds = 12 * 3600,
  ) {}

  private secret(): Promise<Uint8Array> {
    this.key ??= (async () => {
      const candidate = randomBytes(32).toString('base64url');
      await this.db.execute('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING', [
        'access.token-key',
        candidate,
      ]);
      const rows = await this.db.query<{ value: string }>('SELECT value FROM settings WHERE key = ?', [
        'access.token-key',
      ]);
      return new Uint8Array(Buffer.from(rows[0]?.value ?? candidate, 'base64url'));
    })();
    return this.key;
  }

  async issue(userId: string, now = Date.now()): Promise<IssuedToken> {
    const expires = Math.floor(now / 1000) + this.lifetimeSeconds;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(expires)
      .sign(await this.secret());
    return { token, expiresAt: new Date(expires * 1000).toISOString() };
  }

  /** The user id a valid, unexpired token names, or `undefined`. Never throws. */
  async verify(token: string): Promise<string | undefined> {
    try {
      const { payload } = await jwtVerify(token, await this.secret(), {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      return typeof payload.sub === 'string' ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }
}
