import type { Migration } from '../storage/migrations';

/**
 * Sites get a code number like machines, chips, workers and permits (WC-SRV-048), so a permit
 * code names its site by a number the registry can look up. Existing sites are numbered in id
 * order from 65536. Permit codes issued before keep the hash prefix they carry: they still verify.
 */
export const siteCodeNumbers: Migration = {
  version: 9,
  name: 'site-code-numbers',
  statements: ({ integer: int }) => [
    `ALTER TABLE sites ADD COLUMN code_no ${int}`,
    'UPDATE sites SET code_no = 65535 + (SELECT COUNT(*) FROM sites AS earlier WHERE earlier.id <= sites.id)',
    'CREATE UNIQUE INDEX sites_code_no ON sites (code_no)',
    "INSERT INTO counters (name, value) SELECT 'sites', COALESCE(MAX(code_no), 65535) FROM sites",
  ],
};
