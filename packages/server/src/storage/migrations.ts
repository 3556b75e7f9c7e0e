import { supervisionRollups } from '../supervision/rollup-schema';
import { accessAndSupervision, supervisionRollupIndex } from '../supervision/supervision-migration';
import type { Dialect } from './dialect';

/**
 * One schema change. Migrations are forward-only: once released, a migration's statements never
 * change; a fix is a new migration with the next version.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The statements, written once; the dialect supplies the few engine-specific column types. */
  statements(dialect: Dialect): string[];
}

const initialSchema: Migration = {
  version: 1,
  name: 'initial-registry-permits-audit-uplinks',
  statements: ({ integer: int, bytes, real, serialKey }) => [
    `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE areas (
      id TEXT PRIMARY KEY,
      level TEXT NOT NULL CHECK (level IN ('city', 'district', 'town')),
      parent_id TEXT REFERENCES areas (id),
      name TEXT NOT NULL,
      code TEXT UNIQUE,
      created_at ${int} NOT NULL,
      CHECK ((level = 'city') = (parent_id IS NULL))
    )`,
    `CREATE INDEX areas_parent ON areas (parent_id)`,
    `CREATE TABLE owners (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('enterprise', 'individual')),
      name TEXT NOT NULL,
      credit_code TEXT UNIQUE,
      id_number_hash TEXT UNIQUE,
      id_number_masked TEXT,
      contact_phone TEXT,
      town_id TEXT NOT NULL REFERENCES areas (id),
      created_at ${int} NOT NULL
    )`,
    `CREATE INDEX owners_town ON owners (town_id)`,
    `CREATE TABLE sites (
      id TEXT PRIMARY KEY,
      owner_id TEXT NOT NULL REFERENCES owners (id),
      town_id TEXT NOT NULL REFERENCES areas (id),
      name TEXT NOT NULL,
      sector TEXT NOT NULL,
      address TEXT,
      longitude ${real},
      latitude ${real},
      datum TEXT CHECK (datum IN ('wgs84', 'gcj02', 'bd09')),
      created_at ${int} NOT NULL
    )`,
    `CREATE INDEX sites_town ON sites (town_id)`,
    `CREATE INDEX sites_owner ON sites (owner_id)`,
    `CREATE TABLE machines (
      id TEXT PRIMARY KEY,
      owner_id TEXT NOT NULL REFERENCES owners (id),
      site_id TEXT REFERENCES sites (id),
      brand TEXT NOT NULL,
      model TEXT NOT NULL,
      serial TEXT NOT NULL,
      kind TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('registered', 'retrofitted', 'decommissioned')),
      plate_id TEXT UNIQUE,
      created_at ${int} NOT NULL,
      UNIQUE (brand, serial)
    )`,
    `CREATE INDEX machines_owner ON machines (owner_id)`,
    `CREATE INDEX machines_site ON machines (site_id)`,
    `CREATE TABLE chips (
      id TEXT PRIMARY KEY,
      public_key ${bytes} NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('provisioned', 'active', 'suspended', 'revoked')),
      machine_id TEXT UNIQUE REFERENCES machines (id),
      created_at ${int} NOT NULL
    )`,
    // A machine as the API shows it: with the chip bound to it, if any.
    `CREATE VIEW machine_view AS
      SELECT machines.*, chips.id AS chip_id FROM machines LEFT JOIN chips ON chips.machine_id = machines.id`,
    `CREATE TABLE retrofits (
      id TEXT PRIMARY KEY,
      chip_id TEXT NOT NULL REFERENCES chips (id),
      machine_id TEXT NOT NULL REFERENCES machines (id),
      installer TEXT NOT NULL,
      plate_id TEXT,
      performed_at ${int} NOT NULL
    )`,
    `CREATE INDEX retrofits_machine ON retrofits (machine_id)`,
    `CREATE TABLE workers (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      id_number_hash TEXT NOT NULL UNIQUE,
      id_number_masked TEXT NOT NULL,
      phone TEXT,
      employer_id TEXT REFERENCES owners (id),
      created_at ${int} NOT NULL
    )`,
    `CREATE TABLE certificates (
      id TEXT PRIMARY KEY,
      worker_id TEXT NOT NULL REFERENCES workers (id),
      type TEXT NOT NULL CHECK (type IN ('em-welding', 'construction-welder', 'special-equipment-welding')),
      number TEXT NOT NULL,
      issuer TEXT NOT NULL,
      issued_on TEXT NOT NULL,
      expires_on TEXT NOT NULL,
      review_due_on TEXT,
      created_at ${int} NOT NULL,
      UNIQUE (type, number)
    )`,
    `CREATE INDEX certificates_worker ON certificates (worker_id)`,
    `CREATE TABLE crowded_places (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL REFERENCES sites (id),
      name TEXT NOT NULL,
      opening_hours TEXT NOT NULL,
      created_at ${int} NOT NULL
    )`,
    `CREATE TABLE special_periods (
      id TEXT PRIMARY KEY,
      area_id TEXT NOT NULL REFERENCES areas (id),
      name TEXT NOT NULL,
      starts_at ${int} NOT NULL,
      ends_at ${int} NOT NULL,
      note TEXT,
      created_at ${int} NOT NULL,
      CHECK (ends_at > starts_at)
    )`,
    `CREATE TABLE permits (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL REFERENCES sites (id),
      level TEXT NOT NULL CHECK (level IN ('special', 'level-1', 'level-2')),
      work_kind TEXT NOT NULL,
      starts_at ${int} NOT NULL,
      ends_at ${int} NOT NULL,
      zone TEXT NOT NULL,
      fire_watcher_id TEXT NOT NULL REFERENCES workers (id),
      applicant TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('pending', 'approved', 'rejected', 'revoked')),
      decided_by TEXT,
      decided_at ${int},
      decision_note TEXT,
      created_at ${int} NOT NULL,
      CHECK (ends_at > starts_at)
    )`,
    `CREATE INDEX permits_site ON permits (site_id)`,
    `CREATE TABLE permit_machines (
      permit_id TEXT NOT NULL REFERENCES permits (id),
      machine_id TEXT NOT NULL REFERENCES machines (id),
      PRIMARY KEY (permit_id, machine_id)
    )`,
    `CREATE TABLE permit_workers (
      permit_id TEXT NOT NULL REFERENCES permits (id),
      worker_id TEXT NOT NULL REFERENCES workers (id),
      PRIMARY KEY (permit_id, worker_id)
    )`,
    `CREATE TABLE audit_log (
      seq ${serialKey},
      at ${int} NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      subject_type TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      outcome TEXT NOT NULL,
      reasons TEXT NOT NULL,
      details TEXT NOT NULL
    )`,
    `CREATE INDEX audit_subject ON audit_log (subject_type, subject_id)`,
    // The idempotency key of ingest: a chip numbers its uplinks per boot, so (chip, boot epoch,
    // seq) names one uplink forever; a retransmission hits the primary key and is dropped.
    `CREATE TABLE uplinks (
      chip_id TEXT NOT NULL,
      boot_epoch ${int} NOT NULL,
      seq ${int} NOT NULL,
      kind TEXT NOT NULL,
      received_at ${int} NOT NULL,
      payload ${bytes} NOT NULL,
      PRIMARY KEY (chip_id, boot_epoch, seq)
    )`,
  ],
};

