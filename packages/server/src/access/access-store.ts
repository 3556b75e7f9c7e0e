import type { SqlDatabase } from '../storage/sql-database';
import type { Principal } from './roles';
import { TokenService } from './tokens';
import { UserRepository } from './users';

/** Users, tokens and API keys: who is calling, and with which scope. */
export class AccessStore {
  readonly users: UserRepository;
  readonly tokens: TokenService;

  /** Scope checks read the records they guard. */
  constructor(readonly db: SqlDatabase) {
    this.users = new UserRepository(db);
    this.tokens = new TokenService(db);
  }

  /** The principal behind a bearer credential (a JWT or a `wck_` API key), if it is valid. */
  async authenticate(credential: string): Promise<Principal | undefined> {
    const userId = credential.startsWith('wck_')
      ? await this.users.userOfApiKey(credential)
      : await this.tokens.verify(credential);
    return userId === undefined ? undefined : this.users.principal(userId);
  }

  /**
   * Makes sure the platform administrator (`admin`, a city-admin bound to no city) exists with
   * this password: the bootstrap `weldcode serve --admin-password` performs.
   */
  async bootstrapAdmin(password: string, username = 'admin'): Promise<void> {
    const existing = await this.users.findByUsername(username);
    if (existing === undefined) {
      await this.users.create({ username, displayName: '平台管理员', role: 'city-admin', password });
    } else {
      await this.users.setPassword(existing.id, password);
    }
  }
}
