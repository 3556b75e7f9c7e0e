import { writeFileSync } from 'node:fs';
import { acceptTrustList, createTrustState, payloadToJson, signPayload, type TrustedKey } from '@weldcode/qr';
import { Command } from 'commander';
import { CliError } from '../../cli-error';
import type { CliIo } from '../../cli-io';
import { readPublicKey, readSecretKey } from '../conformance/lab-key';
import { integer, readInput, readJson } from './qr-files';

interface SignOptions {
  keys: string;
  rootKey: string;
  number: number;
  now?: number;
  nextUpdateHours: number;
  validDays: number;
  out: string;
}

interface ShowOptions {
  root: string[];
  now?: number;
  json?: boolean;
}

function trustedKeys(path: string): TrustedKey[] {
  const entries = readJson(path);
  if (!Array.isArray(entries)) throw new CliError('ERR_CLI_BAD_INPUT', `${path} must hold an array of keys`);
  return entries.map((entry: Record<string, unknown>) => ({
    ...(entry as unknown as TrustedKey),
    publicKey: new Uint8Array(Buffer.from(String(entry.publicKey), 'hex')),
  }));
}

function signCommand(io: CliIo): Command {
  return new Command('sign')
    .description(
      'sign a trust list: issuer keys [{"publicKey":hex,"issuer","kinds","notBefore","notAfter",...}]',
    )
    .requiredOption('--keys <file>', 'issuer keys JSON')
    .requiredOption('--root-key <jwk>', "the root's secret key (JWK)")
    .requiredOption('--number <n>', 'list number, higher than the last published', integer)
    .option('--now <unix>', 'issue time (default: now)', integer)
    .option('--next-update-hours <h>', 'hours until the list is stale', integer, 24)
    .option('--valid-days <d>', 'days until the list expires', integer, 30)
    .requiredOption('--out <file>', 'where to write the COSE bytes')
    .action((options: SignOptions) => {
      const now = options.now ?? Math.floor(Date.now() / 1000);
      const bytes = signPayload(
        {
          kind: 'trust-list',
          number: options.number,
          issuedAt: now,
          nextUpdate: now + options.nextUpdateHours * 3600,
          expiresAt: now + options.validDays * 86_400,
          keys: trustedKeys(options.keys),
        },
        readSecretKey(options.rootKey),
      );
      writeFileSync(options.out, bytes);
      io.out(`${options.out}: trust list ${options.number}, ${bytes.length} bytes\n`);
    });
}

function showCommand(io: CliIo): Command {
  return new Command('show')
    .description('verify a trust list against the root key(s) and list its issuer keys')
    .argument('<file>', 'trust list (COSE bytes)')
    .requiredOption('--root <jwk...>', 'root public key(s) (JWK)')
    .option('--now <unix>', 'as of this Unix time', integer)
    .option('--json', 'print JSON for scripts')
    .action((file: string, options: ShowOptions) => {
      const now = options.now ?? Math.floor(Date.now() / 1000);
      const { state, result } = acceptTrustList(
        createTrustState(options.root.map(readPublicKey)),
        readInput(file),
        now,
      );
      if (!result.accepted || state.trustList === undefined) {
        throw new CliError('ERR_CLI_CHECK_FAILED', `trust list not accepted: ${result.reason}`);
      }
      const list = state.trustList;
      const keys = [...state.keys.values()].map(({ verify: _verify, ...key }) => payloadToJson(key));
      if (options.json) {
        io.out(
          `${JSON.stringify({ ...(payloadToJson(list) as object), keys, stale: now > list.nextUpdate })}\n`,
        );
        return;
      }
      const at = (t: number) => new Date(t * 1000).toISOString();
      io.out(
        `trust list ${list.number}: issued ${at(list.issuedAt)}, next update ${at(list.nextUpdate)}, expires ${at(list.expiresAt)}${now > list.nextUpdate ? ' (STALE)' : ''}\n`,
      );
      for (const key of state.keys.values()) {
        io.out(
          `  ${key.kid}  issuer ${key.issuer}  ${key.kinds.join(',')}  ${at(key.notBefore).slice(0, 10)}..${at(key.notAfter).slice(0, 10)}${key.name ? `  ${key.name}` : ''}\n`,
        );
      }
    });
}

/** `weldcode qr trust-list sign|show`. */
export function trustListCommand(io: CliIo): Command {
  return new Command('trust-list')
    .description('sign or inspect a root-signed trust list')
    .addCommand(signCommand(io))
    .addCommand(showCommand(io));
}
