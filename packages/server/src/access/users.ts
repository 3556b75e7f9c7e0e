import { type Static, Type } from '@sinclair/typebox';
import { newId } from '../ids';
import type { AreaLevel } from '../registry/areas';
import { ListQuery, Nullable, PageOf, RecordId, StringEnum, Text } from '../schemas/common';
import { ServerError } from '../server-error';
import type { SqlDatabase, SqlRow } from '../storage/sql-database';
import { insertRow, listRows, type Page, requireReference, textOrNull } from '../storage/table';
import { hashApiSecret, hashPassword, newApiSecret, sameHash, verifyPassword } from './passwords';
import {
  DEPARTMENTS,
  type Department,
  OWNER_ROLES,
  type Principal,
  ROLE_AREA_LEVEL,
  ROLES,
  type Role,
} from './roles';

export const UserInputSchema = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9._@-]+$' }),
    displayName: Text(100),
    role: StringEnum(ROLES),
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
    areaId: Type.Optional(RecordId),
    ownerId: Type.Optional(RecordId),
    sector: Type.Optional(StringEnum(DEPARTMENTS, 'the department of a sector-officer')),
    workerId: Type.Optional(RecordId),
    chipId: Type.Optional(RecordId),
  },
  { $id: 'UserInput', additionalProperties: false },
);

export const UserSchema = Type.Object(
  {
    id: RecordId,
    username: Type.String(),
    displayName: Type.String(),
    role: StringEnum(ROLES),
    areaId: Nullable(RecordId),
    ownerId: Type.Optional(RecordId),
    sector: Type.Optional(StringEnum(DEPARTMENTS)),
    workerId: Type.Optional(RecordId),
    chipId: Type.Optional(RecordId),
  },
  { $id: 'User' },
);

export const UserPageSchema = Type.Object(PageOf(Type.Ref(UserSchema)).properties, { $id: 'UserPage' });
export const UserListQuery = ListQuery({ role: Type.Optional(StringEnum(ROLES)) });

export type UserInput = Static<typeof UserInputSchema>;
export type User = Static<typeof UserSchema>;

/** A new API key: `secret` is shown once and only its hash is kept. */
export interface IssuedApiKey {
  id: string;
  userId: string;
  label: string;
  /** `wck_<id>_<secret>`, sent as `Authorization: Bearer <key>`. */
  key: string;
}

const API_KEY = /^wck_(key_[A-Za-z0-9]+)_([A-Za-z0-9_-]{43})$/;

function fromRow(row: SqlRow): User {
  const optional = (key: string, value: unknown) => (value == null ? {} : { [key]: String(value) });
  return {
    id: String(row.id),
    username: String(row.username),
    displayName: String(row.display_name),
    role: row.role as Role,
    areaId: textOrNull(row.area_id),
    ...optional('ownerId', row.owner_id),
    ...optional('sector', row.department),
    ...optional('workerId', row.worker_id),
    ...optional('chipId', row.chip_id),
  };
}

function invariant(message: string): ServerError {
  return new ServerError('ERR_SRV_REGISTRY_INVARIANT', message);
}

// A hash to compare against when the user does not exist, so both cases take the same time.
let decoy: Promise<string> | undefined;

/** Users, their passwords (scrypt) and API keys (SHA-256 at rest). */
export class UserRepository {
  constructor(private readonly db: SqlDatabase) {}

  /** Checks the role's bindings (area level, owner, department, worker, chip) and stores the user. */
  async create(input: UserInput): Promise<User> {
    const areaId = await this.bindArea(input);
    if (OWNER_ROLES.includes(input.role) !== (input.ownerId !== undefined)) {
      throw invariant(`ownerId is required for, and only for, ${OWNER_ROLES.join(' and ')}`);
    }
    if ((input.role === 'sector-officer') !== (input.sector !== undefined)) {
      throw invariant('sector is required for, and only for, a sector-officer');
    }
    if ((input.role === 'worker') !== (input.workerId !== undefined)) {
      throw invariant('workerId is required for, and only for, a worker');
    }
    if ((input.role === 'chip') !== (input.chipId !== undefined)) {
      throw invariant('chipId is required for, and only for, a chip');
    }
    if (input.workerId !== undefined) await requireReference(this.db, 'workers', input.workerId, 'workerId');
    if (input.chipId !== undefined) await requireReference(this.db, 'chips', input.chipId, 'chipId');
    const id = newId('usr');
    await insertRow(
      this.db,
      'users',
      {
        id,
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        area_id: areaId,
        owner_id: input.ownerId ?? null,
        department: input.sector ?? null,
        worker_id: input.workerId ?? null,
        chip_id: input.chipId ?? null,
        password_hash: input.password === undefined ? null : await hashPassword(input.password),
        disabled: 0,
        created_at: Date.now(),
      },
      'user (username must be unique)',
    );
    return this.get(id);
  }

