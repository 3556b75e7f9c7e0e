import { join } from 'node:path';
import { AccessStore } from '../access/access-store';
import { CodeStore } from '../codes/code-store';
import { ChipStateStore } from '../decisions/chip-state-store';
import { type MonitoringStore, monitoringStore } from '../monitoring/monitoring-store';
import { loadPlatformKeys, type PlatformKeys } from '../platform/platform-keys';
import { DEFAULT_POLICY, type ServerPolicy } from '../policy';
import { AreaRepository } from '../registry/areas';
import { AuditLog } from '../registry/audit-log';
import { CertificateRepository } from '../registry/certificates';
import { ChipRepository } from '../registry/chips';
import { CrowdedPlaceRepository } from '../registry/crowded-places';
import { MachineRepository } from '../registry/machines';
import { OwnerRepository } from '../registry/owners';
import { PermitRepository } from '../registry/permits';
import { SiteRepository } from '../registry/sites';
import { SpecialPeriodRepository } from '../registry/special-periods';
import { WorkerRepository } from '../registry/workers';
import { ServerError } from '../server-error';
import { SupervisionStore } from '../supervision/supervision-store';
import { ChipSessionStore } from './chip-session-store';
import type { DialectName } from './dialect';
import { IdentityNumbers } from './identity-numbers';
import { type MigrationStatus, migrate, migrationStatus } from './migrate';
import { MIGRATIONS } from './migrations';
import { openPostgresDatabase } from './postgres-database';
import type { SqlDatabase } from './sql-database';
import { openSqliteDatabase } from './sqlite-database';
import { UplinkStore } from './uplink-store';

/**
 * Everything the server keeps, one repository per aggregate. Routes and (later) ingest and the
 * decision pipeline use only this interface, never SQL, so both engines serve every feature.
 */
export interface Storage {
  readonly dialect: DialectName;
  readonly areas: AreaRepository;
  readonly owners: OwnerRepository;
  readonly sites: SiteRepository;
  readonly machines: MachineRepository;
  readonly chips: ChipRepository;
  readonly workers: WorkerRepository;
  readonly certificates: CertificateRepository;
  readonly crowdedPlaces: CrowdedPlaceRepository;
  readonly specialPeriods: SpecialPeriodRepository;
  readonly permits: PermitRepository;
  readonly audit: AuditLog;
  readonly uplinks: UplinkStore;
  /** Chip sessions shared by every instance on this database (ingest). */
  readonly chipSessions: ChipSessionStore;
  /** Issued codes, revocation entries and published trust and revocation lists. */
  readonly codes: CodeStore;
  /** Each chip's latest live fix and tamper state (scan-to-start reads it). */
  readonly chipState: ChipStateStore;
  /** Alerts, arc sessions, compliance findings and chip status (spec/server.md section 8). */
  readonly monitoring: MonitoringStore;
  /** The platform's signing keys (trust-list root, code issuer, chip directives). */
  readonly keys: PlatformKeys;
  /** Users, bearer tokens and API keys (district supervision). */
  readonly access: AccessStore;
  /** Progress, 附件1, duties, training, inspections (district supervision). */
  readonly supervision: SupervisionStore;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Applied and pending schema migrations. */
  migrations(): Promise<MigrationStatus>;
  close(): Promise<void>;
}

/** Where to store: a SQLite file (default) or a PostgreSQL database. */
export interface StorageOptions {
  /**
   * `postgres://...` for PostgreSQL; a file path or `:memory:` for SQLite. Default: SQLite at
   * `<dataDir>/weldcode.sqlite`.
   */
  db?: string;
  /** Folder for the default SQLite database (default `.weldcode-data`). */
  dataDir?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** Policy values (permit windows, ...); defaults to {@link DEFAULT_POLICY}. */
  policy?: ServerPolicy;
  /** Signing keys to use instead of the ones kept in the database (32-byte Ed25519 seeds). */
  keys?: Partial<Record<keyof PlatformKeys, Uint8Array>>;
}

async function openDatabase(options: StorageOptions): Promise<SqlDatabase> {
  const target = options.db ?? join(options.dataDir ?? '.weldcode-data', 'weldcode.sqlite');
  if (/^postgres(ql)?:\/\//.test(target)) return openPostgresDatabase({ url: target });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    throw new ServerError('ERR_SRV_CONFIG', 'db must be a postgres:// URL, a SQLite file path or :memory:', {
      details: { scheme: target.split(':')[0] },
    });
  }
  return openSqliteDatabase({ path: target });
}

/**
 * Opens storage, applies pending migrations (unless told not to) and returns the repositories.
 *
 * @example
 * ```ts
 * import { openStorage } from '@weldcode/server';
 *
 * const storage = await openStorage({ dataDir: '.weldcode-data' });
 * const city = await storage.areas.create({ level: 'city', name: '上海市' });
 * await storage.close();
 * ```
 */
export async function openStorage(options: StorageOptions = {}): Promise<Storage> {
  const db = await openDatabase(options);
  try {
    if (options.migrate ?? true) await migrate(db, MIGRATIONS);
    const status = await migrationStatus(db, MIGRATIONS);
    // A database with pending migrations is opened for readiness reporting only.
    const ready = status.pending.length === 0;
    const identities = ready ? await IdentityNumbers.open(db) : undefined;
    const keys = ready ? await loadPlatformKeys(db, options.keys) : undefined;
    return createStorage(db, identities, keys, options.policy ?? DEFAULT_POLICY);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

function createStorage(
  db: SqlDatabase,
  identities: IdentityNumbers | undefined,
  keys: PlatformKeys | undefined,
  policy: ServerPolicy,
): Storage {
  const hasher = identities ?? IdentityNumbers.unavailable();
  return {
    dialect: db.dialect.name,
    areas: new AreaRepository(db),
    owners: new OwnerRepository(db, hasher),
    sites: new SiteRepository(db),
    machines: new MachineRepository(db),
    chips: new ChipRepository(db),
    workers: new WorkerRepository(db, hasher),
    certificates: new CertificateRepository(db),
    crowdedPlaces: new CrowdedPlaceRepository(db),
    specialPeriods: new SpecialPeriodRepository(db),
    permits: new PermitRepository(db, policy),
    audit: new AuditLog(db),
    uplinks: new UplinkStore(db),
    chipSessions: new ChipSessionStore(db),
    codes: new CodeStore(db),
    chipState: new ChipStateStore(db),
    monitoring: monitoringStore(db),
    access: new AccessStore(db),
    supervision: new SupervisionStore(db),
    get keys(): PlatformKeys {
      if (keys === undefined) throw new ServerError('ERR_SRV_NOT_READY', 'storage has pending migrations');
      return keys;
    },
    ping: async () => {
      await db.query('SELECT 1 AS ok');
    },
    migrations: () => migrationStatus(db, MIGRATIONS),
    close: () => db.close(),
  };
}
