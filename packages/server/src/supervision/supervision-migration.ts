import type { Migration } from '../storage/migrations';

/**
 * District supervision: users with a role and a scope, their API keys (machine clients), training
 * records, inspections synced from inspectors' phones and the event log of the five hot-work
 * duties (审批 → 清理 → 动火 → 监护 → 处置), and the 核实处置 steps of alerts.
 */
export const accessAndSupervision: Migration = {
  version: 6,
  name: 'access-and-supervision',
  statements: ({ integer: int, serialKey }) => [
    `CREATE TABLE users (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL,
      area_id TEXT REFERENCES areas (id),
      owner_id TEXT REFERENCES owners (id),
      department TEXT,
      worker_id TEXT REFERENCES workers (id),
      chip_id TEXT REFERENCES chips (id),
      password_hash TEXT,
      disabled ${int} NOT NULL DEFAULT 0,
      created_at ${int} NOT NULL
    )`,
    `CREATE TABLE api_keys (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id),
      secret_hash TEXT NOT NULL,
      label TEXT NOT NULL,
      created_at ${int} NOT NULL,
      revoked_at ${int}
    )`,
    `CREATE INDEX api_keys_user ON api_keys (user_id)`,
    // Covering indexes for the inventory rollups (progress, 附件1): counted from the index alone.
    `CREATE INDEX workers_employer ON workers (employer_id, id)`,
    `CREATE INDEX machines_rollup ON machines (site_id, status, plate_id)`,
    `CREATE INDEX certificates_expiry ON certificates (worker_id, expires_on)`,
    `CREATE INDEX sites_town_sector ON sites (town_id, sector, id)`,
    `CREATE INDEX sites_owner_sector ON sites (owner_id, sector)`,
    `CREATE TABLE trainings (
      id TEXT PRIMARY KEY,
      owner_id TEXT NOT NULL REFERENCES owners (id),
      town_id TEXT NOT NULL REFERENCES areas (id),
      held_on TEXT NOT NULL,
      trainer TEXT NOT NULL,
      topic TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      created_at ${int} NOT NULL
    )`,
    `CREATE INDEX trainings_owner ON trainings (owner_id)`,
    `CREATE TABLE training_attendees (
      training_id TEXT NOT NULL REFERENCES trainings (id),
      position ${int} NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('worker', 'safety-manager')),
      worker_id TEXT REFERENCES workers (id),
      name TEXT NOT NULL,
      PRIMARY KEY (training_id, position)
    )`,
    `CREATE INDEX training_attendees_worker ON training_attendees (worker_id)`,
    `CREATE TABLE inspections (
      id TEXT PRIMARY KEY,
      inspector_id TEXT NOT NULL REFERENCES users (id),
      town_id TEXT NOT NULL REFERENCES areas (id),
      site_id TEXT REFERENCES sites (id),
      machine_id TEXT REFERENCES machines (id),
      worker_id TEXT REFERENCES workers (id),
      permit_id TEXT REFERENCES permits (id),
      plate TEXT,
      credential TEXT,
      visited_at ${int} NOT NULL,
      certified ${int},
      chipped ${int},
      coded ${int},
      notes TEXT,
      fingerprint TEXT NOT NULL,
      synced_at ${int} NOT NULL
    )`,
    `CREATE INDEX inspections_town ON inspections (town_id)`,
    `CREATE TABLE duty_events (
      seq ${serialKey},
      permit_id TEXT NOT NULL REFERENCES permits (id),
      duty TEXT NOT NULL CHECK (duty IN ('approval', 'clearance', 'hot-work', 'watch', 'closing')),
      action TEXT NOT NULL,
      actor TEXT NOT NULL,
      at ${int} NOT NULL,
      details TEXT NOT NULL
    )`,
    `CREATE INDEX duty_events_permit ON duty_events (permit_id)`,
    // The 核实处置 loop of an alert: verification on site, then the enforcement actions taken.
    `CREATE TABLE alert_handling (
      seq ${serialKey},
      alert_id TEXT NOT NULL REFERENCES alerts (id),
      step TEXT NOT NULL CHECK (step IN ('verify', 'act')),
      value TEXT NOT NULL,
      note TEXT NOT NULL,
      actor TEXT NOT NULL,
      at ${int} NOT NULL
    )`,
    `CREATE INDEX alert_handling_alert ON alert_handling (alert_id)`,
  ],
};

/**
 * 附件1 groups sites per (town, sector, owner): the index that walks them in that order also
 * holds the owner, so the rollup reads no table row.
 */
export const supervisionRollupIndex: Migration = {
  version: 7,
  name: 'supervision-rollup-index',
  statements: () => [
    'DROP INDEX sites_town_sector',
    'CREATE INDEX sites_town_sector ON sites (town_id, sector, owner_id, id)',
  ],
};
