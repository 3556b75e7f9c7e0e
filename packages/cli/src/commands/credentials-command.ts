import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type CredentialPolicy,
  DEFAULT_POLICY,
  explainVerdict,
  type Language,
  type PresentedHolder,
  parsePolicy,
  policyLabel,
  type RegistryCertificate,
  reverifyCertificates,
  verifyWorker,
  WORK_KINDS,
  type WorkerCredential,
  type WorkKind,
} from '@weldcode/credentials';
import { Command, Option } from 'commander';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';

function readJson(io: CliIo, path: string): unknown {
  try {
    return JSON.parse(readFileSync(resolve(io.cwd, path), 'utf8'));
  } catch (cause) {
    throw new CliError('ERR_CLI_BAD_INPUT', `cannot read JSON from ${path}`, { cause, details: { path } });
  }
}

function policyFrom(io: CliIo, path: string | undefined): CredentialPolicy {
  return path === undefined ? DEFAULT_POLICY : parsePolicy(readJson(io, path));
}

function languages(option: string): Language[] {
  return option === 'both' ? ['zh', 'en'] : [option as Language];
}

const langOption = () =>
  new Option('--lang <lang>', 'language of the explanation').choices(['zh', 'en', 'both']).default('both');

interface CheckOptions {
  credential: string;
  workKind: string;
  at?: string;
  policy?: string;
  workerId?: string;
  idNumber?: string;
  idHash?: string;
  idSalt?: string;
  lang: string;
  json?: boolean;
}

function checkCommand(io: CliIo): Command {
  return new Command('check')
    .description('check a worker credential against a kind of hot work and explain the verdict')
    .requiredOption('--credential <file>', 'worker credential JSON (workerId, idHash, certificates)')
    .addOption(
      new Option('--work-kind <kind>', 'kind of hot work').choices([...WORK_KINDS]).makeOptionMandatory(),
    )
    .option('--at <instant>', 'ISO 8601 instant with offset (default: now)')
    .option('--policy <file>', 'policy document JSON (default: the shipped policy)')
    .option('--worker-id <id>', 'the scanning worker id')
    .option('--id-number <number>', 'the ID number read from the worker card')
    .option('--id-hash <hex>', 'the salted hash of the ID number')
    .option('--id-salt <hex>', 'the district holder salt')
    .addOption(langOption())
    .option('--json', 'print the verdict as JSON')
    .action((options: CheckOptions) => {
      const presented: PresentedHolder = {};
      if (options.workerId !== undefined) presented.workerId = options.workerId;
      if (options.idNumber !== undefined) presented.idNumber = options.idNumber;
      if (options.idHash !== undefined) presented.idHash = options.idHash;
      const verdict = verifyWorker({
        workKind: options.workKind as WorkKind,
        at: options.at ?? Date.now(),
        credential: readJson(io, options.credential) as WorkerCredential,
        presented,
        policy: policyFrom(io, options.policy),
        ...(options.idSalt === undefined ? {} : { idSalt: options.idSalt }),
      });
      if (options.json) io.out(`${JSON.stringify(verdict, null, 2)}\n`);
      else
        for (const language of languages(options.lang))
          io.out(`${explainVerdict(verdict, language).join('\n')}\n\n`);
      if (verdict.decision === 'reject') {
        throw new CliError('ERR_CLI_CHECK_FAILED', `worker refused: ${verdict.reason}`, {
          details: { reason: verdict.reason },
        });
      }
    });
}

function reverifyCommand(io: CliIo): Command {
  return new Command('reverify')
    .description('re-verify a registry of certificates for 临期/到期 alerts')
    .argument('<registry>', 'JSON array of certificates (type, number, authority, validFrom, validTo, ...)')
    .option('--at <instant>', 'ISO 8601 instant with offset (default: now)')
    .option('--policy <file>', 'policy document JSON (default: the shipped policy)')
    .option('--json', 'print the report as JSON')
    .action((path: string, options: { at?: string; policy?: string; json?: boolean }) => {
      const records = readJson(io, path);
      if (!Array.isArray(records)) throw new CliError('ERR_CLI_BAD_INPUT', `${path} is not a JSON array`);
      const report = reverifyCertificates(records as RegistryCertificate[], {
        at: options.at ?? Date.now(),
        policy: policyFrom(io, options.policy),
      });
      if (options.json) {
        io.out(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      io.out(
        `${report.day} ${report.policy.policyId}@${report.policy.version}: ${report.total} certificates\n`,
      );
      for (const [status, count] of Object.entries(report.counts))
        io.out(`  ${status.padEnd(16)} ${count}\n`);
      for (const alert of report.alerts) {
        const horizon = alert.horizon === null ? '' : ` (${alert.horizon}-day horizon)`;
        io.out(
          `${alert.status} ${alert.certificate.type}:${alert.certificate.number} ${alert.day} ${alert.days}d${horizon}\n`,
        );
      }
    });
}

function policyCommand(io: CliIo): Command {
  return new Command('policy')
    .description('validate a certificate policy document (or print the default one)')
    .argument('[file]', 'policy document JSON')
    .action((path: string | undefined) => {
      if (path === undefined) {
        io.out(`${JSON.stringify(DEFAULT_POLICY, null, 2)}\n`);
        return;
      }
      io.out(`valid policy ${policyLabel(parsePolicy(readJson(io, path)))}\n`);
    });
}

/** `weldcode credentials`: check a worker, re-verify a registry, validate a policy. */
export function credentialsCommand(io: CliIo): Command {
  return new Command('credentials')
    .description('welder certificates: check a worker, re-verify a registry, validate a policy')
    .addCommand(checkCommand(io))
    .addCommand(reverifyCommand(io))
    .addCommand(policyCommand(io));
}