const NUMBERED = ['machines', 'chips', 'workers', 'permits'] as const;

/**
 * Signed codes (@weldcode/qr plates, credentials, permits, revocation entries) name machines,
 * chips, workers and permits by unsigned integers, not by registry ids: every such record gets
 * a code number, from 65536 up (four bytes in CBOR), allocated from a counter per table.
 * Existing rows are numbered in creation order.
 */
const codeNumbers: Migration = {
  version: 2,
  name: 'code-numbers',
  statements: ({ integer: int }) => [
    `CREATE TABLE counters (name TEXT PRIMARY KEY, value ${int} NOT NULL)`,
    ...NUMBERED.flatMap((table) => [
      `ALTER TABLE ${table} ADD COLUMN code_no ${int}`,
      `UPDATE ${table} SET code_no = 65535 + (SELECT COUNT(*) FROM ${table} AS earlier WHERE earlier.id <= ${table}.id)`,
      `CREATE UNIQUE INDEX ${table}_code_no ON ${table} (code_no)`,
      `INSERT INTO counters (name, value) SELECT '${table}', COALESCE(MAX(code_no), 65535) FROM ${table}`,
    ]),
    // PostgreSQL expands `machines.*` when a view is created: recreate it to show the new column.
    'DROP VIEW machine_view',
    `CREATE VIEW machine_view AS
      SELECT machines.*, chips.id AS chip_id FROM machines LEFT JOIN chips ON chips.machine_id = machines.id`,
  ],
};

