import {
  buildReport,
  defaultVectorsRoot,
  fileHash,
  readCapabilityManifest,
  readExpectedFailures,
  runVectorsProfile,
  suiteHash,
  VECTOR_AREA_RULES,
} from '@weldcode/conformance';
import { Command } from 'commander';
import type { CliIo } from '../../cli-io';
import { startProgress } from '../../progress';
import { CLI_VERSION } from '../../version';
import { readSecretKey } from './lab-key';
import { writeReports } from './report-files';

interface RunOptions {
  area?: string[];
  capabilities?: string;
  expectedFailures?: string;
  signKey?: string;
  out: string;
  timeout: string;
  vectors?: string;
  json?: boolean;
}

/** `weldcode conformance run -- <testee command>`: the vectors profile with reports. */
export function runCommand(io: CliIo): Command {
  return new Command('run')
    .description('run the test vectors through a testee program and write JSON, JUnit XML and HTML reports')
    .argument('<testee...>', 'the testee program and its arguments (after --)')
    .option('--area <area...>', 'areas to run (default: the capability manifest, else the testee hello)')
    .option(
      '--capabilities <file>',
      'capability manifest (JSON: implementation, areas, groups; unknown keys refused)',
    )
    .option('--expected-failures <file>', 'expected-failure list (JSON: implementation, entries[id, reason])')
    .option('--sign-key <file>', "lab's Ed25519 secret key (JWK, from `weldcode conformance keygen`)")
    .option('--out <dir>', 'folder for report.json, report.junit.xml and report.html', 'conformance-report')
    .option('--timeout <ms>', 'per-case timeout in milliseconds', '10000')
    .option('--vectors <dir>', 'vectors folder (default: the one shipped with @weldcode/conformance)')
    .option('--json', 'print the summary as JSON')
    .action(async (testee: string[], options: RunOptions) => {
      const [command = '', ...args] = testee;
      // Read the key first: a bad key must not cost a whole run.
      const secretKey = options.signKey ? readSecretKey(options.signKey) : undefined;
      const vectorsRoot = options.vectors ?? defaultVectorsRoot();
      const progress = startProgress(io, 'cases', options.json);
      const run = await runVectorsProfile({
        testee: { command, args, cwd: io.cwd },
        rules: VECTOR_AREA_RULES,
        vectorsRoot,
        timeoutMs: Number(options.timeout),
        ...(options.area ? { areas: options.area } : {}),
        ...(options.capabilities ? { capabilities: readCapabilityManifest(options.capabilities) } : {}),
        ...(options.expectedFailures
          ? { expectedFailures: readExpectedFailures(options.expectedFailures) }
          : {}),
        onCase: (result, index, total) => progress.update(index + 1, total, result.id),
      });
      progress.stop();
      const report = buildReport(run, {
        tool: { name: '@weldcode/cli', version: CLI_VERSION },
        profile: 'vectors',
        suiteHash: suiteHash(vectorsRoot),
        ...(options.expectedFailures ? { expectedFailuresHash: fileHash(options.expectedFailures) } : {}),
      });
      writeReports(io, report, { out: options.out, secretKey, json: options.json });
    });
}