  /** An enterprise role lives in its owner's town; other roles name an area of their level. */
  private async bindArea(input: UserInput): Promise<string | null> {
    if (input.ownerId !== undefined) {
      const owner = await requireReference(this.db, 'owners', input.ownerId, 'ownerId');
      return String(owner.town_id);
    }
    const level = ROLE_AREA_LEVEL[input.role];
    if (input.areaId === undefined) {
      // Only a city-admin may be unbound: the platform administrator.
      if (level === null || input.role === 'city-admin') return null;
      throw invariant(`a ${input.role} must be bound to an area (areaId)`);
    }
    if (level === null) throw invariant(`a ${input.role} is not bound to an area`);
    const area = await requireReference(this.db, 'areas', input.areaId, 'areaId');
    if (level !== 'any' && area.level !== level) {
      throw invariant(`a ${input.role} must be bound to a ${level}, not a ${String(area.level)}`);
    }
    return input.areaId;
  }

  async get(id: string): Promise<User> {
    const rows = await this.db.query('SELECT * FROM users WHERE id = ?', [id]);
    const row = rows[0];
    if (row === undefined) throw new ServerError('ERR_SRV_NOT_FOUND', `user ${id} does not exist`);
    return fromRow(row);
  }

  async list(filter: Static<typeof UserListQuery>): Promise<Page<User>> {
    const page = await listRows(this.db, 'users', { role: filter.role }, filter);
    return { items: page.items.map(fromRow), nextCursor: page.nextCursor };
  }

  /** The user whose password this is, or `undefined` (same work either way). */
  async checkPassword(username: string, password: string): Promise<User | undefined> {
    const rows = await this.db.query('SELECT * FROM users WHERE username = ? AND disabled = 0', [username]);
    const row = rows[0];
    decoy ??= hashPassword('decoy password, never matches');
    const stored = typeof row?.password_hash === 'string' ? row.password_hash : await decoy;
    const ok = await verifyPassword(password, stored);
    return ok && row !== undefined && row.password_hash !== null ? fromRow(row) : undefined;
  }

  /** Sets a new password (the bootstrap administrator's, on `weldcode serve --admin-password`). */
  async setPassword(id: string, password: string): Promise<void> {
    await this.db.execute('UPDATE users SET password_hash = ? WHERE id = ?', [
      await hashPassword(password),
      id,
    ]);
  }

  async findByUsername(username: string): Promise<User | undefined> {
    const rows = await this.db.query('SELECT * FROM users WHERE username = ?', [username]);
    return rows[0] === undefined ? undefined : fromRow(rows[0]);
  }

  /** Issues an API key for a machine client (a chip, an integration); the secret is returned once. */
  async issueApiKey(userId: string, label: string): Promise<IssuedApiKey> {
    await this.get(userId);
    const id = newId('key');
    const secret = newApiSecret();
    await insertRow(
      this.db,
      'api_keys',
      {
        id,
        user_id: userId,
        secret_hash: hashApiSecret(secret),
        label,
        created_at: Date.now(),
        revoked_at: null,
      },
      'API key',
    );
    return { id, userId, label, key: `wck_${id}_${secret}` };
  }

  /** The user an API key belongs to, or `undefined` for an unknown, revoked or malformed key. */
  async userOfApiKey(key: string): Promise<string | undefined> {
    const match = API_KEY.exec(key);
    if (match === null) return undefined;
    const rows = await this.db.query('SELECT * FROM api_keys WHERE id = ? AND revoked_at IS NULL', [
      match[1] ?? '',
    ]);
    const row = rows[0];
    if (row === undefined || !sameHash(hashApiSecret(match[2] ?? ''), String(row.secret_hash)))
      return undefined;
    return String(row.user_id);
  }

  /** The scope of an enabled user, as enforcement needs it; `undefined` if disabled or gone. */
  async principal(userId: string): Promise<Principal | undefined> {
    const rows = await this.db.query(
      `SELECT users.*, areas.level AS area_level FROM users LEFT JOIN areas ON areas.id = users.area_id
        WHERE users.id = ? AND users.disabled = 0`,
      [userId],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      userId: String(row.id),
      username: String(row.username),
      role: row.role as Role,
      areaId: textOrNull(row.area_id),
      areaLevel: (textOrNull(row.area_level) as AreaLevel | null) ?? null,
      ownerId: textOrNull(row.owner_id),
      department: textOrNull(row.department) as Department | null,
      workerId: textOrNull(row.worker_id),
      chipId: textOrNull(row.chip_id),
    };
  }
}