/**
 * Chip sessions live in storage, not only in one process's memory: with MQTT 5 shared
 * subscriptions any server instance may receive any chip's next uplink, and a restarted instance
 * must still know each chip's highest authenticated boot epoch. A row keeps the latest pending
 * handshake and the latest established session of a chip as transcripts (hello, the platform's
 * handshake entropy and clock, the chip's auth response), from which any instance re-derives the
 * session keys (spec/server.md, WC-SRV-052).
 */
const chipSessions: Migration = {
  version: 3,
  name: 'chip-sessions',
  statements: ({ integer: int, bytes }) => [
    `CREATE TABLE chip_sessions (
      chip_id TEXT PRIMARY KEY,
      pending_id TEXT,
      pending_hello ${bytes},
      pending_entropy ${bytes},
      pending_ms ${int},
      session_id TEXT,
      session_transport TEXT,
      session_hello ${bytes},
      session_entropy ${bytes},
      session_ms ${int},
      session_auth ${bytes},
      session_epoch ${int},
      session_live ${int} NOT NULL DEFAULT 0,
      highest_epoch ${int} NOT NULL DEFAULT 0,
      updated_at ${int} NOT NULL
    )`,
  ],
};

/**
 * Signed codes as issued (plates, worker credentials, permits), the revocation entries in force,
 * the published trust and revocation lists, and what the platform last knew of each chip (its
 * latest live fix and any tamper alarm) for scan-to-start decisions.
 */
const codesAndDecisions: Migration = {
  version: 4,
  name: 'codes-lists-chip-state',
  statements: ({ integer: int, bytes, real }) => [
    `CREATE TABLE issued_codes (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('plate', 'credential', 'permit')),
      subject_id TEXT NOT NULL,
      code_no ${int} NOT NULL,
      serial ${int} NOT NULL,
      text TEXT NOT NULL,
      cose ${bytes} NOT NULL,
      binding_hash TEXT NOT NULL UNIQUE,
      state TEXT NOT NULL CHECK (state IN ('current', 'superseded', 'revoked')),
      issued_at ${int} NOT NULL,
      revoked_at ${int},
      revoke_reason TEXT,
      UNIQUE (kind, code_no, serial)
    )`,
    `CREATE INDEX issued_codes_subject ON issued_codes (kind, subject_id)`,
    `CREATE TABLE revocations (
      kind TEXT NOT NULL CHECK (kind IN ('plate', 'credential', 'permit')),
      code_no ${int} NOT NULL,
      before_serial ${int},
      changed_at ${int} NOT NULL,
      PRIMARY KEY (kind, code_no)
    )`,
    `CREATE TABLE published_lists (
      list TEXT NOT NULL CHECK (list IN ('trust', 'revocation')),
      number ${int} NOT NULL,
      issued_at ${int} NOT NULL,
      cose ${bytes} NOT NULL,
      delta ${bytes},
      entries TEXT NOT NULL,
      PRIMARY KEY (list, number)
    )`,
    `CREATE TABLE chip_state (
      chip_id TEXT PRIMARY KEY,
      latitude ${real},
      longitude ${real},
      accuracy_m ${real},
      fix_at ${int},
      tampered_at ${int},
      tamper_reason TEXT
    )`,
    // List numbers are allocated under the counter's row lock, so concurrent publishers queue.
    `INSERT INTO counters (name, value) VALUES ('trust-lists', 0), ('revocation-lists', 0)`,
  ],
};

