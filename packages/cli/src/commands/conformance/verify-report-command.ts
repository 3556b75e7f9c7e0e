import { readFileSync } from 'node:fs';
import { defaultVectorsRoot, verifySignedReport } from '@weldcode/conformance';
import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { readPublicKey } from './lab-key';

/** `weldcode conformance verify-report <file>`. */
export function verifyReportCommand(io: CliIo): Command {
  return new Command('verify-report')
    .description('check the signature of a conformance report, optionally its signer and suite')
    .argument('<report>', 'report.json written by `weldcode conformance run --sign-key`')
    .option('--signer <jwk>', "the lab's public key (JWK) the report must be signed with")
    .option(
      '--suite [vectors-dir]',
      "also check the suite hash against this vectors folder (default: the shipped one); for a chip or platform report, against this version's cases",
    )
    .option('--json', 'print the result as JSON')
    .action((path: string, options: { signer?: string; suite?: string | boolean; json?: boolean }) => {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(path, 'utf8'));
      } catch (cause) {
        throw new CliError('ERR_CLI_BAD_INPUT', `cannot read report ${path}`, { cause });
      }
      const vectorsRoot =
        options.suite === undefined
          ? undefined
          : options.suite === true
            ? defaultVectorsRoot()
            : String(options.suite);
      const verified = verifySignedReport(value, {
        ...(options.signer ? { signerPublicKey: readPublicKey(options.signer) } : {}),
        ...(vectorsRoot ? { vectorsRoot } : {}),
      });
      const summary = {
        valid: true,
        kid: verified.kid,
        implementation: verified.report.testee?.implementation ?? null,
        passed: verified.report.passed,
        suiteHash: verified.report.suiteHash,
        ...(verified.suiteMatches === undefined ? {} : { suiteMatches: verified.suiteMatches }),
      };
      if (options.json) io.out(`${JSON.stringify(summary)}\n`);
      else {
        io.out(`signature valid, signed by key ${verified.kid}\n`);
        io.out(`implementation ${summary.implementation ?? '?'}: ${summary.passed ? 'PASSED' : 'FAILED'}\n`);
        if (verified.suiteMatches !== undefined) {
          const { profile } = verified.report;
          const suite = profile === 'vectors' ? vectorsRoot : `this version's ${profile} cases`;
          io.out(`suite ${verified.suiteMatches ? 'matches' : 'DOES NOT match'} ${suite}\n`);
        }
      }
      if (verified.suiteMatches === false) {
        throw new CliError('ERR_CLI_CHECK_FAILED', 'the report was made with another version of the suite');
      }
    });
}
