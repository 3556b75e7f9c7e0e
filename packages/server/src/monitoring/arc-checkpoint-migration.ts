import type { Migration } from '../storage/migrations';

/**
 * When (platform time) the instance building an open arc session last vouched for it: set when
 * the session opens and at every sweep. `last_sample_at` is the chip's own time and cannot tell
 * an abandoned session from another instance's live one (WC-SRV-146).
 */
export const arcSessionCheckpoints: Migration = {
  version: 10,
  name: 'arc-session-checkpoints',
  statements: ({ integer: int }) => [
    `ALTER TABLE arc_sessions ADD COLUMN checkpoint_at ${int}`,
    'UPDATE arc_sessions SET checkpoint_at = last_sample_at',
    'CREATE INDEX arc_sessions_open ON arc_sessions (state, checkpoint_at)',
  ],
};