/**
 * Monitoring (spec/server.md section 8): alerts with their dedup key (set while the alert is not
 * closed, so a unique index keeps one per kind and subject), arc sessions, compliance findings of
 * historical records, and each chip's presence and energised state for the time-based rules.
 */
const monitoring: Migration = {
  version: 5,
  name: 'monitoring-alerts-arc-sessions',
  statements: ({ integer: int }) => [
    `CREATE TABLE alerts (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
      state TEXT NOT NULL CHECK (state IN ('open', 'acknowledged', 'closed')),
      subject_type TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      dedup_key TEXT UNIQUE,
      episode TEXT,
      machine_id TEXT,
      chip_id TEXT,
      worker_id TEXT,
      site_id TEXT,
      town_id TEXT,
      district_id TEXT,
      sector TEXT,
      source TEXT NOT NULL,
      occurrences ${int} NOT NULL,
      first_seen_at ${int} NOT NULL,
      last_seen_at ${int} NOT NULL,
      details TEXT NOT NULL,
      acknowledged_by TEXT,
      acknowledged_at ${int},
      acknowledged_note TEXT,
      closed_by TEXT,
      closed_at ${int},
      closed_note TEXT,
      CHECK ((state = 'closed') = (dedup_key IS NULL))
    )`,
    `CREATE INDEX alerts_subject ON alerts (subject_id, kind)`,
    `CREATE INDEX alerts_machine ON alerts (machine_id)`,
    `CREATE INDEX alerts_town ON alerts (town_id)`,
    `CREATE INDEX alerts_state ON alerts (state)`,
    `CREATE TABLE arc_sessions (
      id TEXT PRIMARY KEY,
      chip_id TEXT NOT NULL,
      machine_id TEXT,
      site_id TEXT,
      town_id TEXT,
      worker_id TEXT,
      state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
      historical ${int} NOT NULL,
      started_at ${int} NOT NULL,
      ended_at ${int},
      last_sample_at ${int} NOT NULL,
      arc_ms ${int} NOT NULL,
      samples ${int} NOT NULL,
      peak_current_da ${int} NOT NULL,
      mean_current_da ${int} NOT NULL,
      end_reason TEXT
    )`,
    `CREATE INDEX arc_sessions_machine ON arc_sessions (machine_id)`,
    `CREATE INDEX arc_sessions_chip ON arc_sessions (chip_id)`,
    `CREATE TABLE compliance_findings (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      severity TEXT NOT NULL,
      chip_id TEXT NOT NULL,
      boot_epoch ${int} NOT NULL,
      seq ${int} NOT NULL,
      machine_id TEXT,
      worker_id TEXT,
      site_id TEXT,
      town_id TEXT,
      district_id TEXT,
      sector TEXT,
      occurred_at ${int} NOT NULL,
      recorded_at ${int} NOT NULL,
      details TEXT NOT NULL,
      UNIQUE (kind, chip_id, boot_epoch, seq)
    )`,
    `CREATE INDEX compliance_findings_machine ON compliance_findings (machine_id)`,
    `CREATE TABLE chip_status (
      chip_id TEXT PRIMARY KEY,
      online ${int} NOT NULL,
      offline_since ${int},
      energised_since ${int},
      updated_at ${int} NOT NULL
    )`,
  ],
};

/** Every migration of the server, oldest first. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  codeNumbers,
  chipSessions,
  codesAndDecisions,
  monitoring,
  accessAndSupervision,
  supervisionRollupIndex,
  supervisionRollups,
];
