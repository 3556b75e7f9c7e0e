import { type ProfileCaseSelection, type ProfileRun, readExpectedFailures } from '@weldcode/conformance';
import type { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { startProgress } from '../../progress';
import { readSecretKey } from './lab-key';
import { writeProfileReports } from './report-files';

/** The options every wire-profile command (`chip`, `platform`) takes. */
export interface ProfileCommandOptions {
  expectedFailures?: string;
  signKey?: string;
  out: string;
  case?: string[];
  json?: boolean;
}

/** Adds the options every wire-profile command shares: expected failures, signing, reports, case filter. */
export function withProfileOptions(command: Command, profile: 'chip' | 'platform'): Command {
  return command
    .option('--expected-failures <file>', 'expected-failure list (JSON: implementation, entries[id, reason])')
    .option('--sign-key <file>', "lab's Ed25519 secret key (JWK, from `weldcode conformance keygen`)")
    .option(
      '--out <dir>',
      'folder for report.json, report.junit.xml and report.html',
      `conformance-${profile}-report`,
    )
    .option('--case <id...>', 'run only these cases (case ids, e.g. from a previous report)')
    .option('--json', 'print the summary as JSON');
}

/**
 * Runs a wire profile as its command was asked to: reads the lab key first (a bad key fails before
 * any testee starts), shows progress, then writes the reports (signed when a key is given) and
 * fails the command when the implementation does not conform.
 */
export async function runProfileCommand(
  io: CliIo,
  profile: 'chip' | 'platform',
  suiteHash: string,
  options: ProfileCommandOptions,
  run: (selection: ProfileCaseSelection) => Promise<ProfileRun>,
): Promise<void> {
  const secretKey = options.signKey ? readSecretKey(options.signKey) : undefined;
  const progress = startProgress(io, `${profile} cases`, options.json);
  let result: ProfileRun;
  try {
    result = await run({
      ...(options.expectedFailures
        ? { expectedFailures: readExpectedFailures(options.expectedFailures) }
        : {}),
      ...(options.case ? { only: options.case } : {}),
      onCase: (caseResult, index, total) => progress.update(index + 1, total, caseResult.id),
    });
  } finally {
    progress.stop();
  }
  writeProfileReports(io, result, profile, suiteHash, {
    out: options.out,
    secretKey,
    json: options.json,
    ...(options.expectedFailures ? { expectedFailures: options.expectedFailures } : {}),
  });
}
