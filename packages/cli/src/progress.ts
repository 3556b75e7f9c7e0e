import cliProgress from 'cli-progress';
import type { CliIo } from './cli-io';

/** A progress bar for people; silent when nobody watches (pipes, CI, `--json`). */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  stop(): void;
}

/** Draws on stderr so that stdout stays clean for `--json` and pipes. */
export function startProgress(io: CliIo, title: string, quiet = false): Progress {
  if (!io.interactive || quiet) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${title} [{bar}] {value}/{total} {label}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label = '') {
      if (!started) bar.start(total, 0, { label });
      started = true;
      bar.setTotal(total);
      bar.update(done, { label });
    },
    stop: () => started && bar.stop(),
  };
}
